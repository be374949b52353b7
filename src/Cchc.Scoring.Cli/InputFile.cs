using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;

namespace Cchc.Scoring.Cli;

/// <summary>What a JSON document read from the command line holds, judged by its top-level fields.</summary>
internal enum DocumentKind
{
    /// <summary>Not a JSON object, or not well-formed: the framework reader reports why.</summary>
    Unknown,

    /// <summary>A framework: it has <c>"areas"</c>.</summary>
    Framework,

    /// <summary>An override file: it has <c>"base"</c>, and neither <c>"areas"</c> nor <c>"submissions"</c>.</summary>
    Override,

    /// <summary>A submissions file: it has <c>"submissions"</c>.</summary>
    Submissions,

    /// <summary>A JSON object that is none of these.</summary>
    Other,

    /// <summary>A workbook (an .xlsx zip package, or a compound document such as an encrypted workbook): a filled form.</summary>
    Workbook,

    /// <summary>Text whose first line has fields separated by commas or semicolons: CSV submissions.</summary>
    Csv,
}

/// <summary>
/// One input file read whole as bytes, within <see cref="ReadLimits.MaxDocumentBytes"/>, checked to be UTF-8.
/// Every file, folder entry, pipe or device the command line reads goes through <see cref="Read"/>: the size is
/// counted while reading (never taken from the file system, which says 0 for pipes and devices), so an endless
/// input stops at the limit.
/// </summary>
internal sealed class InputFile
{
    private const int Chunk = 1 << 20;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _buffer;

    private InputFile(string path, byte[] buffer, int length, DocumentKind? kind = null)
    {
        Path = path;
        _buffer = buffer;
        Length = length;
        (Kind, FrameworkId) = kind is DocumentKind k ? (k, null) : Sniff(Bytes);
    }

    /// <summary>The path as given on the command line.</summary>
    public string Path { get; }

    /// <summary>The number of bytes read.</summary>
    public int Length { get; }

