using System.Globalization;
using Cchc.Scoring;

namespace Cchc.Scoring.Reports;

/// <summary>The words of the HTML report's sensitivity section (rank intervals, class probabilities), in Vietnamese and English.</summary>
internal sealed class SensitivityReportTexts
{
    public static readonly SensitivityReportTexts Vi = new()
    {
        Language = Language.Vi,
        Heading = "Độ tin cậy của thứ hạng (phân tích độ nhạy)",
        Samples = "Số mẫu",
        Seed = "Hạt giống",
        Varied = "Lựa chọn được thay đổi",
        Nothing = "không có (mỗi khoảng bằng đúng hạng danh nghĩa)",
        Intervals = "Khoảng thứ hạng",
        IntervalsNote = "Chấm tròn: hạng danh nghĩa (theo khung đánh giá như đã công bố). Thanh: khoảng từ phân vị 5 đến phân vị 95 của thứ hạng qua các mẫu (90 % số mẫu). Vạch đứng: hạng trung vị. Hai đơn vị có khoảng chồng lên nhau thì chênh lệch thứ hạng giữa chúng chưa đủ tin cậy.",
        Nominal = "Hạng danh nghĩa",
        Median = "Trung vị",
        Interval = "Khoảng 5–95 %",
        Probabilities = "Xác suất xếp loại",
        ProbabilitiesNote = "Tỷ lệ số mẫu đơn vị rơi vào từng loại; các phần của mỗi thanh cộng lại bằng 100 %.",
        NoClass = "Không xếp loại",
        MostInfluential = "Ảnh hưởng nhiều nhất",
        NotRanked = "không có hạng",
        Method = "Phương pháp: docs/sensitivity.md (cùng hạt giống cho cùng kết quả trên mọi máy).",
    };

    public static readonly SensitivityReportTexts En = new()
    {
        Language = Language.En,
        Heading = "How far to trust the ranks (sensitivity analysis)",
        Samples = "Samples",
        Seed = "Seed",
        Varied = "Choices varied",
        Nothing = "none (every interval is exactly the nominal rank)",
        Intervals = "Rank intervals",
        IntervalsNote = "Dot: the nominal rank (the framework as published). Bar: the 5th to 95th percentile of the rank over the samples (90 % of the samples). Upright mark: the median rank. Where two units' intervals overlap, the order between them is not settled.",
        Nominal = "Nominal rank",
        Median = "Median",
        Interval = "5–95 % interval",
        Probabilities = "Class probabilities",
        ProbabilitiesNote = "The share of the samples in which the unit falls in each class; the parts of each bar add up to 100 %.",
        NoClass = "No class",
        MostInfluential = "Moves the rank most",
        NotRanked = "not ranked",
        Method = "Method: docs/sensitivity.md (the same seed gives the same result on any machine).",
    };

    public required Language Language { get; init; }

    public required string Heading { get; init; }

    public required string Samples { get; init; }

    public required string Seed { get; init; }

    public required string Varied { get; init; }

    public required string Nothing { get; init; }

    public required string Intervals { get; init; }

    public required string IntervalsNote { get; init; }

    public required string Nominal { get; init; }

    public required string Median { get; init; }

    public required string Interval { get; init; }

    public required string Probabilities { get; init; }

    public required string ProbabilitiesNote { get; init; }

    public required string NoClass { get; init; }

    public required string MostInfluential { get; init; }

    public required string NotRanked { get; init; }

    public required string Method { get; init; }

    public string Rank => Glossary.Rank.Get(Language);

    public string Unit => Glossary.Unit.Get(Language);

    public string Class => Glossary.Class.Get(Language);

    public static SensitivityReportTexts For(Language language) => language == Language.Vi ? Vi : En;

    /// <summary>An input of the analysis in words: <c>weight:A1</c> → "trọng số A1", <c>survey</c> → "khảo sát có tổ chức hay không".</summary>
    public string InputWord(string input)
    {
        bool vi = Language == Language.Vi;
        if (input.StartsWith("weight:", System.StringComparison.Ordinal))
        {
            return (vi ? "trọng số " : "weight of ") + input["weight:".Length..];
        }

        return input switch
        {
            "roundingMode" => vi ? "kiểu làm tròn" : "rounding mode",
            "roundingDigits" => vi ? "số chữ số làm tròn" : "rounding digits",
            "unitRollUp" => vi ? "cách tổng hợp đơn vị" : "unit roll-up",
            "missingData" => vi ? "cách xử lý số liệu thiếu" : "missing-data policy",
            "survey" => vi ? "khảo sát có tổ chức hay không" : "survey held or not",
            _ => input,
        };
    }

    /// <summary>What varied, in words, from the options the analysis ran with and the inputs it drew.</summary>
    public string VariedText(SensitivityResult result)
    {
        bool vi = Language == Language.Vi;
        var o = result.Options;
        var parts = new System.Collections.Generic.List<string>();
        int weights = 0;
        foreach (string input in result.Inputs)
        {
            weights += input.StartsWith("weight:", System.StringComparison.Ordinal) ? 1 : 0;
        }

        if (weights > 0)
        {
            bool areas = o.Weights == WeightVariation.Areas;
            string range = " ±" + ViNumber.Short(o.WeightRange * 100) + " %";
            parts.Add(vi
                ? "trọng số của " + ViNumber.Invariant(weights) + (areas ? " lĩnh vực" : " chỉ tiêu") + range
                : "the weights of " + ViNumber.Invariant(weights) + (areas ? (weights == 1 ? " area" : " areas") : (weights == 1 ? " indicator" : " indicators")) + range);
        }

        string Choices(int count) => " (" + ViNumber.Invariant(count) + (vi ? " lựa chọn)" : count == 1 ? " choice)" : " choices)");
        foreach (string input in result.Inputs)
        {
            switch (input)
            {
                case "roundingMode":
                    parts.Add(InputWord(input) + Choices(o.RoundingModes.Count));
                    break;
                case "roundingDigits":
                    parts.Add(InputWord(input) + ": " + string.Join(", ", System.Linq.Enumerable.Select(o.RoundingDigits, d => d.ToString(CultureInfo.InvariantCulture))));
                    break;
                case "unitRollUp":
                    parts.Add(InputWord(input) + Choices(o.UnitRollUps.Count));
                    break;
                case "missingData":
                    parts.Add(InputWord(input) + Choices(o.MissingData.Count));
                    break;
                case "survey":
                    parts.Add(InputWord(input) + (vi ? " (mỗi khả năng 50 %)" : " (50 % each)"));
                    break;
            }
        }

        return parts.Count == 0 ? Nothing : string.Join("; ", parts);
    }
}
