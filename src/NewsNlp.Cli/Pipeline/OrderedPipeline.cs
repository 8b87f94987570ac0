using System.Threading.Channels;

namespace NewsNlp.Cli.Pipeline;

/// <summary>
/// A bounded producer/consumer pipeline that keeps input order: one reader thread, <c>threads</c> workers,
/// and the caller's thread consuming results in input order. At most <c>capacity</c> items are in flight,
/// so memory stays bounded whatever the input size (the reader waits when the consumer falls behind).
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>
    /// Runs <paramref name="work"/> over <paramref name="source"/> on <paramref name="threads"/> workers and hands results to
    /// <paramref name="consume"/> in input order; <paramref name="consume"/> returns false to stop early. <paramref name="idle"/>
    /// runs whenever the consumer is about to wait for the next result (a streaming writer flushes there).
    /// Cancelling <paramref name="interrupt"/> stops the run with an <see cref="OperationCanceledException"/> without waiting for
    /// the reader, which may be blocked on a slow standard input.
    /// </summary>
    public static async Task RunAsync<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, Func<TOut, bool> consume, int threads, int capacity, Action? idle = null, CancellationToken interrupt = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        var options = new BoundedChannelOptions(capacity) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait };
        var ordered = Channel.CreateBounded<Task<TOut>>(options);
        var jobs = Channel.CreateBounded<(TIn Item, TaskCompletionSource<TOut> Done)>(options);

        Task producer = Task.Factory.StartNew(
            async () =>
            {
                try
                {
                    foreach (TIn item in source)
                    {
                        var done = new TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously);
                        await ordered.Writer.WriteAsync(done.Task, stop.Token).ConfigureAwait(false);
                        await jobs.Writer.WriteAsync((item, done), stop.Token).ConfigureAwait(false);
                    }

                    ordered.Writer.TryComplete();
                }
                catch (OperationCanceledException)
                {
                    ordered.Writer.TryComplete();
                }
                catch (Exception e)
                {
                    ordered.Writer.TryComplete(e);
                }
                finally
                {
                    jobs.Writer.TryComplete();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap();

        var workers = new Task[threads];
        for (int w = 0; w < threads; w++)
        {
            workers[w] = Task.Factory.StartNew(
                () =>
                {
                    while (jobs.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                    {
                        while (jobs.Reader.TryRead(out var job))
                        {
                            try
                            {
                                job.Done.SetResult(work(job.Item));
                            }
                            catch (Exception e)
                            {
                                job.Done.SetException(e);
                            }
                        }
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        try
        {
            await ConsumeAsync(ordered.Reader, consume, idle, stop).ConfigureAwait(false);
            interrupt.ThrowIfCancellationRequested();
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            while (jobs.Reader.TryRead(out var pending))
            {
                pending.Done.TrySetCanceled();
            }

            if (!interrupt.IsCancellationRequested)
            {
                await producer.ConfigureAwait(false);
                await Task.WhenAll(workers).ConfigureAwait(false);
            }
        }
    }

    private static async Task ConsumeAsync<TOut>(ChannelReader<Task<TOut>> results, Func<TOut, bool> consume, Action? idle, CancellationTokenSource stop)
    {
        while (true)
        {
            if (!results.TryRead(out Task<TOut>? next))
            {
                idle?.Invoke();
                if (!await results.WaitToReadAsync(stop.Token).ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            if (!next.IsCompleted)
            {
                idle?.Invoke();
            }

            if (!consume(await next.WaitAsync(stop.Token).ConfigureAwait(false)))
            {
                await stop.CancelAsync().ConfigureAwait(false);
                return;
            }
        }
    }
}
