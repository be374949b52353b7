using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace Cchc.Scoring.Forms.Tests;

/// <summary>Edits a workbook's sheet XML directly (as another program would write it), without the library's writer.</summary>
internal static class Workbooks
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static Framework Gtvt => BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025);

    public static SubmissionSet Sample => BuiltInFrameworks.GetSample(BuiltInFrameworks.GtvtTienGiang20212025);

    public static ReportingPeriod Q1 => ReportingPeriod.ForQuarter(2025, 1, Gtvt.Calendar);

    public static Unit Unit(string id) => Sample.Units.Find(id)!;

    /// <summary>Rewrites entry <paramref name="name"/> of the package with <paramref name="edit"/>.</summary>
    public static byte[] EditEntry(byte[] package, string name, Func<XDocument, XDocument> edit)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName);
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == name)
                {
                    var doc = edit(XDocument.Load(from));
                    doc.Save(to);
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>Sets cells of the form sheet: a reference like <c>J12</c> to a cell element built by <paramref name="cell"/>.</summary>
    public static byte[] SetCells(byte[] package, params (string Reference, Func<string, XElement> Cell)[] cells) =>
        EditEntry(package, "xl/worksheets/sheet1.xml", doc =>
        {
            var data = doc.Root!.Element(Main + "sheetData")!;
            foreach (var (reference, make) in cells)
            {
                long rowNumber = long.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
                var row = data.Elements(Main + "row").First(r => (long)r.Attribute("r")! == rowNumber);
                var existing = row.Elements(Main + "c").FirstOrDefault(c => (string?)c.Attribute("r") == reference);
                var element = make(reference);
                if (existing is not null)
                {
                    existing.ReplaceWith(element);
                }
                else
                {
                    row.Add(element);
                    var sorted = row.Elements(Main + "c").OrderBy(c => Column((string)c.Attribute("r")!)).ToList();
                    row.Elements(Main + "c").Remove();
                    row.Add(sorted);
                }
            }

            return doc;
        });

    private static int Column(string reference)
    {
        int c = 0;
        foreach (char ch in reference.TakeWhile(char.IsLetter))
        {
            c = (c * 26) + (ch - 'A' + 1);
        }

        return c;
    }

    public static Func<string, XElement> Number(string value) => r => new XElement(Main + "c", new XAttribute("r", r), new XElement(Main + "v", value));

    public static Func<string, XElement> Text(string value) => r => new XElement(Main + "c", new XAttribute("r", r), new XAttribute("t", "inlineStr"), new XElement(Main + "is", new XElement(Main + "t", value)));

    public static Func<string, XElement> Formula(string formula, string cached) => r => new XElement(Main + "c", new XAttribute("r", r), new XElement(Main + "f", formula), new XElement(Main + "v", cached));

    public static Func<string, XElement> Error(string value) => r => new XElement(Main + "c", new XAttribute("r", r), new XAttribute("t", "e"), new XElement(Main + "f", "A1/0"), new XElement(Main + "v", value));

    /// <summary>The row number of an indicator in the form sheet, by the visible code cell.</summary>
    public static long RowOf(byte[] package, string code)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var s = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        var doc = XDocument.Load(s);
        return doc.Descendants(Main + "row").First(r => r.Elements(Main + "c").Any(c => ((string?)c.Attribute("r"))!.StartsWith('C') && c.Value == code)).Attribute("r") is { } a ? (long)a : 0;
    }

    /// <summary>A zip package of the given entries, written here.</summary>
    public static byte[] Zip(params (string Name, Action<Stream> Write)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, write) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                write(s);
            }
        }

        return output.ToArray();
    }

    public static Action<Stream> Utf8(string text) => s => s.Write(Encoding.UTF8.GetBytes(text));

    public static string[] Codes(ValidationResult<SubmissionSet> result) => result.Problems.Select(p => p.Code).ToArray();

    public static string Show(ValidationResult<SubmissionSet> result) => string.Join("\n", result.Problems.Select(p => p.ToString()));
}
