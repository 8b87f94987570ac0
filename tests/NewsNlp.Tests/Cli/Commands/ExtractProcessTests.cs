using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsNlp.Cli;

namespace NewsNlp.Tests.Cli.Commands;

/// <summary>
/// The tool as a separate process: interrupted by a signal, writing onto a full disk, fed by a slow producer,
/// and given plain text on standard input. These are the cases an in-process test cannot show.
/// </summary>
public sealed class ExtractProcessTests : IDisposable
{
    private const string Sentence = "Pakistan carried out strikes inside Iran on Thursday, killing at least nine people, officials said. ";

    private readonly string folder = Directory.CreateTempSubdirectory("newsnlp-process-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string BigInput(int articles)
    {
        string path = Path.Combine(folder, "big.jsonl");
        string text = string.Concat(Enumerable.Repeat(Sentence, 12));
        File.WriteAllLines(path, Enumerable.Range(0, articles).Select(i =>
            JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = i.ToString(CultureInfo.InvariantCulture), ["text"] = text, ["published"] = "2024-01-19" })));
        return path;
    }

    private static string[] Temporaries(string dir) => Directory.GetFiles(dir, ".*.newsnlp-*.tmp");

    private static void WaitFor(Func<bool> condition, Process process, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            process.HasExited.Should().BeFalse("the run should still be going when {0}", what);
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "waiting for {0}", what);
            Thread.Sleep(20);
        }
    }

    private static void Signal(Process process, string signal) =>
        Process.Start(new ProcessStartInfo("kill", $"-{signal} {process.Id.ToString(CultureInfo.InvariantCulture)}") { UseShellExecute = false })!.WaitForExit();

    [Fact]
    public async Task SigTerm_MidRun_ExistingOutputUnchangedAndNoTemporaryLeft()
    {
        string output = Path.Combine(folder, "out.jsonl");
        File.WriteAllText(output, "{\"id\":\"old\"}\n");
        using Process process = Process.Start(CliProcess.StartInfo(folder, "extract", BigInput(3000), "-o", output, "--overwrite", "-q", "--threads", "1"))!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        WaitFor(() => Temporaries(folder).Any(t => new FileInfo(t).Length > 0), process, "the temporary output has data");
        Signal(process, "TERM");
        process.WaitForExit(60_000).Should().BeTrue();

        process.ExitCode.Should().Be(ExitCodes.Interrupted);
        (await error).Should().Contain("newsnlp: interrupted;").And.NotContain("   at ");
        File.ReadAllText(output).Should().Be("{\"id\":\"old\"}\n");
        Temporaries(folder).Should().BeEmpty();
    }

    [Fact]
    public void SigKill_MidRun_NoFileUnderTheOutputName()
    {
        string output = Path.Combine(folder, "out.jsonl");
        using Process process = Process.Start(CliProcess.StartInfo(folder, "extract", BigInput(3000), "-o", output, "-q", "--threads", "1"))!;
        WaitFor(() => Temporaries(folder).Any(t => new FileInfo(t).Length > 0), process, "the temporary output has data");
        process.Kill();
        process.WaitForExit(60_000).Should().BeTrue();

        File.Exists(output).Should().BeFalse("a killed run leaves only a hidden temporary file, never a half file that looks whole");
        Temporaries(folder).Should().ContainSingle();
    }

    [Fact]
    public void FullDisk_OneLineExitThreeAndNothingUnderTheOutputName()
    {
        string input = BigInput(400);
        string disk = Directory.CreateDirectory(Path.Combine(folder, "disk")).FullName;
        bool mounted = Run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk) == 0;
        try
        {
            string output = Path.Combine(disk, "out.jsonl");
            ProcessStartInfo start = CliProcess.StartInfo(folder, "extract", input, "-o", output, "-q", "--threads", "2");
            if (!mounted)
            {
                // No permission to mount a small file system: a file-size limit stands in for a full disk
                // (with SIGXFSZ ignored, writes past the limit fail with EFBIG, as writes to a full disk fail with ENOSPC).
                start.ArgumentList.Insert(0, "dotnet");
                string[] command = [.. start.ArgumentList];
                start.FileName = "bash";
                start.ArgumentList.Clear();
                start.ArgumentList.Add("-c");
                start.ArgumentList.Add("trap '' XFSZ; ulimit -f 256; exec \"$@\"");
                start.ArgumentList.Add("bash");
                foreach (string arg in command)
                {
                    start.ArgumentList.Add(arg);
                }
            }

            var (code, _, err) = CliProcess.Run(start);
            code.Should().Be(ExitCodes.InputOutput, err);
            string[] lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Should().ContainSingle(err).Which.Should().StartWith("newsnlp: cannot write " + output + ": ");
            lines[0].Should().Match(mounted ? "*No space left on device*" : "*File too large*");
            File.Exists(output).Should().BeFalse();
            Temporaries(disk).Should().BeEmpty();
        }
        finally
        {
            if (mounted)
            {
                Run("umount", disk);
            }
        }
    }

    [Fact]
    public async Task SlowProducer_EachLineInGivesALineOutAtOnce()
    {
        using Process process = Process.Start(CliProcess.StartInfo(folder, "extract", "-", "-q", "--threads", "2"))!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        for (int i = 0; i < 3; i++)
        {
            process.StandardInput.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = "s" + i, ["text"] = Sentence }));
            process.StandardInput.Flush();
            string? line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            line.Should().StartWith("{\"id\":\"s" + i + "\"", "line {0} must come out before line {1} goes in", i, i + 1);
        }

        process.StandardInput.Close();
        (await process.StandardOutput.ReadToEndAsync()).Should().BeEmpty();
        process.WaitForExit(30_000).Should().BeTrue();
        process.ExitCode.Should().Be(0, await error);
    }

    [Fact]
    public void PlainTextOnStandardInput_WarnsOnceWithTheFix()
    {
        var (code, stdout, err) = CliProcess.Run(folder, "Iran summoned the envoy.\nTalks resume on Friday.\n", "extract", "-", "-q");
        code.Should().Be(ExitCodes.ItemErrors);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2, "each line still gives an error record");
        err.Split('\n').Count(l => l.Contains("--input-format txt", StringComparison.Ordinal)).Should().Be(1, err);
    }

    private static int Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using Process process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
