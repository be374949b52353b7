using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Cchc.Scoring.Forms.Tests.Workbooks;

namespace Cchc.Scoring.Forms.Tests;

public sealed class Properties
{
    private static readonly Indicator[] Indicators = Gtvt.Indicators.ToArray();

    private static Gen<decimal> Count => Gen.Choose(0, 100_000).Select(i => (decimal)i);

    private static Gen<Measurement> MeasurementOf(MeasureKind kind) => kind switch
    {
        MeasureKind.Ratio => from d in Gen.Choose(0, 5000) from n in Gen.Choose(0, d) from x in Gen.Choose(0, d - n) select Measurement.Ratio(n, d, x),
        MeasureKind.Duration => from m in Gen.Choose(0, 99_999) from c in Gen.Elements<int?>(null, 1, 17, 400) select c is int n ? Measurement.Duration(m / 100m, n) : Measurement.Duration(m / 100m),
        MeasureKind.Percentage => Gen.Choose(0, 10_000).Select(p => Measurement.Percentage(p / 100m)),
        MeasureKind.YesNo => Gen.Elements(true, false).Select(Measurement.YesNo),
        _ => Count.Select(Measurement.Quantity),
    };

    private static Gen<string?> Text => Gen.Elements<string?>(null, "ghi chú", "Sở GTVT, \"quý 1\"; ok", "  spaces  ", "line\nbreak", "Quyết định 123/QĐ-UBND");

    private static Gen<Submission> SubmissionFor(string unit, ReportingPeriod period, Indicator indicator, Gen<Instant> at) =>
        from na in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from m in MeasurementOf(indicator.Measure)
        from instant in at
        from note in Text
        from evidence in Text
        select new Submission(unit, period, indicator.Code, na ? Measurement.NotApplicable(indicator.Measure) : m, instant, new SubmissionOptions { Note = note, Evidence = evidence });

    private static readonly ReportingPeriod[] Periods =
    [
        ReportingPeriod.ForYear(2024, Gtvt.Calendar), ReportingPeriod.ForQuarter(2025, 1, Gtvt.Calendar), ReportingPeriod.ForHalfYear(2025, 2, Gtvt.Calendar), ReportingPeriod.ForMonth(2025, 7, Gtvt.Calendar),
    ];

    /// <summary>Any set of revisions (several per indicator, any instants): what CSV holds.</summary>
    public static Arbitrary<SubmissionSet> AnySet() =>
        (from size in Gen.Choose(0, 30)
         from keys in Gen.ListOf(
             from unit in Gen.Elements("VP", "KHTC", "TTDK")
             from period in Gen.Elements(Periods)
             from indicator in Gen.Elements(Indicators)
             select (unit, period, indicator), size)
         from subs in Gen.CollectToSequence(keys.Distinct(), k => SubmissionFor(k.unit, k.period, k.indicator, Gen.Choose(0, 1_000_000).Select(s => Instant.FromUtc(2026, 1, 1, 0, 0).Plus(Duration.FromSeconds(s)))))
         select new SubmissionSet(subs)).ToArbitrary();

    /// <summary>One unit's figures for one period, recorded at one instant: what a form holds.</summary>
    public static Arbitrary<(Unit Unit, SubmissionSet Set)> FormSet() =>
        (from unitId in Gen.Elements("VP", "KHTC", "TTDK", "SO")
         let unit = Unit(unitId)
         let due = Indicators.Where(i => Gtvt.AppliesTo(i, unit.Kind)).ToArray()
         from chosen in Gen.SubListOf(due)
         from second in Gen.Choose(0, 1_000_000)
         let at = Instant.FromUtc(2026, 1, 1, 0, 0).Plus(Duration.FromSeconds(second))
         from subs in Gen.CollectToSequence(chosen, i => SubmissionFor(unitId, Q1, i, Gen.Constant(at)))
         select (unit, new SubmissionSet(subs))).ToArbitrary();

    [Property(MaxTest = 60, Arbitrary = [typeof(Properties)])]
    public bool Any_set_written_as_CSV_reads_back_the_same(SubmissionSet set)
    {
        var read = SubmissionCsv.ReadUtf8(SubmissionCsv.Write(set), Gtvt);
        return read.IsValid && FormTests.Describe(read.Value!) == FormTests.Describe(set);
    }

    [Property(MaxTest = 25, Arbitrary = [typeof(Properties)])]
    public bool Any_set_written_as_a_form_reads_back_the_same_in_any_row_order((Unit Unit, SubmissionSet Set) input, int seed)
    {
        var form = SubmissionForm.Render(Gtvt, Q1, input.Unit, new FormOptions { Filled = input.Set, Units = Sample.Units });
        var shuffled = EditEntry(form, "xl/worksheets/sheet1.xml", doc =>
        {
            var data = doc.Root!.Element(Main + "sheetData")!;
            var rows = data.Elements(Main + "row").Where(r => r.Elements().Any(c => c.Value.StartsWith("cchc:row:", StringComparison.Ordinal))).ToList();
            var numbers = rows.Select(r => (long)r.Attribute("r")!).ToList();
            var random = new System.Random(seed);
            var order = rows.OrderBy(_ => random.Next()).ToList();
            for (int i = 0; i < order.Count; i++)
            {
                order[i].SetAttributeValue("r", numbers[i]);
                foreach (var c in order[i].Elements(Main + "c"))
                {
                    string reference = (string)c.Attribute("r")!;
                    c.SetAttributeValue("r", new string(reference.TakeWhile(char.IsLetter).ToArray()) + numbers[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            rows.ForEach(r => r.Remove());
            data.Add(order.OrderBy(r => (long)r.Attribute("r")!));
            return doc;
        });
        foreach (var bytes in new[] { form, shuffled })
        {
            var read = SubmissionForm.Read(bytes, Gtvt);
            if (input.Set.Submissions.Count == 0)
            {
                // Nothing entered: the recorded-at cell is empty too, and that is the one error.
                if (read.Problems.Count(p => p.Severity == Severity.Error) != 1)
                {
                    return false;
                }

                continue;
            }

            if (!read.IsValid || FormTests.Describe(read.Value!) != FormTests.Describe(input.Set))
            {
                return false;
            }
        }

        return true;
    }
}
