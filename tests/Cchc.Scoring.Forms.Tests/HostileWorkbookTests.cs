using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring.Serialization;
using Xunit;
using Xunit.Abstractions;
using static Cchc.Scoring.Forms.Tests.Workbooks;

namespace Cchc.Scoring.Forms.Tests;

/// <summary>Hostile workbooks: each gives one located problem within the read limits, never an exception.</summary>
public sealed class HostileWorkbookTests(ITestOutputHelper output)
{
    private static readonly string ContentTypes = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    private static readonly string Rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    private static readonly string Workbook = "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rS\"/><sheet name=\"_cchc\" sheetId=\"2\" r:id=\"rM\"/></sheets></workbook>";
    private static readonly string WorkbookRels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rM\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/><Relationship Id=\"rT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";

    /// <summary>A package with the given form sheet, metadata sheet and shared strings, each written by a writer (streamed).</summary>
    private static byte[] Package(Action<Stream> sheet, Action<Stream>? sharedStrings = null, Action<Stream>? meta = null) => Zip(
        ("[Content_Types].xml", Utf8(ContentTypes)),
        ("_rels/.rels", Utf8(Rels)),
        ("xl/workbook.xml", Utf8(Workbook)),
        ("xl/_rels/workbook.xml.rels", Utf8(WorkbookRels)),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/worksheets/sheet2.xml", meta ?? MetaOf(SubmissionForm.Render(Gtvt, Q1, Unit("VP")))),
        ("xl/sharedStrings.xml", sharedStrings ?? Utf8("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")));

