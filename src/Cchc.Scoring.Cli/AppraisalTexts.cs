using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>The words of <c>cchc appraisal</c>, in Vietnamese and English; the shared ones come from <see cref="Glossary"/>.</summary>
internal sealed class AppraisalTexts
{
    public static readonly AppraisalTexts Vi = new()
    {
        Language = Language.Vi,
        Criterion = "Tiêu chí",
        Final = "Quyết định",
        Counted = "Điểm tính",
        Difference = "Chênh lệch",
        Accepted = "chấp nhận",
        NotAccepted = "không chấp nhận",
        Pending = "chờ xem xét",
        NotGiven = "chưa có",
        Complete = "đủ",
        Missing = "thiếu",
        CountsZero = "tính 0 điểm",
        Explained = "đã giải trình",
        Of = "/",
        PointsWord = "điểm",
    };

    public static readonly AppraisalTexts En = new()
    {
        Language = Language.En,
        Criterion = "criterion",
        Final = "final",
        Counted = "points",
        Difference = "difference",
        Accepted = "accepted",
        NotAccepted = "not accepted",
        Pending = "pending",
        NotGiven = "not given",
        Complete = "complete",
        Missing = "missing",
        CountsZero = "counts 0",
        Explained = "explained",
        Of = " of ",
        PointsWord = "points",
    };

    public required Language Language { get; init; }

    /// <summary>The first column's header.</summary>
    public required string Criterion { get; init; }

    public string Self => Language == Language.Vi ? Glossary.SelfAssessment.Vi : "self";

    public string Round(int n) => (Language == Language.Vi ? Glossary.AppraisalRound.Vi : "round") + " " + Format.Int(n);

    public string Explanation => Language == Language.Vi ? Glossary.Explanation.Vi : "explanation";

    /// <summary>The final decision's column header.</summary>
    public required string Final { get; init; }

    /// <summary>The points that count.</summary>
    public required string Counted { get; init; }

    public string Stage => Language == Language.Vi ? Glossary.Stage.Vi : "stage";

    public required string Difference { get; init; }

    public string Evidence => Language == Language.Vi ? Glossary.Evidence.Vi : "evidence";

    public required string Accepted { get; init; }

    public required string NotAccepted { get; init; }

    public required string Pending { get; init; }

    public string Figures => Glossary.FromFigures.Get(Language);

    public string Published => Glossary.Published.Get(Language);

    public required string NotGiven { get; init; }

    public required string Complete { get; init; }

    public required string Missing { get; init; }

    public required string CountsZero { get; init; }

    public required string Explained { get; init; }

    /// <summary>"16 of 20 points" / "16/20 điểm".</summary>
    public required string Of { get; init; }

    public required string PointsWord { get; init; }

    public static AppraisalTexts For(Language language) => language == Language.Vi ? Vi : En;

    /// <summary>"Unit SNV, period 2025, as of …: 16 of 20 points, index 80" in the language.</summary>
    public string Heading(string unitId, string period, string? asOf, string points, string max, string index) =>
        Glossary.Unit.Get(Language) + " " + unitId + ", " + (Language == Language.Vi ? "kỳ " : "period ") + period
        + (asOf is null ? string.Empty : ", " + (Language == Language.Vi ? "tính đến " : "as of ") + asOf)
        + ": " + points + Of + max + " " + PointsWord + ", " + (Language == Language.Vi ? "chỉ số " : "index ") + index;
}
