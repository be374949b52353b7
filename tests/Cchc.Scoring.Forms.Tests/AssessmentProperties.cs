using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Cchc.Scoring.Forms.Tests.AssessmentForms;

namespace Cchc.Scoring.Forms.Tests;

public sealed class AssessmentProperties
{
    private static Gen<string?> Note => Gen.Elements<string?>(null, "ghi chú", "Sở GTVT, \"quý 1\"; ok", "line\nbreak", "Quyết định 123/QĐ-UBND");

    private static Gen<EvidenceReference> Reference =>
        from title in Gen.Elements("Kế hoạch CCHC 2025", "Báo cáo, \"năm\"", "Quyết định 5/QĐ")
        from kind in Gen.Choose(0, 2)
        from meets in Gen.Elements<string?>(null, "plan", "report")
        from day in Gen.Choose(1, 365)
        select kind switch
        {
            0 => new EvidenceReference(title, documentNumber: "12/KH-SNV", documentDate: new LocalDate(2025, 1, 1).PlusDays(day - 1), meets: meets),
            1 => new EvidenceReference(title, fileName: "tệp " + day.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".pdf", sha256: new string("0123456789abcdef"[day % 16], 64), meets: meets),
            _ => new EvidenceReference(title, url: "https://snv.example.gov.vn/d/" + day.ToString(System.Globalization.CultureInfo.InvariantCulture), meets: meets),
        };

    /// <summary>One unit's entries of one stage for one period, recorded at one instant: what an assessment form holds.</summary>
    public static Arbitrary<(AssessmentFormOptions Options, AssessmentRecords Records)> StageEntries() =>
        (from appraisal in Gen.Elements(false, true)
         from council in Gen.Elements(false, true)
         from chosen in Gen.SubListOf(new[] { Plan.FindIndicator("I1")!, Plan.FindIndicator("I2")! })
         from second in Gen.Choose(0, 1_000_000)
         let at = Instant.FromUtc(2026, 1, 1, 0, 0).Plus(Duration.FromSeconds(second))
         from entries in Gen.CollectToSequence(chosen, i =>
             from quarters in Gen.Choose(0, (int)i.MaxPoints * 4)
             from note in Note
             from count in Gen.Choose(0, 3)
             from evidence in Gen.ListOf(Reference, count)
             select appraisal
                 ? new AssessmentEntry("SNV", Year, i.Code, AssessmentEntryKind.Appraisal, at, council ? AssessorRole.Council : AssessorRole.AppraisalTeam, quarters / 4m, 1, note)
                 : new AssessmentEntry("SNV", Year, i.Code, AssessmentEntryKind.SelfAssessment, at, AssessorRole.Unit, quarters / 4m, text: note, evidence: evidence.Distinct()))
         let options = new AssessmentFormOptions
         {
             Stage = appraisal ? AssessmentFormStage.Appraisal : AssessmentFormStage.SelfAssessment,
             Appraiser = council ? AssessorRole.Council : AssessorRole.AppraisalTeam,
             Records = new AssessmentRecords(entries),
             EvidenceRows = 2,
         }
         select (options, options.Records!)).ToArbitrary();

    [Property(MaxTest = 30, Arbitrary = [typeof(AssessmentProperties)])]
    public bool Any_entries_written_as_a_form_read_back_the_same_in_any_order_of_the_criteria((AssessmentFormOptions Options, AssessmentRecords Records) input, int seed)
    {
        var form = AssessmentForm.Render(Plan, Year, Snv, input.Options);

        // The criteria rows sorted in another order (the evidence rows keep theirs: the order of an entry's evidence is the order given).
        var shuffled = Workbooks.EditEntry(form, "xl/worksheets/sheet1.xml", doc =>
        {
            var data = doc.Root!.Element(Workbooks.Main + "sheetData")!;
            var rows = data.Elements(Workbooks.Main + "row").Where(r => r.Elements().Any(c => c.Value.StartsWith("cchc:row:", System.StringComparison.Ordinal))).ToList();
            var numbers = rows.Select(r => (long)r.Attribute("r")!).ToList();
            var random = new System.Random(seed);
            var order = rows.OrderBy(_ => random.Next()).ToList();
            for (int i = 0; i < order.Count; i++)
            {
                order[i].SetAttributeValue("r", numbers[i]);
                foreach (var c in order[i].Elements(Workbooks.Main + "c"))
                {
                    string reference = (string)c.Attribute("r")!;
                    c.SetAttributeValue("r", new string(reference.TakeWhile(char.IsLetter).ToArray()) + numbers[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            rows.ForEach(r => r.Remove());
            var rest = data.Elements(Workbooks.Main + "row").ToList();
            rest.ForEach(r => r.Remove());
            data.Add(rest.Concat(order).OrderBy(r => (long)r.Attribute("r")!));
            return doc;
        });
        foreach (var bytes in new[] { form, shuffled })
        {
            var read = AssessmentForm.Read(bytes, Plan, "snv.xlsx");
            if (input.Records.IsEmpty)
            {
                // Nothing entered: the recorded-at cell is empty too, and that is the one error.
                if (read.Problems.Count(p => p.Severity == Severity.Error) != 1)
                {
                    return false;
                }

                continue;
            }

            if (!read.IsValid || Describe(read.Value!) != Describe(input.Records))
            {
                return false;
            }
        }

        return true;
    }
}
