using System;
using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring;

namespace Cchc.Scoring.Dossiers;

/// <summary>
/// The counts of a <see cref="DossierAccumulator"/> at one moment, detached from it: the options that affect the
/// figures, the row counts and, per unit and period, the counters and the minute histograms. A state is small (it
/// grows with units, periods and distinct minutes, never with rows), is written as JSON (<see cref="ToJson"/>, format
/// in docs/dossiers.md) and read back (<see cref="Read"/>), and states of any split of the dossiers merge
/// (<see cref="Merge"/>) into exactly the state of one pass: count each province (or file, or day) apart, merge at
/// the centre. The rejected rows are counted by reason; their details stay with the run that read them.
/// </summary>
public sealed class DossierState
{
    /// <summary>The value of the state format's <c>format</c> field.</summary>
    public const string FormatName = "cchc-dossier-state";

    /// <summary>The version of the state format that <see cref="ToJson"/> writes and <see cref="Read"/> reads.</summary>
    public const int FormatVersion = 1;

    internal DossierState(DossierOptions options, string? source, long rowsUsed, long blankLines, long[] rejected, Group[] groups)
    {
        Options = options;
        Source = source;
        RowsUsed = rowsUsed;
        BlankLines = blankLines;
        Rejected = rejected;
        Groups = groups;
    }

    /// <summary>The options the counts were made with (<see cref="DossierOptions.MaxProblems"/> and <see cref="DossierOptions.Parallelism"/> are not part of a state and have their defaults).</summary>
    public DossierOptions Options { get; }

    /// <summary>The file or other source the state was read from, naming it in problems; null for a state not read.</summary>
    public string? Source { get; }

    /// <summary>Rows counted into the metrics.</summary>
    internal long RowsUsed { get; }

    /// <summary>Blank lines skipped.</summary>
    internal long BlankLines { get; }

    /// <summary>Rejected rows by <see cref="RejectReason"/> (index 0 unused).</summary>
    internal long[] Rejected { get; }

    /// <summary>The groups, by unit (ordinal) and period.</summary>
    internal Group[] Groups { get; }

    /// <summary>The metrics of the counts (with no problem details: a state keeps the rejected rows' counts, not their lines).</summary>
    /// <returns>The metrics.</returns>
    public DossierMetrics ToMetrics() => DossierAccumulator.FromState(this).ToMetrics(this);

    /// <summary>A new accumulator holding these counts, to add more dossiers or merge other accumulators into.</summary>
    /// <returns>The accumulator.</returns>
    public DossierAccumulator ToAccumulator() => DossierAccumulator.FromState(this);

    /// <summary>The state as JSON (docs/dossiers.md): canonical, so equal states give equal text.</summary>
    /// <returns>The JSON text, ending with a line end.</returns>
    /// <exception cref="InvalidOperationException">
    /// An explicit period of the options is not of the options' calendar (its name would be read back as another
    /// period): give periods made with the same calendar as the options.
    /// </exception>
    public string ToJson() => DossierStateJson.Write(this);

