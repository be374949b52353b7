using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;

namespace Cchc.Scoring.Cli;

/// <summary>
/// <c>cchc sensitivity</c>: how far each unit's rank moves when weights, rounding, the unit roll-up method or the
/// missing-data policy vary (docs/sensitivity.md): nominal rank, median, 5th–95th percentile interval, class
/// probabilities and the input that moves the rank most.
/// </summary>
internal static class SensitivityCommand
{
    private static readonly HashSet<int> Numbers = [0, 2, 3, 4];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = JobOptions.ForScoring();
        var weights = new Option<decimal>("--weights")
        {
            Description = "Vary each weight within ± this many per cent (renormalised to the same total), e.g. 10; 0 (the default) keeps the weights.",
            HelpName = "PERCENT",
        };
        weights.Validators.Add(result =>
        {
            decimal v = result.GetValueOrDefault<decimal>();
            if (v < 0 || v > 90)
            {
                result.AddError("--weights must be 0 to 90 (per cent).");
            }
        });
        var weightsOf = new Option<string>("--weights-of")
        {
            Description = "Which weights vary: areas (the default) or indicators.",
            DefaultValueFactory = _ => "areas",
        };
        weightsOf.AcceptOnlyFromAmong("areas", "indicators");
        var rounding = new Option<bool>("--rounding") { Description = "Vary the rounding: every mode (half away from zero, half to even, truncate) and the framework's digits − 1, + 0 or + 1." };
        var rollUps = new Option<bool>("--vary-roll-up") { Description = "Vary the unit roll-up method of every indicator: pool, mean or own (needs --roll-up to change anything)." };
        var missing = new Option<bool>("--missing") { Description = "Vary the missing-data policy of every indicator: zero, notApplicable, carryForward:1 or peerMean." };
        var samples = new Option<int>("--samples")
        {
            Description = "How many samples to draw (1 to 100000).",
            DefaultValueFactory = _ => 1000,
        };
        samples.Validators.Add(result =>
        {
            int v = result.GetValueOrDefault<int>();
            if (v < 1 || v > SensitivityOptions.MaxSamples)
            {
                result.AddError("--samples must be 1 to 100000.");
            }
        });
        var seed = new Option<ulong>("--seed")
        {
            Description = "The seed: the same seed gives the same result on any machine.",
            DefaultValueFactory = _ => 1,
        };
        var groupBy = new Option<string>("--group-by", "-g")
        {
            Description = "Rank within groups: 'kind' ranks units of each kind separately.",
            HelpName = "kind",
        };
        groupBy.AcceptOnlyFromAmong("kind");
        var format = new Option<string>("--format")
        {
            Description = "The output format.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var lang = CliApp.LanguageOption();
        var command = new Command("sensitivity", "How much to trust a rank: ranks under varied weights, rounding, roll-up and missing-data policy; rank intervals and class probabilities.");
        inputs.AddTo(command);
        foreach (var option in new Option[] { weights, weightsOf, rounding, rollUps, missing, samples, seed, groupBy, format, lang })
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
            int digits = framework.Rounding.Digits;
            bool varyRounding = parse.GetValue(rounding);
            var options = new SensitivityOptions
            {
                Samples = parse.GetValue(samples),
                Seed = parse.GetValue(seed),
                Weights = parse.GetValue(weights) == 0 ? WeightVariation.None : parse.GetValue(weightsOf) == "indicators" ? WeightVariation.Indicators : WeightVariation.Areas,
                WeightRange = parse.GetValue(weights) / 100,
                RoundingModes = varyRounding ? [RoundingMode.HalfAwayFromZero, RoundingMode.HalfToEven, RoundingMode.Truncate] : [],
                RoundingDigits = varyRounding ? new[] { digits - 1, digits, digits + 1 }.Where(d => d is >= 0 and <= 10).ToArray() : [],
                UnitRollUps = parse.GetValue(rollUps) ? [UnitRollUpMethod.Pool, UnitRollUpMethod.Mean, UnitRollUpMethod.Own] : [],
                MissingData = parse.GetValue(missing) ? [MissingDataPolicy.Zero, MissingDataPolicy.NotApplicable, MissingDataPolicy.CarryForward(1), MissingDataPolicy.PeerMean] : [],
                RankByKind = parse.GetValue(groupBy) == "kind",
            };
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
