using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using NodaTime;
using Xunit;
using static Cchc.Scoring.Forms.Tests.Workbooks;

namespace Cchc.Scoring.Forms.Tests;

public sealed class FormTests
{
    private static byte[] EmptyForm(string unit = "VP", Language language = Language.Vi) =>
        SubmissionForm.Render(Gtvt, Q1, Unit(unit), new FormOptions { Language = language, Previous = Sample, Units = Sample.Units });

    private static byte[] FilledForm(string unit = "VP") =>
        SubmissionForm.Render(Gtvt, Q1, Unit(unit), new FormOptions { Filled = Sample, Units = Sample.Units });

    [Fact]
    public void Same_inputs_give_the_same_bytes()
    {
        Assert.Equal(EmptyForm(), EmptyForm());
        Assert.Equal(FilledForm(), FilledForm());
        Assert.NotEqual(EmptyForm(language: Language.Vi), EmptyForm(language: Language.En));
    }

    [Fact]
    public void A_filled_form_reads_back_to_the_latest_revisions_of_the_unit_and_period()
    {
        var read = SubmissionForm.Read(FilledForm(), Gtvt, "vp.xlsx");
        Assert.True(read.IsValid, Show(read));
        Assert.DoesNotContain(read.Problems, p => p.Severity == Severity.Error);
        var expected = Gtvt.Indicators.Where(i => Gtvt.AppliesTo(i, "office"))
            .Select(i => Sample.Select("VP", Q1, i.Code)).OfType<Submission>().ToArray();
        Assert.NotEmpty(expected);
        var got = read.Value!.Submissions;
        Assert.Equal(expected.Length, got.Count);
        var at = expected.Max(s => s.RecordedAt);
        foreach (var e in expected)
        {
            var g = Assert.Single(got, s => s.IndicatorCode == e.IndicatorCode);
            Assert.Equal(e.Measurement, g.Measurement);
            Assert.Equal(e.Note, g.Note);
            Assert.Equal(e.Evidence, g.Evidence);
            Assert.Equal("VP", g.UnitId);
            Assert.Equal(Q1, g.Period);
            Assert.Equal(at, g.RecordedAt);
        }

        Assert.Equal("VP", read.Value.Units.Find("VP")!.Id);
    }

