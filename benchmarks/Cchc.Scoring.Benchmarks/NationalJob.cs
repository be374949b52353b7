using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;

namespace Cchc.Scoring.Benchmarks;

/// <summary>
/// The national-scale job, generated deterministically: a framework of 50 ratio indicators in 5 areas (100 points),
/// N reporting units (kind <c>unit</c>) under N/20 departments (kind <c>department</c>, which submit nothing), and one
/// ratio submission per reporting unit, indicator and quarter of 2025, all recorded at the same instant. Figures come
/// from a counter-based hash of (unit, indicator, quarter), so any part can be recomputed on its own and every run
/// sees the same data. Also compiled into <c>benchmarks/Cchc.Scoring.National.Benchmarks</c>.
/// </summary>
/// <remarks>
/// Every call into the library is in the region "Library calls" at the end, so that the rest stays valid when the
/// public API moves.
/// </remarks>
public sealed class NationalJob
{
    /// <summary>Areas of the framework.</summary>
    public const int AreaCount = 5;

    /// <summary>Indicators per area.</summary>
    public const int IndicatorsPerArea = 10;

    /// <summary>Indicators of the framework.</summary>
    public const int IndicatorCount = AreaCount * IndicatorsPerArea;

    /// <summary>Reporting units per department.</summary>
    public const int UnitsPerDepartment = 20;

    /// <summary>Quarters submitted per unit and indicator.</summary>
    public const int Quarters = 4;

    /// <summary>Points of each indicator (50 × 2 = 100).</summary>
    public const int MaxPointsPerIndicator = 2;

    /// <summary>The year scored.</summary>
    public const int Year = 2025;

    private const ulong Seed = 0x5EED_CCC0_2025UL;

    /// <summary>Creates the job for <paramref name="units"/> reporting units (a multiple of 20).</summary>
    /// <param name="units">Reporting units.</param>
    public NationalJob(int units)
    {
        if (units <= 0 || units % UnitsPerDepartment != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(units), "A positive multiple of " + UnitsPerDepartment.ToString(CultureInfo.InvariantCulture) + " is needed.");
        }