    /// <summary>The bytes read, a UTF-8 byte order mark included.</summary>
    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, Length);

    /// <summary>What the document holds, by its top-level fields.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The top-level <c>"framework"</c> string of a submissions file, or null.</summary>
    public string? FrameworkId { get; }

    /// <summary>
    /// Reads a file, a pipe or a device whole, up to <paramref name="limits"/>' document size, and checks that it is
    /// UTF-8 (a UTF-8 byte order mark is allowed). Adds one located problem and returns null when it cannot be read,
    /// is larger than the limit, or is not UTF-8.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="limits">The bounds; null for the defaults.</param>
    /// <param name="spreadsheets">True where submissions are read: a workbook (by its first bytes) or CSV text (by its first line) is taken as it is, as <see cref="DocumentKind.Workbook"/> or <see cref="DocumentKind.Csv"/>, for its own reader to check; false where only JSON can be meant.</param>
    public static InputFile? Read(string path, List<Problem> problems, ReadLimits? limits = null, bool spreadsheets = false)
    {
        limits ??= ReadLimits.Default;
        long cap = Math.Min(limits.MaxDocumentBytes, Array.MaxLength - 1L);
        if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(Inputs.Unreadable(path, "Files are not read from web addresses: download the file first (e.g. curl -o file.json URL) and give its path."));
            return null;
        }

        if (Directory.Exists(path))
        {
            problems.Add(Inputs.Unreadable(path, "This is a directory, not a file."));
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);

            // The length the file system gives is only a hint: 0 for pipes, devices and /proc files.
            long hint = 0;
            if (stream.CanSeek)
            {
                hint = stream.Length;
                if (hint > cap)
                {
                    problems.Add(TooLarge(path, "The document is " + N(hint) + " bytes", limits));
                    return null;
                }
            }

            // A regular file is read into one array of its size (plus one byte, to see that it ends there); what comes
            // beyond (a pipe, a device, a file that grows) is read in chunks, never more than the limit and one chunk.
            var buffer = hint > 0 ? new byte[hint + 1] : [];
            int length = ReadFull(stream, buffer);
            if (length == buffer.Length)
            {
                var chunks = new List<(byte[] Bytes, int Count)>();
                long total = length;
                while (total <= cap)
                {
                    var chunk = new byte[Chunk];
                    int count = ReadFull(stream, chunk);
                    if (count == 0)
                    {
                        break;
                    }

                    chunks.Add((chunk, count));
                    total += count;
                    if (count < chunk.Length)
                    {
                        break;
                    }
                }

                if (total > cap)
                {
                    problems.Add(TooLarge(path, "The input goes on beyond " + N(cap) + " bytes", limits));
                    return null;
                }

                if (chunks.Count > 0)
                {
                    var whole = new byte[total];
                    buffer.AsSpan(0, length).CopyTo(whole);
                    foreach (var (bytes, count) in chunks)
                    {
                        bytes.AsSpan(0, count).CopyTo(whole.AsSpan(length));
                        length += count;
                    }

                    buffer = whole;
                }
            }

            if (spreadsheets && SpreadsheetKind(buffer.AsSpan(0, length)) is DocumentKind sheet)
            {
                return new InputFile(path, buffer, length, sheet);
            }

            if (NotJson(buffer.AsSpan(0, length)) is string what)
            {
                problems.Add(new Problem(ProblemCodes.InvalidJson, what, source: path, line: 1));
                return null;
            }

            return CheckUtf8(path, buffer.AsSpan(0, length), problems) ? new InputFile(path, buffer, length) : null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            problems.Add(Inputs.Unreadable(path, "The file does not exist."));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            problems.Add(Inputs.Unreadable(path, "The file cannot be read: " + ex.Message));
        }

        return null;
    }

    /// <summary>A workbook or CSV text, judged by content (never by the file's name); null when the bytes may be JSON.</summary>
    private static DocumentKind? SpreadsheetKind(ReadOnlySpan<byte> bytes)
    {
        if (Forms.SubmissionForm.LooksLikeWorkbook(bytes))
        {
            return DocumentKind.Workbook;
        }

        return NotJson(bytes) is not null && !bytes.StartsWith("PK"u8) ? DocumentKind.Csv : null;
    }

    /// <summary>Why bytes that do not start a JSON document are another kind of file, or null when they may be JSON.</summary>
    private static string? NotJson(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return "This is a zip file (an Excel workbook .xlsx, or a Word document), not JSON: frameworks are JSON files (docs/formats.md); filled forms (.xlsx) are submissions: give them with --submissions.";
        }

        var text = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        text = text.TrimStart(" \t\r\n"u8);
        if (text.IsEmpty || text[0] is (byte)'{' or (byte)'[' or (byte)'"' or (byte)'/')
        {
            return null;
        }

        int end = text.IndexOfAny("\r\n"u8);
        var first = end < 0 ? text : text[..end];
        return first.IndexOfAny(",;\t"u8) >= 0 && first.IndexOf((byte)':') < 0
            ? "This looks like CSV (its first line has fields separated by commas), not JSON: frameworks are JSON files (docs/formats.md); submissions may be CSV (give them with --submissions); dossier records in CSV are read by 'cchc ingest'."
            : null;
    }

    /// <summary>The text, without a byte order mark. The bytes were checked to be UTF-8 when read.</summary>
    public string Text()
    {
        var bytes = Bytes;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        return StrictUtf8.GetString(bytes);
    }

    /// <summary>
    /// Checks that <paramref name="bytes"/> are UTF-8: a UTF-16 or UTF-32 byte order mark, or a byte sequence that is
    /// not UTF-8, is an <c>invalid-json</c> problem with its line (JSON files are UTF-8, RFC 8259).
    /// </summary>
    public static bool CheckUtf8(string path, ReadOnlySpan<byte> bytes, List<Problem> problems)
    {
        string? wide =
            bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) ? "UTF-32 (little-endian)"
            : bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]) ? "UTF-32 (big-endian)"
            : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? "UTF-16 (little-endian)"
            : bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? "UTF-16 (big-endian)"
            : null;
        if (wide is not null)
        {
            problems.Add(new Problem(ProblemCodes.InvalidJson, "The file is " + wide + " text (it starts with that byte order mark); a JSON file must be UTF-8: save it again as UTF-8.", source: path, line: 1));
            return false;
        }

        if (Utf8.IsValid(bytes))
        {
            return true;
        }

        int at = FirstInvalid(bytes);
        var before = bytes[..at];
        int line = before.Count((byte)'\n') + 1;
        int column = at - before.LastIndexOf((byte)'\n');
        problems.Add(new Problem(
            ProblemCodes.InvalidJson,
            "Byte " + (column).ToString(CultureInfo.InvariantCulture) + " of the line (0x" + bytes[at].ToString("X2", CultureInfo.InvariantCulture) + ") is not UTF-8; a JSON file must be UTF-8: save it again as UTF-8.",
            source: path,
            line: line));
        return false;
    }

    /// <summary>The offset of the first byte that does not begin a valid UTF-8 sequence.</summary>
    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[4096];
        int at = 0;
        while (at < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[at..], chars, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            at += read;
            if (status != System.Buffers.OperationStatus.DestinationTooSmall)
            {
                break;
            }
        }

        return Math.Min(at, bytes.Length - 1);
    }

    /// <summary>Reads only the top-level field names (and a submissions file's framework id); never throws.</summary>
    private static (DocumentKind Kind, string? FrameworkId) Sniff(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (DocumentKind.Unknown, null);
            }

            bool areas = false, baseField = false, submissions = false;
            string? frameworkId = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "areas":
                        areas = true;
                        break;
                    case "base":
                        baseField = true;
                        break;
                    case "submissions":
                        submissions = true;
                        break;
                    case "framework" when reader.TokenType == JsonTokenType.String:
                        frameworkId ??= reader.GetString();
                        break;
                }

                reader.Skip();
            }

            return (
                areas ? DocumentKind.Framework
                : submissions ? DocumentKind.Submissions
                : baseField ? DocumentKind.Override
                : DocumentKind.Other,
                frameworkId);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return (DocumentKind.Unknown, null);
        }
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the input ends; returns the bytes read.</summary>
    private static int ReadFull(Stream stream, byte[] buffer)
    {
        int filled = 0;
        while (filled < buffer.Length)
        {
            int read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }

    private static Problem TooLarge(string path, string what, ReadLimits limits) =>
        new(ProblemCodes.LimitExceeded, what + "; the limit is " + N(limits.MaxDocumentBytes) + " bytes (ReadLimits.MaxDocumentBytes).", "$", path);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
