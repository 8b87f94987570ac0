using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Reliability;

/// <summary>
/// Separate processes (each with its own randomized string hashing) under different locales
/// write byte-identical JSON Lines through the command-line tool.
/// </summary>
public sealed class ProcessDeterminismTests
{
    [Fact]
    public void CliExtract_ThreeProcessesUnderDifferentLocales_ByteIdenticalOutput()
    {
        string folder = Path.Combine(Path.GetTempPath(), "newsnlp-determinism-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            string input = Path.Combine(folder, "in.jsonl");
            var lines = new List<string> { Line(ModelArticle.Id, ModelArticle.Text) };
            foreach (string path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Corpus")).Order(StringComparer.Ordinal))
            {
                lines.Add(Line(Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8)));
            }

            File.WriteAllLines(input, lines);

            byte[] first = RunCli(input, Path.Combine(folder, "c.jsonl"), "C.UTF-8");
            byte[] turkish = RunCli(input, Path.Combine(folder, "tr.jsonl"), "tr_TR.UTF-8");
            byte[] arabic = RunCli(input, Path.Combine(folder, "ar.jsonl"), "ar_SA.UTF-8");

            first.Should().NotBeEmpty();
            Encoding.UTF8.GetString(first).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(lines.Count);
            turkish.Should().Equal(first, "a Turkish-locale process must write the same bytes");
            arabic.Should().Equal(first, "an Arabic-locale process must write the same bytes");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Line(string id, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text, ["published"] = "2024-01-19" });

    private static byte[] RunCli(string input, string output, string locale)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsNlp.Cli.dll"));
        start.ArgumentList.Add("extract");
        start.ArgumentList.Add(input);
        start.ArgumentList.Add("-o");
        start.ArgumentList.Add(output);
        start.Environment["LANG"] = locale;
        start.Environment["LC_ALL"] = locale;
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0";

        using Process process = Process.Start(start)!;
        string stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit(120_000).Should().BeTrue();
        process.ExitCode.Should().Be(0, "stderr: {0}", stderr);
        return File.ReadAllBytes(output);
    }
}