    [Fact]
    public void An_empty_form_says_every_empty_row_and_the_missing_recorded_at()
    {
        var read = SubmissionForm.Read(EmptyForm(), Gtvt, "vp.xlsx");
        Assert.False(read.IsValid);
        var recorded = Assert.Single(read.Problems, p => p.Severity == Severity.Error);
        Assert.Equal(ProblemCodes.MissingField, recorded.Code);
        Assert.Equal("2025-Q1!C6", recorded.Path);
        Assert.Equal("vp.xlsx", recorded.Source);
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.MissingField && p.Severity == Severity.Warning && p.Path == "2025-Q1!J" + RowOf(EmptyForm(), "T01"));
    }

    /// <summary>A form with the recorded-at cell and two figures typed in different ways.</summary>
    private static (byte[] Form, long T01, long T10) Typed(params (string Column, string Code, Func<string, XElement> Cell)[] cells)
    {
        var form = EmptyForm();
        long t01 = RowOf(form, "T01"), t10 = RowOf(form, "T10");
        var all = new List<(string, Func<string, XElement>)> { ("C6", Text("2026-01-10 09:00")) };
        all.AddRange(cells.Select(c => (c.Column + RowOf(form, c.Code), c.Cell)));
        return (SetCells(form, all.ToArray()), t01, t10);
    }

    [Fact]
    public void Typed_numbers_formulas_and_text_numbers_read_the_same()
    {
        var typed = SubmissionForm.Read(Typed(("J", "T01", Number("95")), ("K", "T01", Number("100")), ("I", "T10", Number("3"))).Form, Gtvt);
        var formulas = SubmissionForm.Read(Typed(("J", "T01", Formula("90+5", "95")), ("K", "T01", Formula("SUM(X1:X4)", "100")), ("I", "T10", Formula("1+2", "3.0000000000000004"))).Form, Gtvt);
        var text = SubmissionForm.Read(Typed(("J", "T01", Text(" 95 ")), ("K", "T01", Text("100")), ("I", "T10", Text("3"))).Form, Gtvt);
        foreach (var read in new[] { typed, formulas, text })
        {
            Assert.True(read.IsValid, Show(read));
            Assert.Equal(Measurement.Ratio(95, 100), read.Value!.Submissions.Single(s => s.IndicatorCode == "T01").Measurement);
            Assert.Equal(Measurement.Quantity(3), read.Value.Submissions.Single(s => s.IndicatorCode == "T10").Measurement);

            // 2026-01-10 09:00 at +07:00 is 02:00 UTC.
            Assert.Equal(Instant.FromUtc(2026, 1, 10, 2, 0), read.Value.Submissions[0].RecordedAt);
        }
    }

    [Fact]
    public void A_comma_decimal_in_a_Vietnamese_form_is_read_with_a_warning_and_refused_in_an_English_one()
    {
        var vi = SubmissionForm.Read(Typed(("I", "T21", Text("95,5"))).Form, Gtvt);
        Assert.True(vi.IsValid, Show(vi));
        Assert.Equal(Measurement.Percentage(95.5m), vi.Value!.Submissions.Single(s => s.IndicatorCode == "T21").Measurement);
        Assert.Contains(vi.Problems, p => p.Code == ProblemCodes.InvalidValue && p.Severity == Severity.Warning && p.Message.Contains("95.5", StringComparison.Ordinal));

        var en = SubmissionForm.Render(Gtvt, Q1, Unit("VP"), new FormOptions { Language = Language.En });
        en = SetCells(en, ("C6", Text("2026-01-10")), ("I" + RowOf(en, "T21"), Text("95,5")));
        var read = SubmissionForm.Read(en, Gtvt);
        var p = Assert.Single(read.Problems, p => p.Severity == Severity.Error);
        Assert.Equal(ProblemCodes.InvalidValue, p.Code);
        Assert.Equal("2025-Q1!I" + RowOf(en, "T21"), p.Path);
        Assert.Contains("write 95.5", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_percent_typed_where_counts_are_asked_is_located_with_a_hint()
    {
        var (form, t01, _) = Typed(("J", "T01", Text("95%")), ("K", "T01", Number("100")));
        var read = SubmissionForm.Read(form, Gtvt, "f.xlsx");
        var p = Assert.Single(read.Problems, p => p.Severity == Severity.Error);
        Assert.Equal(ProblemCodes.InvalidValue, p.Code);
        Assert.Equal("2025-Q1!J" + t01, p.Path);
        Assert.Contains("count", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_error_cell_is_located()
    {
        var (form, t01, _) = Typed(("J", "T01", Error("#DIV/0!")), ("K", "T01", Number("100")));
        var read = SubmissionForm.Read(form, Gtvt);
        var p = Assert.Single(read.Problems, p => p.Severity == Severity.Error);
        Assert.Equal(FormProblemCodes.FormulaError, p.Code);
        Assert.Equal("2025-Q1!J" + t01, p.Path);
        Assert.Contains("#DIV/0!", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_first_recorded_at_is_refused_with_the_ISO_form()
    {
        var form = SetCells(EmptyForm(), ("C6", Text("10/01/2026")));
        var p = Assert.Single(SubmissionForm.Read(form, Gtvt).Problems, p => p.Severity == Severity.Error);
        Assert.Equal(ProblemCodes.InvalidValue, p.Code);
        Assert.Equal("2025-Q1!C6", p.Path);
        Assert.Contains("2026-01-10", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_required_cell_and_a_numerator_above_its_denominator_are_located()
    {
        var form = EmptyForm();
        long t01 = RowOf(form, "T01"), t02 = RowOf(form, "T02");
        form = SetCells(form, ("C6", Text("2026-01-10")), ("J" + t01, Number("95")), ("J" + t02, Number("120")), ("K" + t02, Number("100")));
        var read = SubmissionForm.Read(form, Gtvt);
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.MissingField && p.Severity == Severity.Error && p.Path == "2025-Q1!K" + t01);
        Assert.Contains(read.Problems, p => p.Code == ProblemCodes.NumeratorExceedsDenominator && p.Path == "2025-Q1!J" + t02);
    }

    [Fact]
    public void The_recorded_at_instant_is_taken_from_the_modified_property_with_a_warning()
    {
        var form = SetCells(EmptyForm(), ("I" + RowOf(EmptyForm(), "T10"), Number("4")));
        form = AddEntry(form, "docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-01-12T03:04:05Z</dcterms:modified></cp:coreProperties>");
        form = EditEntry(form, "_rels/.rels", doc =>
        {
            XNamespace r = "http://schemas.openxmlformats.org/package/2006/relationships";
            doc.Root!.Add(new XElement(r + "Relationship", new XAttribute("Id", "rIdCore"), new XAttribute("Type", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"), new XAttribute("Target", "docProps/core.xml")));
            return doc;
        });
        var read = SubmissionForm.Read(form, Gtvt);
        Assert.True(read.IsValid, Show(read));
        Assert.Equal(Instant.FromUtc(2026, 1, 12, 3, 4, 5), read.Value!.Submissions.Single().RecordedAt);
        Assert.Contains(read.Problems, p => p.Code == FormProblemCodes.RecordedAtGuessed && p.Severity == Severity.Warning && p.Path == "2025-Q1!C6");
    }

    [Fact]
    public void A_form_for_another_framework_version_or_period_is_a_mismatch()
    {
        var form = SetCells(EmptyForm(), ("C6", Text("2026-01-10")), ("I" + RowOf(EmptyForm(), "T10"), Number("4")));
        var other = BuiltInFrameworks.Get(BuiltInFrameworks.Index7662022);
        Assert.Equal(FormProblemCodes.FormMismatch, Assert.Single(SubmissionForm.Read(form, other).Problems).Code);
        var q2 = SubmissionForm.Read(form, Gtvt, options: new FormReadOptions { Period = ReportingPeriod.ForQuarter(2025, 2, Gtvt.Calendar) });
        Assert.Equal(FormProblemCodes.FormMismatch, Assert.Single(q2.Problems).Code);

        var json = BuiltInFrameworks.GetJson(Gtvt.Id).Replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"", StringComparison.Ordinal);
        var v11 = Serialization.FrameworkJson.Read(json).Value!;
        var read = SubmissionForm.Read(form, v11);
        Assert.True(read.IsValid, Show(read));
        Assert.Contains(read.Problems, p => p.Code == FormProblemCodes.FormMismatch && p.Severity == Severity.Warning);
    }

    [Fact]
    public void A_renamed_row_or_changed_metadata_is_tampering()
    {
        var form = EmptyForm();
        long t01 = RowOf(form, "T01");
        var renamed = SetCells(form, ("C6", Text("2026-01-10")), ("C" + t01, Text("T02")), ("J" + t01, Number("1")), ("K" + t01, Number("2")));
        var p = Assert.Single(SubmissionForm.Read(renamed, Gtvt).Problems, p => p.Severity == Severity.Error);
        Assert.Equal(FormProblemCodes.FormTampered, p.Code);
        Assert.Equal("2025-Q1!C" + t01, p.Path);

        var meta = EditEntry(form, "xl/worksheets/sheet2.xml", doc =>
        {
            var t = doc.Descendants(Main + "t").First(t => t.Value == "2025-Q1");
            t.Value = "2025-Q2";
            return doc;
        });
        Assert.Equal(FormProblemCodes.FormTampered, Assert.Single(SubmissionForm.Read(meta, Gtvt).Problems).Code);
    }

    [Fact]
    public void Rows_moved_and_the_header_moved_read_the_same()
    {
        var (form, _, _) = Typed(("J", "T01", Number("95")), ("K", "T01", Number("100")), ("I", "T10", Number("3")), ("O", "T10", Text("ghi chú")));
        var before = SubmissionForm.Read(form, Gtvt);
        Assert.True(before.IsValid, Show(before));

        // Every row moves: data rows reversed and put above the header block, which moves down by 40 rows, and
        // every cell moves one column right (a column inserted before A).
        var moved = EditEntry(form, "xl/worksheets/sheet1.xml", doc =>
        {
            var rows = doc.Descendants(Main + "row").ToList();
            var data = rows.Where(r => r.Elements().Any(c => c.Value.StartsWith("cchc:row:", StringComparison.Ordinal))).Reverse().ToList();
            var rest = rows.Except(data).ToList();
            long n = 1;
            var order = data.Concat(rest.Select(r => r)).ToList();
            foreach (var row in order)
            {
                long number = n++ + (rest.Contains(row) ? 40 : 0);
                row.SetAttributeValue("r", number);
                foreach (var c in row.Elements(Main + "c"))
                {
                    string reference = (string)c.Attribute("r")!;
                    string letters = new(reference.TakeWhile(char.IsLetter).ToArray());
                    c.SetAttributeValue("r", (char)(letters[0] + 1) + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            var sheetData = doc.Root!.Element(Main + "sheetData")!;
            sheetData.RemoveNodes();
            sheetData.Add(order);
            return doc;
        });
        var after = SubmissionForm.Read(moved, Gtvt);
        Assert.True(after.IsValid, Show(after));
        Assert.Equal(Describe(before.Value!), Describe(after.Value!));
    }

    internal static string Describe(SubmissionSet set) => string.Join("\n", set.Submissions
        .Select(s => s.UnitId + " " + s.Period + " " + s.IndicatorCode + " " + s.Measurement + " " + s.RecordedAt + " " + s.Note + " | " + s.Evidence + " | " + s.SelfAssessedPoints + " " + s.AppraisedPoints)
        .Order(StringComparer.Ordinal));

    private static byte[] AddEntry(byte[] package, string name, string content)
    {
        using var input = new System.IO.Compression.ZipArchive(new MemoryStream(package), System.IO.Compression.ZipArchiveMode.Read);
        var entries = input.Entries.Select(e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            var bytes = m.ToArray();
            return (e.FullName, (Action<Stream>)(o => o.Write(bytes)));
        }).ToList();
        entries.Add((name, Utf8(content)));
        return Zip(entries.ToArray());
    }
}