    /// <summary>The metadata sheet of a real form.</summary>
    private static Action<Stream> MetaOf(byte[] form)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(form));
        using var s = zip.GetEntry("xl/worksheets/sheet2.xml")!.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        var bytes = m.ToArray();
        return o => o.Write(bytes);
    }

    private static void Rows(Stream s, long count, Func<long, string> row)
    {
        using var w = new StreamWriter(s, new UTF8Encoding(false), 1 << 16);
        w.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (long r = 1; r <= count; r++)
        {
            w.Write(row(r));
        }

        w.Write("</sheetData></worksheet>");
    }

    [Fact]
    public void A_corrupted_zip_is_an_unreadable_workbook()
    {
        var form = SubmissionForm.Render(Gtvt, Q1, Unit("VP"));
        foreach (var broken in new[] { form[..(form.Length / 2)], form.Select((b, i) => i is > 200 and < 600 ? (byte)0x55 : b).ToArray(), "PK\u0003\u0004garbage"u8.ToArray() })
        {
            var read = SubmissionForm.Read(broken, Gtvt, "broken.xlsx");
            var p = Assert.Single(read.Problems);
            Assert.Equal(FormProblemCodes.UnreadableWorkbook, p.Code);
            Assert.Equal("broken.xlsx", p.Source);
        }
    }

    [Fact]
    public void A_password_protected_workbook_is_an_unreadable_workbook_that_says_so()
    {
        // An encrypted .xlsx is an OLE compound file holding a stream named EncryptedPackage (MS-OFFCRYPTO).
        var ole = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(ole, 1024);
        var p = Assert.Single(SubmissionForm.Read(ole, Gtvt, "locked.xlsx").Problems);
        Assert.Equal(FormProblemCodes.UnreadableWorkbook, p.Code);
        Assert.Contains("password", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_that_is_not_a_form_says_so()
    {
        var bytes = Zip(("[Content_Types].xml", Utf8(ContentTypes)), ("_rels/.rels", Utf8(Rels)), ("xl/workbook.xml", Utf8(Workbook.Replace("<sheet name=\"_cchc\" sheetId=\"2\" r:id=\"rM\"/>", string.Empty, StringComparison.Ordinal))), ("xl/_rels/workbook.xml.rels", Utf8(WorkbookRels)), ("xl/worksheets/sheet1.xml", s => Rows(s, 3, r => "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>1</v></c></row>")));
        Assert.Equal(FormProblemCodes.NotAForm, Assert.Single(SubmissionForm.Read(bytes, Gtvt).Problems).Code);
    }

    [Fact]
    public void A_sheet_of_1048576_rows_is_read_as_a_stream()
    {
        // Every row of the sheet has a number; no row is a form row, so the answer is not-a-form after every row was read.
        var bytes = Package(s => Rows(s, 1_048_576, r => "<row r=\"" + r + "\"><c r=\"B" + r + "\"><v>" + r + "</v></c></row>"));
        var before = GC.GetTotalAllocatedBytes(precise: false);
        var clock = Stopwatch.StartNew();
        var read = SubmissionForm.Read(bytes, Gtvt, "big.xlsx");
        clock.Stop();
        var p = Assert.Single(read.Problems);
        Assert.Equal(FormProblemCodes.NotAForm, p.Code);
        output.WriteLine("1,048,576 rows: " + bytes.Length + " bytes zipped, read in " + clock.ElapsedMilliseconds + " ms, " + ((GC.GetTotalAllocatedBytes(false) - before) >> 20) + " MiB allocated in all, peak working set " + (Process.GetCurrentProcess().PeakWorkingSet64 >> 20) + " MiB");

        // A generous bound, against a reader that is quadratic in rows or holds them (minutes, or gigabytes).
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "took " + clock.Elapsed);
    }

    [Fact]
    public void A_zip_bomb_stops_at_the_decompressed_bound()
    {
        // 64 MiB of spaces inside one cell's text compress to a few kilobytes; the bound here is 8 MiB.
        var bytes = Package(s =>
        {
            using var w = new StreamWriter(s, new UTF8Encoding(false), 1 << 16);
            w.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            var spaces = new string(' ', 1 << 16);
            for (int i = 0; i < 1024; i++)
            {
                w.Write(spaces);
            }

            w.Write("</t></is></c></row></sheetData></worksheet>");
        });
        Assert.True(bytes.Length < 1 << 20, "compressed " + bytes.Length);
        var read = SubmissionForm.Read(bytes, Gtvt, "bomb.xlsx", new FormReadOptions { Limits = new ReadLimits(maxDocumentBytes: 8L << 20) });
        var p = Assert.Single(read.Problems);
        Assert.Equal(ProblemCodes.LimitExceeded, p.Code);
        Assert.Equal("xl/worksheets/sheet1.xml", p.Path);
    }

    [Fact]
    public void A_shared_strings_bomb_stops_at_the_shared_strings_bounds()
    {
        // 2 million shared strings, each referenced by nothing: beyond MaxSharedStrings (1,000,000 by default).
        var many = Package(
            s => Rows(s, 1, r => "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
            s => Rows2(s, 2_000_000, i => "<si><t>x</t></si>"));
        var p = Assert.Single(SubmissionForm.Read(many, Gtvt).Problems);
        Assert.Equal(ProblemCodes.LimitExceeded, p.Code);
        Assert.Equal("xl/sharedStrings.xml", p.Path);
        Assert.Contains("MaxSharedStrings", p.Message, StringComparison.Ordinal);

        // Few strings, but long ones: beyond the character budget (here 1 MiB).
        var lengthy = Package(
            s => Rows(s, 1, r => "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
            s => Rows2(s, 200, i => "<si><t>" + new string('a', 9_000) + "</t></si>"));
        var q = Assert.Single(SubmissionForm.Read(lengthy, Gtvt, options: new FormReadOptions { MaxSharedStringChars = 1 << 20 }).Problems);
        Assert.Equal(ProblemCodes.LimitExceeded, q.Code);
        Assert.Contains("MaxSharedStringChars", q.Message, StringComparison.Ordinal);
    }

    private static void Rows2(Stream s, int count, Func<int, string> item)
    {
        using var w = new StreamWriter(s, new UTF8Encoding(false), 1 << 16);
        w.Write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < count; i++)
        {
            w.Write(item(i));
        }

        w.Write("</sst>");
    }

    [Fact]
    public void A_workbook_with_a_DTD_is_unreadable_not_expanded()
    {
        var bytes = Package(Utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>"));
        var p = Assert.Single(SubmissionForm.Read(bytes, Gtvt).Problems);
        Assert.Equal(FormProblemCodes.UnreadableWorkbook, p.Code);
    }
}