        UnitCount = units;
        UnitIds = Enumerable.Range(0, units).Select(UnitId).ToArray();
        DepartmentIds = Enumerable.Range(0, DepartmentCount).Select(DepartmentId).ToArray();
    }

    /// <summary>Reporting units.</summary>
    public int UnitCount { get; }

    /// <summary>Departments (reporting units ÷ 20).</summary>
    public int DepartmentCount => UnitCount / UnitsPerDepartment;

    /// <summary>Submissions: units × indicators × quarters.</summary>
    public long SubmissionCount => (long)UnitCount * IndicatorCount * Quarters;

    /// <summary>Identifiers of the reporting units, by number.</summary>
    public IReadOnlyList<string> UnitIds { get; }

    /// <summary>Identifiers of the departments, by number.</summary>
    public IReadOnlyList<string> DepartmentIds { get; }

    /// <summary>The identifier of reporting unit <paramref name="u"/>: <c>U000123</c>.</summary>
    /// <param name="u">Its number.</param>
    /// <returns>The identifier.</returns>
    public static string UnitId(int u) => "U" + u.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The identifier of department <paramref name="d"/>: <c>D00012</c>.</summary>
    /// <param name="d">Its number.</param>
    /// <returns>The identifier.</returns>
    public static string DepartmentId(int d) => "D" + d.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>The department reporting unit <paramref name="u"/> belongs to.</summary>
    /// <param name="u">The unit's number.</param>
    /// <returns>The department's number.</returns>
    public static int DepartmentOf(int u) => u / UnitsPerDepartment;

    /// <summary>The code of indicator <paramref name="i"/> (0–49): <c>A1.01</c> … <c>A5.10</c>.</summary>
    /// <param name="i">Its number.</param>
    /// <returns>The code.</returns>
    public static string IndicatorCode(int i) =>
        "A" + ((i / IndicatorsPerArea) + 1).ToString(CultureInfo.InvariantCulture) + "." + ((i % IndicatorsPerArea) + 1).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>The code of area <paramref name="a"/> (0–4): <c>A1</c> … <c>A5</c>.</summary>
    /// <param name="a">Its number.</param>
    /// <returns>The code.</returns>
    public static string AreaCode(int a) => "A" + (a + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>True when indicator <paramref name="i"/> is scored all-or-nothing (threshold), false when proportional.</summary>
    /// <param name="i">Its number.</param>
    /// <returns>True for a threshold rule.</returns>
    public static bool IsThreshold(int i) => i % 2 == 0;

    /// <summary>The target of indicator <paramref name="i"/>: at least 80, 85, 90 or 95 %.</summary>
    /// <param name="i">Its number.</param>
    /// <returns>The target in percent.</returns>
    public static int TargetPercent(int i) => 80 + (5 * ((i / 2) % 4));

    /// <summary>The figure of unit <paramref name="u"/>, indicator <paramref name="i"/>, quarter <paramref name="q"/> (1–4).</summary>
    /// <param name="u">The unit's number.</param>
    /// <param name="i">The indicator's number.</param>
    /// <param name="q">The quarter.</param>
    /// <returns>Numerator (at most the denominator) and denominator; the rate lies between 70 and 100 %.</returns>
    public static (long Numerator, long Denominator) Figure(int u, int i, int q)
    {
        ulong h = Mix(Seed ^ ((((ulong)u * IndicatorCount) + (ulong)i) * Quarters) + (ulong)q);
        long denominator = 40 + (long)(h % 461);
        long spread = (denominator * 3 / 10) + 1;
        long numerator = denominator - (long)((h >> 20) % (ulong)spread);
        return (numerator, denominator);
    }

    /// <summary>Every figure as plain columns (row r: unit, indicator, quarter), ordered by unit, indicator, quarter.</summary>
    /// <returns>The columns.</returns>
    public Columns Figures()
    {
        long count = SubmissionCount;
        var columns = new Columns(new int[count], new short[count], new byte[count], new int[count], new int[count]);
        long r = 0;
        for (int u = 0; u < UnitCount; u++)
        {
            for (int i = 0; i < IndicatorCount; i++)
            {
                for (int q = 1; q <= Quarters; q++)
                {
                    var (n, d) = Figure(u, i, q);
                    columns.Unit[r] = u;
                    columns.Indicator[r] = (short)i;
                    columns.Quarter[r] = (byte)q;
                    columns.Numerator[r] = (int)n;
                    columns.Denominator[r] = (int)d;
                    r++;
                }
            }
        }

        return columns;
    }

    /// <summary>SplitMix64's finaliser: a good 64-bit mix of a counter.</summary>
    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The figures as columns, one row per submission.</summary>
    /// <param name="Unit">The unit's number.</param>
    /// <param name="Indicator">The indicator's number.</param>
    /// <param name="Quarter">The quarter, 1–4.</param>
    /// <param name="Numerator">The numerator.</param>
    /// <param name="Denominator">The denominator.</param>
    public sealed record Columns(int[] Unit, short[] Indicator, byte[] Quarter, int[] Numerator, int[] Denominator);

    /// <summary>One line of the outcome: a unit's kind, identifier, index (two decimals, or <c>-</c>) and rank in its kind.</summary>
    /// <param name="Kind">The unit's kind.</param>
    /// <param name="UnitId">The unit.</param>
    /// <param name="Index">The index as published, or null.</param>
    /// <param name="Rank">The rank in its kind, or null.</param>
    public readonly record struct Outcome(string Kind, string UnitId, decimal? Index, int? Rank)
    {
        /// <inheritdoc/>
        public override string ToString() =>
            Kind + " " + UnitId + " " + (Index is decimal x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "-") + " " + (Rank is int r ? r.ToString(CultureInfo.InvariantCulture) : "-");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Library calls: the only place that names the library's types. Keep it small when the API moves.
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>The framework: 5 areas of 10 ratio indicators, 2 points each; even indicators threshold, odd proportional.</summary>
    /// <returns>The framework.</returns>
    public static Framework Framework()
    {
        static LocalizedText Text(string code) => new("Chỉ tiêu " + code, "Indicator " + code);
        var areas = new List<Area>();
        for (int a = 0; a < AreaCount; a++)
        {
            var indicators = new List<Indicator>();
            for (int n = 0; n < IndicatorsPerArea; n++)
            {
                int i = (a * IndicatorsPerArea) + n;
                string code = IndicatorCode(i);
                IScoringRule rule = IsThreshold(i) ? ThresholdRule.Instance : ProportionalRule.Instance;
                // No period or unit roll-up declared: ratios pool quarters, and departments pool their units (the defaults).
                indicators.Add(new Indicator(code, Text(code), MeasureKind.Ratio, "%", new Target(Comparison.AtLeast, TargetPercent(i)), rule, MaxPointsPerIndicator));
            }

            areas.Add(new Area(AreaCode(a), Text(AreaCode(a)), indicators));
        }

        var bands = new[] { new ClassBand("A", Text("A"), 90), new ClassBand("B", Text("B"), 80), new ClassBand("C", Text("C"), 0) };
        return new Framework(
            "national-benchmark",
            "1.0.0",
            new LocalizedText("Bộ chỉ số toàn quốc (thử tải)", "National benchmark framework"),
            new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)),
            ReportingCalendar.Calendar,
            RoundingPolicy.Default,
            100,
            bands,
            areas);
    }

    /// <summary>The departments and reporting units as the library's hierarchy.</summary>
    /// <returns>The hierarchy.</returns>
    public UnitHierarchy Hierarchy()
    {
        var units = new List<Unit>(UnitCount + DepartmentCount);
        foreach (string d in DepartmentIds)
        {
            units.Add(new Unit(d, new LocalizedText("Sở " + d, "Department " + d), "department"));
        }

        for (int u = 0; u < UnitCount; u++)
        {
            units.Add(new Unit(UnitIds[u], new LocalizedText("Đơn vị " + UnitIds[u], "Unit " + UnitIds[u]), "unit", DepartmentIds[DepartmentOf(u)]));
        }

        var result = UnitHierarchy.Create(units);
        return result.Value ?? throw new InvalidOperationException("The generated hierarchy is invalid.");
    }

    /// <summary>Every submission as the library's objects, recorded at 2026-01-10T02:00:00Z.</summary>
    /// <returns>The submissions.</returns>
    public Submission[] Submissions()
    {
        var recorded = Instant.FromUtc(Year + 1, 1, 10, 2, 0);
        var quarters = Enumerable.Range(1, Quarters).Select(q => ReportingPeriod.ForQuarter(Year, q)).ToArray();
        var codes = Enumerable.Range(0, IndicatorCount).Select(IndicatorCode).ToArray();
        var result = new Submission[SubmissionCount];
        long r = 0;
        for (int u = 0; u < UnitCount; u++)
        {
            for (int i = 0; i < IndicatorCount; i++)
            {
                for (int q = 1; q <= Quarters; q++)
                {
                    var (n, d) = Figure(u, i, q);
                    result[r++] = new Submission(UnitIds[u], quarters[q - 1], codes[i], Measurement.Ratio(n, d), recorded);
                }
            }
        }

        return result;
    }

    /// <summary>Builds the submission index.</summary>
    /// <param name="submissions">The submissions.</param>
    /// <param name="hierarchy">The hierarchy.</param>
    /// <returns>The set.</returns>
    public static SubmissionSet Index(Submission[] submissions, UnitHierarchy hierarchy) => new(submissions, hierarchy);

    /// <summary>Scores every unit for the year with departments rolled up from their units, then ranks by kind.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="set">The submissions.</param>
    /// <returns>The ranking, one entry per unit and department.</returns>
    public static IReadOnlyList<RankedScorecard> ScoreAndRank(Framework framework, SubmissionSet set)
    {
        var result = Scorer.Score(framework, set, new ScoringRequest(ReportingPeriod.ForYear(Year, framework.Calendar), rollUpUnits: true));
        return Ranking.Rank(result.Scorecards, Ranking.ByKind);
    }

    /// <summary>The ranking as outcome lines.</summary>
    /// <param name="ranking">The ranking.</param>
    /// <returns>One line per unit.</returns>
    public static IEnumerable<Outcome> Outcomes(IReadOnlyList<RankedScorecard> ranking) =>
        ranking.Select(r => new Outcome(r.Group, r.Scorecard.UnitId, r.Index, r.Rank));
}
