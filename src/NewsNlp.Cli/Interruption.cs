using System.Runtime.InteropServices;

namespace NewsNlp.Cli;

/// <summary>
/// Turns the first Ctrl-C (SIGINT) or SIGTERM into a cancellation, so a run can stop cleanly: the output's
/// temporary file is removed and an existing output is left as it was. A second signal ends the process at once.
/// </summary>
internal static class Interruption
{
    private static readonly CancellationTokenSource Source = new();
    private static readonly List<PosixSignalRegistration> Registrations = [];

    /// <summary>Cancelled when the user interrupts the run.</summary>
    public static CancellationToken Token => Source.Token;

    /// <summary>Starts listening for SIGINT and SIGTERM (once per process).</summary>
    public static void Listen()
    {
        lock (Registrations)
        {
            if (Registrations.Count > 0)
            {
                return;
            }

            foreach (PosixSignal signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
            {
                Registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    // The first signal asks for a clean stop; a second one is not cancelled, so the process ends.
                    context.Cancel = !Source.IsCancellationRequested;
                    Source.Cancel();
                }));
            }
        }
    }
}
