using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;

namespace Cchc.Scoring.Cli;

/// <summary>
/// <c>cchc sensitivity</c>: how far each unit's rank moves when weights, rounding, the unit roll-up method or the
/// missing-data policy vary, or whether the survey is held (docs/sensitivity.md): nominal rank, median, 5th–95th percentile interval, class
/// probabilities and the input that moves the rank most.
/// </summary>
internal static class SensitivityCommand
{
    private static readonly HashSet<int> Numbers = [0, 2, 3, 4];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = JobOptions.ForScoring();
        var analysis = new SensitivityCliOptions();
        var groupBy = CliApp.GroupByOption();
        var format = CliApp.TableOrJsonOption();
        var lang = CliApp.LanguageOption();
        var command = new Command("sensitivity", "How much to trust a rank: ranks under varied weights, rounding, roll-up, missing-data policy and survey; rank intervals and class probabilities.");
        inputs.AddTo(command);
        analysis.AddTo(command);
        foreach (var option in new Option[] { groupBy, format, lang })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var problems = new List<Problem>();
            var job = inputs.Load(parse, error, problems, choosePeriod: true, out int exit);
            if (job is null)
            {
                return exit;
            }

            var framework = job.Framework;
            var options = analysis.Options(parse, framework, parse.GetValue(groupBy) == "kind", out var refused);
            if (refused is not null)
            {
                CliApp.Report(error, [refused]);
                return CliApp.UsageError;
            }

            var result = SensitivityAnalysis.Run(framework, job.Submissions, job.Request(null), options);
            problems.AddRange(result.Nominal.Problems);
            if (problems.Any(p => p.Severity == Severity.Error))
            {
                return CliApp.Fail(error, problems);
            }

            CliApp.Report(error, problems);
            if (parse.GetValue(format) == "json")
            {
                output.Write(SensitivityJson.Write(result));
            }
            else
            {
                WriteTable(output, result, Texts.For(parse.GetValue(lang)));
            }

            return CliApp.Success;
        });
        return command;
    }

    private static void WriteTable(TextWriter output, SensitivityResult result, Texts texts)
    {
        bool vi = texts.Language == Language.Vi;
        var nominal = result.Nominal;
        ScoreTable.Heading(output, nominal.Framework, texts);
        Format.Line(output, (vi ? "Kỳ: " : "Period: ") + nominal.Request.Period.ToString());
        Format.Line(output, texts.Fingerprint + ": " + nominal.Fingerprint);
        Format.Line(output, (vi ? "Số mẫu: " : "Samples: ") + Format.Int(result.Samples) + (vi ? ", hạt giống: " : ", seed: ") + result.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + (vi ? "; thay đổi: " : "; varied: ") + (result.Inputs.Count == 0 ? (vi ? "không có" : "nothing") : string.Join(", ", Varied(result.Inputs, vi))));
        foreach (var group in result.Units.GroupBy(u => u.Group, System.StringComparer.Ordinal))
        {
            Format.Line(output);
            if (result.Options.RankByKind)
            {
                Format.Line(output, texts.Kind + ": " + texts.KindWord(group.Key));
            }

            var rows = new List<string[]>
            {
                vi
                    ? ["Hạng", "Đơn vị", "Chỉ số", "Trung vị", "Khoảng 5–95 %", "Xác suất xếp loại", "Ảnh hưởng nhiều nhất"]
                    : ["Rank", "Unit", "Index", "Median", "5–95 % interval", "Class probabilities", "Moves the rank most"],
            };
            foreach (var u in group.OrderBy(u => u.NominalRank ?? int.MaxValue).ThenBy(u => u.UnitId, System.StringComparer.Ordinal))
            {
                rows.Add(
                [
                    u.NominalRank is int rank ? Format.Int(rank) : "-",
                    u.UnitId,
                    u.NominalIndex is decimal index ? Format.Fixed2(index) : "-",
                    u.MedianRank is decimal median ? Format.Short(median) : "-",
                    u.RankLow is int low && u.RankHigh is int high ? Format.Int(low) + "–" + Format.Int(high) : "-",
                    string.Join(" ", u.ClassProbabilities.Where(c => c.Probability > 0).Select(c => (c.Class ?? "-") + " " + Format.Short(c.Probability * 100) + "%")),
                    u.MostInfluential ?? "-",
                ]);
            }

            Format.Table(output, rows, Numbers);
        }

        Format.Line(output);
        Format.Line(output, vi
            ? "Khoảng 5–95 %: hạng ở phân vị 5 và 95 của các mẫu. Ảnh hưởng nhiều nhất: lựa chọn có tỷ lệ phương sai bậc nhất lớn nhất (docs/sensitivity.md)."
            : "5–95 % interval: the ranks at the 5th and 95th percentiles of the samples. Moves the rank most: the choice with the largest first-order variance share (docs/sensitivity.md).");
    }

    private static IEnumerable<string> Varied(IReadOnlyList<string> inputs, bool vi)
    {
        int weights = inputs.Count(i => i.StartsWith("weight:", System.StringComparison.Ordinal));
        if (weights > 0)
        {
            yield return Format.Int(weights) + (vi ? " trọng số" : weights == 1 ? " weight" : " weights");
        }

        foreach (string input in inputs.Where(i => !i.StartsWith("weight:", System.StringComparison.Ordinal)))
        {
            yield return input;
        }
    }
}
