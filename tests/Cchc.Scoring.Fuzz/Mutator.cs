using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace Cchc.Scoring.Fuzz;

/// <summary>
/// A small deterministic mutational fuzzer: from a seeded generator, it flips, deletes, inserts, duplicates and
/// splices bytes of corpus inputs, and inserts tokens that matter to the formats (brackets, quotes, numbers at the
/// edges of decimal, dates, periods, field names). It also knows the structure of what it mutates: it repeats a JSON
/// key inside its object, puts numbers at the edges of <see cref="decimal"/> and of the documented bounds where
/// numbers are, extreme dates where dates are, opens a CSV quote that closes rows later, and re-encodes the input
/// (UTF-16 with a byte order mark, CR-only line ends, Latin-1, invalid UTF-8 sequences) — the mutations that found
/// duplicate keys winning silently, overflows, crashes on years 1 and 9999 and rows swallowed by a quote. The same
/// seed gives the same inputs on every machine.
/// </summary>
public sealed class Mutator
{
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", "\"", ",", ":", "null", "true", "false", "-", "0", "-0", "1e308", "-1e309", "79228162514264337593543950336",
        "0.0000000000000000000000000001", "1E-400", "NaN", "\"\\u0000\"", "\"\\ud800\"", "\u00e9", "\ufeff", "\n", "\r\n", "//", "/*", "*/", "\"$x\":",
        "\"2025\"", "\"2025-Q5\"", "\"2025-H0\"", "\"9999-12\"", "\"0001-01-01..9999-12-31\"", "2025-02-29", "\"2026-01-10T02:00:00Z\"", "\"-9999-01-01T00:00:00Z\"",
        "\"units\":", "\"submissions\":", "\"adjustments\":", "\"areas\":", "\"indicators\":", "\"rule\":", "\"kind\":", "\"points\":", "\"target\":", "\"baseline\":",
        "\"change\":", "\"add\":", "\"retire\":", "\"base\":", "\"bands\":", "\"milestones\":", "\"deadline\":", "\"steps\":", "\"pieces\":",
        "2147483648", "-2147483649", "9223372036854775808", "1000000000000000", ",,", "\"\"", "\",\"", "\"\n\"",
    ];

    private readonly Random _random;

    /// <summary>Creates a mutator.</summary>
    /// <param name="seed">The seed: the same seed, the same sequence of inputs.</param>
    public Mutator(int seed) => _random = new Random(seed);

    /// <summary>A mutation of <paramref name="input"/>, sometimes spliced with <paramref name="other"/>.</summary>
    /// <param name="input">The input to mutate.</param>
    /// <param name="other">Another corpus input, for splicing.</param>
    /// <returns>The new input.</returns>
    public byte[] Mutate(byte[] input, byte[] other)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(other);
        var bytes = new List<byte>(input);
        int rounds = 1 + _random.Next(4);
        for (int r = 0; r < rounds; r++)
        {
            int at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
            switch (_random.Next(13))
            {
                case 8:
                    DuplicateKey(bytes);
                    break;
                case 9:
                    ReplaceNumber(bytes);
                    break;
                case 10:
                    ReplaceDate(bytes);
                    break;
                case 11:
                    QuoteAcrossRows(bytes);
                    break;
                case 12:
                    return Reencode(bytes);
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + _random.Next(16)));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]));
                    break;
                case 3 when bytes.Count > 0:
                    int length = Math.Min(bytes.Count - at, 1 + _random.Next(64));
                    bytes.InsertRange(_random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4 when other.Length > 0:
                    int from = _random.Next(other.Length);
                    int take = Math.Min(other.Length - from, 1 + _random.Next(128));
                    bytes.InsertRange(at, new ArraySegment<byte>(other, from, take));
                    break;
                case 5 when bytes.Count > 0:
                    bytes[at] = (byte)_random.Next(256);
                    break;
                case 6 when bytes.Count > 0:
                    // Replace a digit run's digit: numbers are where the arithmetic is.
                    bytes[at] = (byte)('0' + _random.Next(10));
                    break;
                default:
                    if (bytes.Count > 0)
                    {
                        bytes.RemoveRange(at, bytes.Count - at);
                    }

                    break;
            }
        }

        return bytes.ToArray();
    }

    private static readonly string[] XmlTokens =
    [
        "<c r=\"J12\"><v>1e308</v></c>", "<c r=\"XFE1048577\" t=\"s\"><v>0</v></c>", "<c r=\"A1\" t=\"s\"><v>99999999</v></c>", "<c t=\"inlineStr\"><is><t>x</t></is></c>",
        "<c r=\"J12\" t=\"e\"><v>#DIV/0!</v></c>", "<c r=\"J12\" t=\"b\"><v>2</v></c>", "<c r=\"J12\" t=\"d\"><v>9999-12-31T00:00:00</v></c>", "<f>1/0</f>",
        "<row r=\"0\">", "<row r=\"1048577\">", "<row r=\"12\">", "</row>", "<si><t>", "</t></si>", "<si><r><t>a</t></r></si>", "&amp;", "&#xD800;", "&#0;", "&lt;",
        "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>", "&b;", "<![CDATA[x]]>", "<?xml version=\"1.0\" encoding=\"utf-16\"?>",
        "t=\"s\"", "t=\"str\"", "t=\"n\"", "s=\"1\"", "r=\"\"", "r=\"A\"", "r=\"1\"", "<v>-0</v>", "<v>45658.5</v>", "<v>2958466</v>", "<v>-1</v>",
        "<sheetData/>", "</sheetData>", "<mergeCell ref=\"A1:Z99\"/>", "xml:space=\"preserve\"", "\u00a0", "1.234,5", "12,5%",
    ];

    /// <summary>
    /// A mutation of a zip package (.xlsx): the XML of one part (a sheet, the shared strings, the workbook, the
    /// relationships, the content types) is mutated as text, with XML and spreadsheet tokens, and the package is
    /// written again, so that the reader gets past the zip to the parts. One input in eight is mutated as raw bytes
    /// instead (a broken or foreign package); an input that is not a zip is mutated as bytes.
    /// </summary>
    /// <param name="input">The package to mutate.</param>
    /// <param name="other">Another corpus input, for splicing (its parts when it is a package).</param>
    /// <returns>The new input.</returns>
    public byte[] MutatePackage(byte[] input, byte[] other)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(other);
        if (_random.Next(8) == 0)
        {
            return Mutate(input, other);
        }

        List<(string Name, byte[] Data)> parts;
        try
        {
            parts = Parts(input);
        }
        catch (InvalidDataException)
        {
            return Mutate(input, other);
        }

        if (parts.Count == 0)
        {
            return Mutate(input, other);
        }

        // Mostly the parts that carry the figures: the sheets and the shared strings.
        var xml = parts.Select((p, i) => (p.Name, i)).Where(p => p.Name.EndsWith(".xml", StringComparison.Ordinal) || p.Name.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        var figures = xml.Where(p => p.Name.Contains("worksheets/", StringComparison.Ordinal) || p.Name.Contains("sharedStrings", StringComparison.Ordinal)).ToList();
        var pick = figures.Count > 0 && _random.Next(4) != 0 ? figures : xml.Count > 0 ? xml : parts.Select((p, i) => (p.Name, i)).ToList();
        int index = pick[_random.Next(pick.Count)].i;
        byte[] data = parts[index].Data;
        byte[] donor = other;
        try
        {
            var otherParts = Parts(other);
            donor = otherParts.FirstOrDefault(p => p.Name == parts[index].Name).Data ?? data;
        }
        catch (InvalidDataException)
        {
        }

        int rounds = 1 + _random.Next(3);
        for (int r = 0; r < rounds; r++)
        {
            int how = _random.Next(10);
            if (how <= 5)
            {
                // Keep the XML well formed: replace a text node (a cell value, a shared string) or an attribute value.
                data = ReplaceXmlValue(data, how <= 1);
            }
            else if (how <= 7)
            {
                // An XML or spreadsheet token at a tag boundary.
                var bytes = new List<byte>(data);
                int at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
                int tag = FindFrom(bytes, (byte)'<', at);
                bytes.InsertRange(tag < 0 ? at : tag, Encoding.UTF8.GetBytes(XmlTokens[_random.Next(XmlTokens.Length)]));
                data = bytes.ToArray();
            }
            else
            {
                data = Mutate(data, donor);
            }
        }

        switch (_random.Next(16))
        {
            case 0:
                parts.RemoveAt(index);
                break;
            case 1:
                parts.Add(parts[index] with { Data = data });
                break;
            default:
                parts[index] = parts[index] with { Data = data };
                break;
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                using var stream = entry.Open();
                stream.Write(bytes, 0, bytes.Length);
            }
        }

        return output.ToArray();
    }

    private static readonly string[] XmlValues =
    [
        "", " ", "0", "-0", "1e308", "-1", "79228162514264337593543950336", "0.0000000000000000000000000001", "45658.5", "2958466", "-693594",
        "99999999", "4294967296", "1.234,5", "12,5%", "1/0", "#N/A", "#DIV/0!", "TRUE", "x", "&amp;", "&#xD800;", "&#0;", "&#x1F600;",
        "2025-Q1", "2025-Q9", "9999-12-31", "0001-01-01T00:00:00", "A1", "XFD1048576", "XFE1", "J0", "1048577", "s", "str", "inlineStr", "e", "b", "d", "n",
    ];

    /// <summary>Replaces one text node (between '&gt;' and '&lt;') or one attribute value (between quotes) of an XML part.</summary>
    private byte[] ReplaceXmlValue(byte[] xml, bool attribute)
    {
        byte open = attribute ? (byte)'=' : (byte)'>', close = attribute ? (byte)'"' : (byte)'<';
        for (int tries = 0; tries < 8; tries++)
        {
            int start = Array.IndexOf(xml, open, xml.Length == 0 ? 0 : _random.Next(xml.Length));
            if (start < 0 || (attribute && (start + 1 >= xml.Length || xml[++start] != (byte)'"')))
            {
                continue;
            }

            int end = Array.IndexOf(xml, close, start + 1);
            if (end < 0 || (!attribute && end == start + 1))
            {
                continue;
            }

            byte[] value = Encoding.UTF8.GetBytes(XmlValues[_random.Next(XmlValues.Length)]);
            return [.. xml.AsSpan(0, start + 1), .. value, .. xml.AsSpan(end)];
        }

        return xml;
    }

    /// <summary>The parts of a zip package, in order, each at most 4 MB.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a zip package that reads.</exception>
    private static List<(string Name, byte[] Data)> Parts(byte[] package)
    {
        var parts = new List<(string, byte[])>();
        try
        {
            using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > 4 * 1024 * 1024)
                {
                    throw new InvalidDataException("A part is too large to mutate.");
                }

                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                parts.Add((entry.FullName, buffer.ToArray()));
            }
        }
        catch (Exception ex) when (ex is not InvalidDataException and (IOException or ArgumentException or NotSupportedException))
        {
            throw new InvalidDataException(ex.Message, ex);
        }

        return parts;
    }

    private static readonly string[] Numbers =
    [
        "79228162514264337593543950335", "-79228162514264337593543950335", "1000000000000000000000000000", "1e27", "1E-400", "1e-28",
        "0.00000000000000000000000000001", "2210.00000000000000000000000000000001", "12345678901234567890123456789", "999999999999999",
        "1000000000000001", "-1", "0.5", "1e15", "4294967296",
    ];

    private static readonly string[] Dates =
    [
        "0001-01-01", "9999-12-31", "0000-01-01", "9998-12-31", "0002-01-01", "2025-02-29", "2024-02-29", "2025-12-31", "10000-01-01",
    ];

    /// <summary>Copies one <c>"name": value</c> pair right after itself: the same key twice in one object.</summary>
    private void DuplicateKey(List<byte> bytes)
    {
        int colon = FindFrom(bytes, (byte)':', _random.Next(Math.Max(1, bytes.Count)));
        if (colon < 0)
        {
            return;
        }

        int keyStart = colon - 1;
        while (keyStart >= 0 && bytes[keyStart] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            keyStart--;
        }

        if (keyStart < 1 || bytes[keyStart] != (byte)'"')
        {
            return;
        }

        keyStart = bytes.LastIndexOf((byte)'"', keyStart - 1);
        if (keyStart < 0)
        {
            return;
        }

        // The value ends at the first ',' or '}' at depth 0 after the colon.
        int depth = 0;
        bool inString = false;
        int end = colon + 1;
        for (; end < bytes.Count; end++)
        {
            byte b = bytes[end];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    end++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }

                continue;
            }

            if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                depth++;
            }
            else if (b is (byte)'}' or (byte)']')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (b == (byte)',' && depth == 0)
            {
                break;
            }
        }

        end = Math.Min(end, bytes.Count);
        var pair = bytes.GetRange(keyStart, end - keyStart);
        pair.Add((byte)',');
        bytes.InsertRange(keyStart, pair);
    }

    /// <summary>Replaces a run of digits with a number at the edges of <see cref="decimal"/> or of the documented bounds.</summary>
    private void ReplaceNumber(List<byte> bytes)
    {
        int start = FindDigit(bytes, _random.Next(Math.Max(1, bytes.Count)));
        if (start < 0)
        {
            return;
        }

        int end = start;
        while (end < bytes.Count && (IsDigit(bytes[end]) || bytes[end] is (byte)'.' or (byte)'e' or (byte)'E' or (byte)'-' or (byte)'+'))
        {
            end++;
        }

        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, Encoding.UTF8.GetBytes(Numbers[_random.Next(Numbers.Length)]));
    }

    /// <summary>Replaces a <c>yyyy-MM-dd</c> date (in a date, a date-time or a custom period) with an extreme one.</summary>
    private void ReplaceDate(List<byte> bytes)
    {
        for (int from = _random.Next(Math.Max(1, bytes.Count)), tries = 0; tries < 2; tries++, from = 0)
        {
            for (int i = from; i + 10 <= bytes.Count; i++)
            {
                if (IsDigit(bytes[i]) && IsDigit(bytes[i + 1]) && IsDigit(bytes[i + 2]) && IsDigit(bytes[i + 3]) && bytes[i + 4] == (byte)'-'
                    && IsDigit(bytes[i + 5]) && IsDigit(bytes[i + 6]) && bytes[i + 7] == (byte)'-' && IsDigit(bytes[i + 8]) && IsDigit(bytes[i + 9]))
                {
                    bytes.RemoveRange(i, 10);
                    bytes.InsertRange(i, Encoding.UTF8.GetBytes(Dates[_random.Next(Dates.Length)]));
                    return;
                }
            }
        }
    }

    /// <summary>Opens a quote at the start of a field and closes it some lines later (a CSV record that spans rows).</summary>
    private void QuoteAcrossRows(List<byte> bytes)
    {
        int open = FindFrom(bytes, (byte)',', _random.Next(Math.Max(1, bytes.Count)));
        if (open < 0)
        {
            return;
        }

        bytes.Insert(open + 1, (byte)'"');
        int close = open + 2;
        for (int lines = 1 + _random.Next(5); lines > 0 && close < bytes.Count; close++)
        {
            if (bytes[close] == (byte)'\n')
            {
                lines--;
            }
        }

        int comma = FindFrom(bytes, (byte)',', close);
        bytes.Insert(comma < 0 ? bytes.Count : comma, (byte)'"');
    }

    /// <summary>The whole input in another encoding or with other line ends, or with bytes that are not UTF-8.</summary>
    private byte[] Reencode(List<byte> bytes)
    {
        string text = Encoding.UTF8.GetString(bytes.ToArray());
        switch (_random.Next(6))
        {
            case 0:
                return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];
            case 1:
                return [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)];
            case 2:
                return Encoding.UTF8.GetBytes(text.Replace("\r\n", "\r", StringComparison.Ordinal).Replace('\n', '\r'));
            case 3:
                // Latin-1 bytes where UTF-8 is expected (a legacy code page).
                return Encoding.Latin1.GetBytes(text);
            default:
                byte[][] invalid = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]];
                int at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
                bytes.InsertRange(at, invalid[_random.Next(invalid.Length)]);
                return bytes.ToArray();
        }
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static int FindDigit(List<byte> bytes, int from)
    {
        for (int i = from; i < bytes.Count; i++)
        {
            if (IsDigit(bytes[i]))
            {
                return i;
            }
        }

        for (int i = 0; i < Math.Min(from, bytes.Count); i++)
        {
            if (IsDigit(bytes[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindFrom(List<byte> bytes, byte value, int from)
    {
        int i = from < bytes.Count ? bytes.IndexOf(value, from) : -1;
        return i >= 0 ? i : bytes.IndexOf(value);
    }
}
