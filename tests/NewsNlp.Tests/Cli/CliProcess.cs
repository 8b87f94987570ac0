using System.Diagnostics;

namespace NewsNlp.Tests.Cli;

/// <summary>Runs the built <c>newsnlp</c> tool as a separate process, as a user's shell would.</summary>
internal static class CliProcess
{
    /// <summary>The tool's entry assembly, copied next to the tests.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "NewsNlp.Cli.dll");

    /// <summary>A start description for <c>dotnet NewsNlp.Cli.dll ARGS</c> in <paramref name="folder"/>, all streams redirected.</summary>
    public static ProcessStartInfo StartInfo(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>Runs the tool to the end with <paramref name="stdin"/> as input; returns the exit code and both outputs.</summary>
    public static (int Code, string Out, string Err) Run(string folder, string stdin, params string[] args) => Run(StartInfo(folder, args), stdin);

    /// <summary>Runs <paramref name="start"/> to the end.</summary>
    public static (int Code, string Out, string Err) Run(ProcessStartInfo start, string stdin = "")
    {
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("newsnlp did not finish in 120 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
