using System.Threading.Channels;

namespace NewsNlp.Cli.Pipeline;

/// <summary>
/// A bounded producer/consumer pipeline that keeps input order: one reader thread, <c>threads</c> workers,
/// and the caller's thread consuming results in input order. At most <c>capacity</c> items are in flight,
/// so memory stays bounded whatever the input size (the reader waits when the consumer falls behind).
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>Runs <paramref name="work"/> over <paramref name="source"/> on <paramref name="threads"/> workers and hands results to <paramref name="consume"/> in input order; <paramref name="consume"/> returns false to stop early.</summary>
    public static async Task RunAsync<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, Func<TOut, bool> consume, int threads, int capacity)
    {
        using var stop = new CancellationTokenSource();
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
            await foreach (Task<TOut> next in ordered.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                if (!consume(await next.ConfigureAwait(false)))
                {
                    await stop.CancelAsync().ConfigureAwait(false);
                    break;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            while (jobs.Reader.TryRead(out var pending))
            {
                pending.Done.TrySetCanceled();
            }

            await producer.ConfigureAwait(false);
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
    }
}
