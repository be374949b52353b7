using System;
using System.Collections.Generic;
using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>
/// Words for the free-text codes of the input files: kinds of unit (<c>department</c>, <c>division</c>, …, from the
/// core's glossary) and units of measure (<c>%</c>, <c>minutes per dossier</c>, …). A code this table does not know is
/// printed as written.
/// </summary>
internal static class Words
{
    private static readonly Dictionary<string, LocalizedText> Measures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["%"] = new("%", "%"),
        ["% of the prescribed time"] = new("% thời gian quy định", "% of the prescribed time"),
        ["minutes"] = new("phút", "minutes"),
        ["phút"] = new("phút", "minutes"),
        ["minutes per dossier"] = new("phút/hồ sơ", "minutes per dossier"),
        ["minutes per transaction"] = new("phút/giao dịch", "minutes per transaction"),
        ["days"] = new("ngày", "days"),
        ["ngày"] = new("ngày", "days"),
        ["staff positions"] = new("vị trí việc làm", "staff positions"),
        ["units"] = new("đơn vị", "units"),
        ["yes/no"] = new("có/không", "yes/no"),
    };

    /// <summary>A kind of unit in <paramref name="language"/> (the core's <see cref="Glossary.UnitKind"/>); an unknown kind as written, an empty one as <c>-</c>.</summary>
    public static string Kind(string kind, Language language) =>
        kind.Length == 0 ? "-" : Glossary.UnitKind(kind.ToLowerInvariant()).Get(language);

    /// <summary>A unit of measure in <paramref name="language"/>; an unknown one as written.</summary>
    public static string Measure(string unitOfMeasure, Language language) =>
        Measures.TryGetValue(unitOfMeasure, out var word) ? word.Get(language) : unitOfMeasure;
}
