using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;

namespace Cchc.Scoring.Forms;

/// <summary>An input beyond a bound of the reader; caught where the workbook is read and reported as <c>limit-exceeded</c>.</summary>
internal sealed class LimitException : Exception
{
    public LimitException(string message)
        : base(message)
    {
    }
}

/// <summary>A part of the workbook that is not what the format says; reported as <c>unreadable-workbook</c>.</summary>
internal sealed class BrokenPartException : Exception
{
    public BrokenPartException(string message)
        : base(message)
    {
    }
}

/// <summary>What a cell holds, as stored.</summary>
internal enum CellKind
{
    Empty,
    Number,
    Text,
    Boolean,
    Error,
}

/// <summary>One cell as read: its kind, its stored text (a number's invariant digits, a text, <c>#DIV/0!</c>), its style, whether a formula made it.</summary>
internal readonly record struct XCell(int Column, CellKind Kind, string Text, int Style, bool Formula);

/// <summary>
/// Reads an .xlsx package as a stream of rows, with every byte decompressed counted against one budget
/// (a zip bomb stops at the bound) and every text bounded: the package index is read (ZipArchive), each part through
/// an <see cref="XmlReader"/> that never holds more than one row. Shared strings are held (they must be, to resolve
/// cells), within a count and a character budget.
/// </summary>
internal sealed class Xlsx : IDisposable
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive _zip;
    private readonly FormReadOptions _options;
    private readonly char[] _chunk = new char[4096];
    private long _budget;
    private List<string?>? _strings;
    private List<int>? _numberFormats;
    private HashSet<int>? _percentFormats;
    private HashSet<int>? _dateFormats;

    public Xlsx(Stream package, FormReadOptions options)
    {
        _options = options;
        _budget = options.Limits.MaxDocumentBytes;
        _zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
    }

    /// <summary>The part being read, for messages.</summary>
    public string Part { get; private set; } = string.Empty;

    /// <summary>The sheets of the workbook in order: name, part path, hidden.</summary>
    public List<(string Name, string Path, bool Hidden)> Sheets()
    {
        string workbook = OfficeDocument();
        var rels = Relationships(workbook);
        var list = new List<(string, string, bool)>();
        using var reader = Open(workbook);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && list.Count < 10_000)
            {
                string name = reader.GetAttribute("name") ?? string.Empty;
                string? id = reader.GetAttribute("id", RelNs);
                string state = reader.GetAttribute("state") ?? "visible";
                if (id is not null && rels.TryGetValue(id, out var target))
                {
                    list.Add((name, target.Path, state != "visible"));
                }
            }
        }

        foreach (var (_, target) in rels)
        {
            if (target.Type.EndsWith("/sharedStrings", StringComparison.Ordinal))
            {
                SharedStringsPath = target.Path;
            }
            else if (target.Type.EndsWith("/styles", StringComparison.Ordinal))
            {
                StylesPath = target.Path;
            }
        }

        return list;
    }

    private string? SharedStringsPath { get; set; }

    private string? StylesPath { get; set; }

    /// <summary>The workbook's modified property (docProps/core.xml, <c>dcterms:modified</c>), or null.</summary>
    public string? Modified()
    {
        var rels = Relationships(string.Empty);
        var core = rels.Values.FirstOrDefault(r => r.Type.EndsWith("/core-properties", StringComparison.Ordinal)).Path;
        if (core is null || _zip.GetEntry(core) is null)
        {
            return null;
        }

        using var reader = Open(core);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "modified")
            {
                return BoundedText(reader, 100);
            }
        }

        return null;
    }

    /// <summary>True when the cell's number format shows a percent.</summary>
    public bool IsPercent(int style)
    {
        LoadStyles();
        return style >= 0 && style < _numberFormats!.Count && _percentFormats!.Contains(_numberFormats[style]);
    }

    /// <summary>True when the cell's number format shows a date or time.</summary>
    public bool IsDate(int style)
    {
        LoadStyles();
        return style >= 0 && style < _numberFormats!.Count && _dateFormats!.Contains(_numberFormats[style]);
    }

    /// <summary>A shared string; null when it was longer than the text bound.</summary>
    public string? SharedString(int index)
    {
        LoadStrings();
        return index >= 0 && index < _strings!.Count ? _strings[index] : throw new BrokenPartException("a cell refers to shared string " + index.ToString(CultureInfo.InvariantCulture) + ", which does not exist");
    }

    /// <summary>Streams the rows of a sheet: the 1-based row number and its cells. Rows are not kept.</summary>
    public IEnumerable<(long Row, List<XCell> Cells)> Rows(string path)
    {
        using var reader = Open(path);
        long rowNumber = 0;
        int maxText = _options.Limits.MaxTextLength;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                continue;
            }

            rowNumber = reader.GetAttribute("r") is string r && long.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n : rowNumber + 1;
            var cells = new List<XCell>();
            if (reader.IsEmptyElement)
            {
                yield return (rowNumber, cells);
                continue;
            }

            int depth = reader.Depth;
            int column = -1;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
                {
                    continue;
                }

                column = reader.GetAttribute("r") is string cr && ParseColumn(cr) is int c ? c : column + 1;
                string type = reader.GetAttribute("t") ?? "n";
                int style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : 0;
                string? value = null;
                bool formula = false;
                if (!reader.IsEmptyElement)
                {
                    int cellDepth = reader.Depth;
                    var inline = new StringBuilder();
                    while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == cellDepth))
                    {
                        if (reader.NodeType != XmlNodeType.Element)
                        {
                            continue;
                        }

                        switch (reader.LocalName)
                        {
                            case "f":
                                formula = true;
                                break;
                            case "v":
                                value = BoundedText(reader, maxText + 1);
                                break;
                            case "t":
                                if (inline.Length <= maxText)
                                {
                                    inline.Append(BoundedText(reader, maxText + 1 - inline.Length));
                                }

                                break;
                            case "rPh":
                                reader.Skip();
                                break;
                        }
                    }

                    if (type == "inlineStr")
                    {
                        value = inline.ToString();
                    }
                }

                if (column > 16_383)
                {
                    continue;
                }

                var cell = type switch
                {
                    "s" when value is not null => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int i)
                        ? (SharedString(i) is string text ? new XCell(column, CellKind.Text, text, style, formula) : new XCell(column, CellKind.Text, new string('?', maxText + 1), style, formula))
                        : throw new BrokenPartException("a shared string cell holds '" + Cut(value) + "', not an index"),
                    "str" or "inlineStr" or "d" => new XCell(column, CellKind.Text, value ?? string.Empty, style, formula),
                    "b" => new XCell(column, CellKind.Boolean, value ?? string.Empty, style, formula),
                    "e" => new XCell(column, CellKind.Error, value ?? "#N/A", style, formula),
                    _ => value is null or "" ? new XCell(column, CellKind.Empty, string.Empty, style, formula) : new XCell(column, CellKind.Number, value, style, formula),
                };
                if (cell.Kind != CellKind.Empty || formula)
                {
                    cells.Add(cell);
                }
            }

            yield return (rowNumber, cells);
        }
    }

    /// <summary>The 0-based column of a cell reference such as <c>AB12</c>, or null.</summary>
    public static int? ParseColumn(string reference)
    {
        int column = 0, i = 0;
        for (; i < reference.Length && i < 4 && char.IsAsciiLetterUpper(reference[i]); i++)
        {
            column = (column * 26) + (reference[i] - 'A' + 1);
        }

        return i == 0 ? null : column - 1;
    }

    private static string Cut(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private void LoadStrings()
    {
        if (_strings is not null)
        {
            return;
        }

        _strings = [];
        if (SharedStringsPath is null || _zip.GetEntry(SharedStringsPath) is null)
        {
            return;
        }

        using var reader = Open(SharedStringsPath);
        long chars = 0;
        int maxText = _options.Limits.MaxTextLength;
        var item = new StringBuilder();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si")
            {
                continue;
            }

            item.Clear();
            bool tooLong = false;
            if (!reader.IsEmptyElement)
            {
                int depth = reader.Depth;
                while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
                    {
                        reader.Skip();
                    }
                    else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
                    {
                        string part = BoundedText(reader, maxText + 1 - Math.Min(item.Length, maxText));
                        if (!tooLong)
                        {
                            item.Append(part);
                            tooLong = item.Length > maxText;
                        }
                    }
                }
            }

            if (_strings.Count >= _options.MaxSharedStrings)
            {
                throw new LimitException("The workbook holds more than " + _options.MaxSharedStrings.ToString("N0", CultureInfo.InvariantCulture) + " shared strings (FormReadOptions.MaxSharedStrings).");
            }

            chars += Math.Min(item.Length, maxText + 1);
            if (chars > _options.MaxSharedStringChars)
            {
                throw new LimitException("The workbook's shared strings hold more than " + _options.MaxSharedStringChars.ToString("N0", CultureInfo.InvariantCulture) + " characters (FormReadOptions.MaxSharedStringChars).");
            }

            _strings.Add(tooLong ? null : item.ToString());
        }
    }

    private void LoadStyles()
    {
        if (_numberFormats is not null)
        {
            return;
        }

        _numberFormats = [];
        _percentFormats = [9, 10];
        _dateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47];
        if (StylesPath is null || _zip.GetEntry(StylesPath) is null)
        {
            return;
        }

        using var reader = Open(StylesPath);
        bool inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out int id):
                    string code = Unquoted(reader.GetAttribute("formatCode") ?? string.Empty);
                    if (code.Contains('%', StringComparison.Ordinal))
                    {
                        _percentFormats.Add(id);
                    }
                    else if (code.IndexOfAny(['y', 'd', 'h', 'Y', 'D', 'H']) >= 0)
                    {
                        _dateFormats.Add(id);
                    }

                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs && _numberFormats.Count < 65_536:
                    _numberFormats.Add(int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out int f) ? f : 0);
                    break;
            }
        }
    }

    /// <summary>A number format's code without its quoted and escaped literal text.</summary>
    private static string Unquoted(string code)
    {
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\\' && !quoted)
            {
                i++;
            }
            else if (!quoted && c == '[')
            {
                int end = code.IndexOf(']', i);
                i = end < 0 ? code.Length : end;
            }
            else if (!quoted)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The path of the workbook part, from the package relationships (xl/workbook.xml when they do not say).</summary>
    private string OfficeDocument()
    {
        var rels = Relationships(string.Empty);
        var main = rels.Values.FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Path;
        main ??= "xl/workbook.xml";
        if (_zip.GetEntry(main) is null)
        {
            throw new BrokenPartException("the package has no workbook part (" + main + "); it is not an .xlsx workbook");
        }

        return main;
    }

    /// <summary>The relationships of a part (the package's own when <paramref name="part"/> is empty): id → (type, absolute path).</summary>
    private Dictionary<string, (string Type, string Path)> Relationships(string part)
    {
        string folder = part.Contains('/', StringComparison.Ordinal) ? part[..(part.LastIndexOf('/') + 1)] : string.Empty;
        string relsPath = folder + "_rels/" + part[folder.Length..] + ".rels";
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (_zip.GetEntry(relsPath) is null)
        {
            return map;
        }

        using var reader = Open(relsPath);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && map.Count < 10_000)
            {
                string? id = reader.GetAttribute("Id");
                string? target = reader.GetAttribute("Target");
                string type = reader.GetAttribute("Type") ?? string.Empty;
                if (id is null || target is null || reader.GetAttribute("TargetMode") == "External")
                {
                    continue;
                }

                map.TryAdd(id, (type, Resolve(folder, target)));
            }
        }

        return map;
    }

    private static string Resolve(string folder, string target)
    {
        var parts = new List<string>((target.StartsWith('/') ? target[1..] : folder + target).Split('/'));
        var stack = new List<string>();
        foreach (string p in parts)
        {
            if (p == "..")
            {
                if (stack.Count > 0)
                {
                    stack.RemoveAt(stack.Count - 1);
                }
            }
            else if (p.Length > 0 && p != ".")
            {
                stack.Add(p);
            }
        }

        return string.Join('/', stack);
    }

    /// <summary>Opens a part as XML; its decompressed bytes count against the budget.</summary>
    private XmlReader Open(string path)
    {
        Part = path;
        var entry = _zip.GetEntry(path) ?? throw new BrokenPartException("the part " + path + " is missing");
        var stream = new CountingStream(entry.Open(), this, path);
        return XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        });
    }

    /// <summary>The text content of the current element, at most <paramref name="max"/> characters (the rest is skipped, not held).</summary>
    private string BoundedText(XmlReader reader, int max)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        int depth = reader.Depth;
        var sb = new StringBuilder();
        var buffer = _chunk;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                int read;
                while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                {
                    if (sb.Length < max)
                    {
                        sb.Append(buffer, 0, Math.Min(read, max - sb.Length));
                    }
                }
            }
        }

        return sb.ToString();
    }

    public void Dispose() => _zip.Dispose();

    private void Spend(int bytes, string path)
    {
        _budget -= bytes;
        if (_budget < 0)
        {
            throw new LimitException("The workbook decompresses to more than " + _options.Limits.MaxDocumentBytes.ToString("N0", CultureInfo.InvariantCulture)
                + " bytes (ReadLimits.MaxDocumentBytes), reached in " + path + ": the rest is not read.");
        }
    }

    /// <summary>A read-only stream that counts what it hands out against the workbook's budget.</summary>
    private sealed class CountingStream(Stream inner, Xlsx owner, string path) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = inner.Read(buffer, offset, count);
            owner.Spend(read, path);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