    /// <summary>Reads a state written by <see cref="ToJson"/>, checking everything and reporting every problem with its JSON path.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name, to locate problems and name the state in merge problems; null when not from a file.</param>
    /// <returns>The state, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<DossierState> Read(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DossierStateJson.Read(json, source);
    }

    /// <summary>
    /// Merges states as their accumulators would merge: the result is the state of all their dossiers counted in one
    /// pass, whatever the split and the order. States computed with options that give other figures (periods,
    /// granularity, calendar, units) are refused with a <see cref="DossierProblemCodes.StateMismatch"/> problem per
    /// difference, located in the state that differs from the first.
    /// </summary>
    /// <param name="states">The states, at least one.</param>
    /// <returns>The merged state (with the first state's options and no source), or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="states"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="states"/> is empty.</exception>
    public static ValidationResult<DossierState> Merge(IEnumerable<DossierState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var list = states.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one state is needed.", nameof(states));
        }

        foreach (var state in list)
        {
            ArgumentNullException.ThrowIfNull(state, nameof(states));
        }

        var first = list[0];
        var problems = new List<Problem>();
        foreach (var state in list.Skip(1))
        {
            foreach (var (field, mine, theirs) in Differences(first.Options, state.Options))
            {
                problems.Add(new Problem(
                    DossierProblemCodes.StateMismatch,
                    "This state was counted with " + field + " " + theirs + ", " + (first.Source ?? "the first state") + " with " + field + " " + mine
                    + ": states counted with other options give other figures and cannot be merged.",
                    "$.options." + field,
                    state.Source));
            }
        }

        if (problems.Count > 0)
        {
            return new ValidationResult<DossierState>(null, problems);
        }

        var total = first.ToAccumulator();
        try
        {
            foreach (var state in list.Skip(1))
            {
                total.Merge(state.ToAccumulator());
            }
        }
        catch (OverflowException)
        {
            return new ValidationResult<DossierState>(null, [new Problem(ProblemCodes.OutOfRange, "The merged counts go beyond the range of 64-bit integers.", "$", list[^1].Source)]);
        }

        return new ValidationResult<DossierState>(total.ToState(), []);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        (Source ?? "dossier state") + ": " + Groups.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " unit-periods";

    /// <summary>True when accumulators with these options count the same dossiers into the same figures.</summary>
    internal static bool SameFigures(DossierOptions a, DossierOptions b) => ReferenceEquals(a, b) || Differences(a, b).Count == 0;

    /// <summary>The options that differ in a way that changes the figures: (field, value in a, value in b).</summary>
    internal static List<(string Field, string Mine, string Theirs)> Differences(DossierOptions a, DossierOptions b)
    {
        var differences = new List<(string, string, string)>();
        if (!a.Calendar.Equals(b.Calendar))
        {
            differences.Add(("calendar", "'" + a.Calendar.Name + "'", "'" + b.Calendar.Name + "'"));
        }

        var pa = ExplicitPeriods(a);
        var pb = ExplicitPeriods(b);
        if (pa is null != pb is null || (pa is not null && !pa.SequenceEqual(pb!)))
        {
            differences.Add(("periods", PeriodsText(pa), PeriodsText(pb)));
        }
        else if (pa is null && a.Granularity != b.Granularity)
        {
            differences.Add(("granularity", "'" + GranularityName(a.Granularity) + "'", "'" + GranularityName(b.Granularity) + "'"));
        }

        if (a.Units is null != b.Units is null || (a.Units is not null && !a.Units.SequenceEqual(b.Units!, StringComparer.Ordinal)))
        {
            differences.Add(("units", UnitsText(a.Units), UnitsText(b.Units)));
        }

        return differences;
    }

    /// <summary>The explicit periods, or null when periods are derived from the dates (an empty list derives them too).</summary>
    internal static IReadOnlyList<ReportingPeriod>? ExplicitPeriods(DossierOptions options) =>
        options.Periods is { Count: > 0 } periods ? periods : null;

    /// <summary>The name of a granularity in the state format and on the command line.</summary>
    internal static string GranularityName(PeriodKind kind) => kind switch
    {
        PeriodKind.HalfYear => "half-year",
        PeriodKind.Quarter => "quarter",
        PeriodKind.Month => "month",
        _ => "year",
    };

    private static string PeriodsText(IReadOnlyList<ReportingPeriod>? periods) =>
        periods is null ? "derived from the dates" : string.Join(", ", periods.Select(p => p.ToString()));

    private static string UnitsText(IReadOnlyList<string>? units) =>
        units is null ? "any" : string.Join(", ", units);

    /// <summary>The counts of one unit in one period.</summary>
    internal sealed record Group(string Unit, ReportingPeriod Period, long[] Counters, KeyValuePair<int, long>[] Processing, KeyValuePair<int, long>[] Waiting);
}
