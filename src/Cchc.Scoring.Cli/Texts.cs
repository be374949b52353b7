using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>The words the command line prints, in Vietnamese and English.</summary>
internal sealed class Texts
{
    public static readonly Texts Vi = new()
    {
        Language = Language.Vi,
        UnitName = "Tên đơn vị",
        MaxPoints = "Điểm tối đa",
        IndicatorName = "Tên chỉ tiêu",
        Id = "Mã",
        Version = "Phiên bản",
        IndicatorCount = "Số chỉ tiêu",
        TotalPoints = "Tổng điểm",
        NoFrameworks = "(không có khung đánh giá dựng sẵn)",
        Kind = "Loại đơn vị",
        WhereToImprove = "Cần cải thiện (theo số điểm còn thiếu)",
        PointsAvailable = "Điểm còn thiếu",
        IndexGain = "Chỉ số tăng",
        Needed = "Cần đạt",
        Now = "Hiện tại",
        MoreItems = "Thêm (tử số)",
        NothingToImprove = "(không còn chỉ tiêu nào thiếu điểm)",
    };

    public static readonly Texts En = new()
    {
        Language = Language.En,
        UnitName = "Unit name",
        MaxPoints = "Max points",
        IndicatorName = "Indicator name",
        Id = "Id",
        Version = "Version",
        IndicatorCount = "Indicators",
        TotalPoints = "Total points",
        NoFrameworks = "(no built-in frameworks)",
        Kind = "Unit kind",
        WhereToImprove = "Where to improve (by points still available)",
        PointsAvailable = "Points available",
        IndexGain = "Index gain",
        Needed = "Needed",
        Now = "Now",
        MoreItems = "More items (numerator)",
        NothingToImprove = "(every indicator has full points)",
    };

    public required Language Language { get; init; }

    public string Framework => Glossary.Framework.Get(Language);

    public string VersionWord => Glossary.VersionWord.Get(Language);

    public string Period => Glossary.Period.Get(Language);

    public string AsOf => Glossary.AsOf.Get(Language);

    public string Unit => Glossary.Unit.Get(Language);

    public string Name => Glossary.Name.Get(Language);

    public required string UnitName { get; init; }

    public string Points => Glossary.Points.Get(Language);

    public string Max => Glossary.Max.Get(Language);

    public required string MaxPoints { get; init; }

    public string Index => Glossary.Index.Get(Language);

    public string Class => Glossary.Class.Get(Language);

    public string Area => Glossary.Area.Get(Language);

    public string Indicator => Glossary.Indicator.Get(Language);

    public required string IndicatorName { get; init; }

    public string Value => Glossary.Value.Get(Language);

    public string Target => Glossary.Target.Get(Language);

    public string Status => Glossary.Status.Get(Language);

    public required string Id { get; init; }

    public required string Version { get; init; }

    public required string IndicatorCount { get; init; }

    public required string TotalPoints { get; init; }

    public required string NoFrameworks { get; init; }

    public string Rank => Glossary.Rank.Get(Language);

    public required string Kind { get; init; }

    public string Fingerprint => Glossary.Fingerprint.Get(Language);

    public required string WhereToImprove { get; init; }

    public required string PointsAvailable { get; init; }

    public required string IndexGain { get; init; }

    public required string Needed { get; init; }

    public required string Now { get; init; }

    public required string MoreItems { get; init; }

    public string RollUpNote => Glossary.RollUpNote.Get(Language);

    public string Bonus => Glossary.Bonus.Get(Language);

    public string Deduction => Glossary.Deduction.Get(Language);

    public required string NothingToImprove { get; init; }

    public static Texts For(string? lang) => lang == "en" ? En : Vi;

    public string StatusWord(IndicatorStatus status) => StatusNames.Of(status).Get(Language);
}
