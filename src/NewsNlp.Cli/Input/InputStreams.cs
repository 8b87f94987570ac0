using System.IO.Compression;
using System.Text;

namespace NewsNlp.Cli.Input;

/// <summary>Opens input files as text: UTF-8 with or without a byte-order mark, <c>.gz</c> decompressed on the fly.</summary>
internal static class InputStreams
{
    /// <summary>Strict UTF-8: invalid bytes throw, so binary files are reported, not garbled.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Opens <paramref name="path"/> for reading, decompressing <c>.gz</c>; <paramref name="file"/> is the underlying file (for progress).</summary>
    public static Stream Open(string path, out FileStream file)
    {
        file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        return IsGzip(path) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>A text reader over <paramref name="stream"/> that skips a UTF-8 byte-order mark.</summary>
    public static StreamReader Reader(Stream stream, bool strict = false) =>
        new(stream, strict ? StrictUtf8 : new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>True for a <c>.gz</c> name.</summary>
    public static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name without <c>.gz</c>.</summary>
    public static string WithoutGzip(string path) => IsGzip(path) ? path[..^3] : path;
}
