using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Cchc.Scoring;

/// <summary>
/// How much to trust a rank: scores a job once as declared and under every choice that may vary, then draws samples
/// of the choices (weights, rounding, unit roll-up, missing-data policy, whether the survey is held) and ranks the units in each, and reports per
/// unit the nominal rank, the median rank, the 5th–95th percentile interval, the probability of each class and a
/// first-order variance share per varied input (<c>docs/sensitivity.md</c>). A pure function of its arguments: the
/// random numbers come from a counter-based generator keyed by (seed, sample, draw), samples are assembled by their
/// index, so the result is byte-identical for the same seed on any machine, with any number of threads, and sample k
/// is the same whatever the sample count.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>Runs a sensitivity analysis of a scoring job.</summary>
    /// <param name="framework">The framework, as declared (the nominal choices).</param>
    /// <param name="submissions">Every submission revision.</param>
    /// <param name="request">The period, as-of instant, units and roll-up of the job.</param>
    /// <param name="options">What varies, the sample count and the seed; null for <see cref="SensitivityOptions.Default"/> (nothing varies).</param>
    /// <returns>The nominal scoring and each unit's rank statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/>, <paramref name="submissions"/> or <paramref name="request"/> is null, or a list of the options holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' sample count, weight range, digits or parallelism is out of range.</exception>
    /// <exception cref="ArgumentException">The options vary the survey (<see cref="SensitivityOptions.VarySurvey"/>) and the framework has no survey-only criterion with points.</exception>
    public static SensitivityResult Run(Framework framework, SubmissionSet submissions, ScoringRequest request, SensitivityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(request);
        options ??= SensitivityOptions.Default;
        options.Check(framework);
        var plan = new SensitivityPlan(framework, submissions, request, options);
        int n = options.Samples, units = plan.UnitCount;
        var ranks = new int[n * units];
        var classes = new int[n * units];
        var bins = new int[n * plan.Inputs.Count];
        void At(int s) => plan.Sample(s, ranks.AsSpan(s * units, units), classes.AsSpan(s * units, units), bins.AsSpan(s * plan.Inputs.Count, plan.Inputs.Count));
        int threads = options.MaxDegreeOfParallelism == 0 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        if (threads <= 1 || (long)n * units * plan.IndicatorCount < 20_000)
        {
            for (int s = 0; s < n; s++)
            {
                At(s);
            }
        }
        else
        {
            Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = threads }, At);
        }

        return plan.Summarise(ranks, classes, bins);
    }
}

/// <summary>
/// What a sensitivity analysis computes once: the nominal scoring, the figures of every variant scoring (a roll-up
/// method, missing-data policy or survey choice drawn), the indicator layout and groups. A sample recomputes only points, totals,
/// indices, classes and ranks from these figures.
/// </summary>
internal sealed class SensitivityPlan
{
    /// <summary>Equal-width bins of a weight's draw for the first-order estimator.</summary>
    public const int WeightBins = 10;

    private readonly Framework _framework;
    private readonly SensitivityOptions _options;
    private readonly int[] _areaStart;
    private readonly int[] _indicatorArea;
    private readonly decimal[] _maxPoints;
    private readonly decimal _total;
    private readonly int[][] _groups;
    private readonly string[] _groupOf;
    private readonly Figures[] _variants;
    private readonly int _weightDraws;
    private readonly int[] _binCounts;

    public SensitivityPlan(Framework framework, SubmissionSet submissions, ScoringRequest request, SensitivityOptions options)
    {
        _framework = framework;
        _options = options;
        var scoring = new ScoringOptions(options.MaxDegreeOfParallelism);
        Nominal = Scorer.Score(framework, submissions, request, scoring);
        var cards = Nominal.Scorecards;
        UnitCount = cards.Count;
        var indicators = framework.Indicators.ToArray();
        IndicatorCount = indicators.Length;
        _maxPoints = indicators.Select(i => i.MaxPoints).ToArray();
        _total = _maxPoints.Sum();
        _indicatorArea = new int[IndicatorCount];
        _areaStart = new int[framework.Areas.Count + 1];
        for (int a = 0, i = 0; a < framework.Areas.Count; a++)
        {
            _areaStart[a] = i;
            foreach (var _ in framework.Areas[a].Indicators)
            {
                _indicatorArea[i++] = a;
            }

            _areaStart[a + 1] = i;
        }

        _groupOf = cards.Select(c => options.RankByKind ? Ranking.ByKind(c) : string.Empty).ToArray();
        _groups = Enumerable.Range(0, UnitCount).GroupBy(u => _groupOf[u], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToArray()).ToArray();

        var inputs = new List<string>();
        var binCounts = new List<int>();
        if (options.Weights != WeightVariation.None && options.WeightRange > 0 && _total > 0)
        {
            var names = options.Weights == WeightVariation.Areas ? framework.Areas.Select(a => a.Code) : indicators.Select(i => i.Code);
            foreach (string name in names)
            {
                inputs.Add("weight:" + name);
                binCounts.Add(WeightBins);
            }
        }

        _weightDraws = inputs.Count;
        void Discrete(string name, int count)
        {
            if (count > 0)
            {
                inputs.Add(name);
                binCounts.Add(count);
            }
        }

        Discrete("roundingMode", options.RoundingModes.Count);
        Discrete("roundingDigits", options.RoundingDigits.Count);
        Discrete("unitRollUp", options.UnitRollUps.Count);
        Discrete("missingData", options.MissingData.Count);
        Discrete("survey", options.VarySurvey ? 2 : 0);
        Inputs = inputs;
        _binCounts = binCounts.ToArray();

        // One scoring per combination of the roll-up method, the missing-data policy and the survey choice drawn (the
        // measures are resolved there, once); the framework as declared when none varies. The survey not held is the
        // scorer's own rule (ScoringOptions.SurveyWithdrawn), not a second implementation of it.
        int rolls = Math.Max(1, options.UnitRollUps.Count), missing = Math.Max(1, options.MissingData.Count), surveys = options.VarySurvey ? 2 : 1;
        var withdrawn = new ScoringOptions(options.MaxDegreeOfParallelism) { SurveyWithdrawn = true };
        _variants = new Figures[rolls * missing * surveys];
        for (int r = 0; r < rolls; r++)
        {
            for (int m = 0; m < missing; m++)
            {
                UnitRollUpMethod? roll = options.UnitRollUps.Count > 0 ? options.UnitRollUps[r] : null;
                MissingDataPolicy? policy = options.MissingData.Count > 0 ? options.MissingData[m] : null;
                var variant = roll is null && policy is null ? framework : Variant(framework, roll, policy);
                for (int v = 0; v < surveys; v++)
                {
                    var result = v == 1 ? Scorer.Score(variant, submissions, request, withdrawn)
                        : ReferenceEquals(variant, framework) ? Nominal : Scorer.Score(variant, submissions, request, scoring);
                    _variants[(((r * missing) + m) * surveys) + v] = new Figures(result, IndicatorCount);
                }
            }
        }

        NominalFigures = new Figures(Nominal, IndicatorCount);
    }

    public ScoringResult Nominal { get; }

    public Figures NominalFigures { get; }

    /// <summary>The figures of one combination of the choices drawn: roll-up <paramref name="roll"/>, missing-data policy <paramref name="missing"/> and survey <paramref name="survey"/> (0 held as the data say, 1 not held), each −1 when not varied.</summary>
    public Figures FiguresOf(int roll, int missing, int survey) => _variants[(((Math.Max(0, roll) * Math.Max(1, _options.MissingData.Count)) + Math.Max(0, missing)) * (_options.VarySurvey ? 2 : 1)) + Math.Max(0, survey)];

    public int UnitCount { get; }

    public int IndicatorCount { get; }

    public IReadOnlyList<string> Inputs { get; }

    /// <summary>Draws sample <paramref name="sample"/>'s choices, and writes its ranks (0 for none), classes and the bin of each input.</summary>
    public void Sample(int sample, Span<int> ranks, Span<int> classes, Span<int> bins)
    {
        ulong seed = _options.Seed;
        decimal[]? factors = null;
        int k = 0;
        if (_weightDraws > 0)
        {
            var weights = new decimal[_weightDraws];
            for (int d = 0; d < _weightDraws; d++)
            {
                decimal u = CounterRandom.Fraction(seed, sample, d);
                bins[k++] = Math.Min(WeightBins - 1, (int)(u * WeightBins));
                weights[d] = Math.Round(1 + (_options.WeightRange * ((2 * u) - 1)), 6, MidpointRounding.ToEven);
            }

            factors = Factors(weights);
        }

        int draw = _weightDraws;
        int mode = Choose(_options.RoundingModes.Count, seed, sample, ref draw, bins, ref k);
        int digits = Choose(_options.RoundingDigits.Count, seed, sample, ref draw, bins, ref k);
        int roll = Choose(_options.UnitRollUps.Count, seed, sample, ref draw, bins, ref k);
        int missing = Choose(_options.MissingData.Count, seed, sample, ref draw, bins, ref k);
        int survey = Choose(_options.VarySurvey ? 2 : 0, seed, sample, ref draw, bins, ref k);
        var nominal = _framework.Rounding;
        var rounding = mode < 0 && digits < 0 ? nominal : new RoundingPolicy(
            digits < 0 ? nominal.Digits : _options.RoundingDigits[digits],
            mode < 0 ? nominal.Mode : _options.RoundingModes[mode],
            nominal.Level);
        var figures = FiguresOf(roll, missing, survey);
        Rank(figures, factors, rounding, ranks, classes);
    }

    /// <summary>Draws one of <paramref name="count"/> choices (-1 when nothing to choose from); the draw index advances either way so that each input keeps its draw.</summary>
    private static int Choose(int count, ulong seed, int sample, ref int draw, Span<int> bins, ref int k)
    {
        int at = draw++;
        if (count == 0)
        {
            return -1;
        }

        int c = CounterRandom.Choice(seed, sample, at, count);
        bins[k++] = c;
        return c;
    }

    /// <summary>The factors of each indicator's points: its weight, renormalised so that the maximum points add up to the framework's total.</summary>
    private decimal[] Factors(decimal[] weights)
    {
        var w = new decimal[IndicatorCount];
        decimal weighted = 0;
        for (int i = 0; i < IndicatorCount; i++)
        {
            w[i] = weights[_options.Weights == WeightVariation.Areas ? _indicatorArea[i] : i];
            weighted += w[i] * _maxPoints[i];
        }

        for (int i = 0; i < IndicatorCount; i++)
        {
            w[i] = w[i] * _total / weighted;
        }

        return w;
    }

    /// <summary>
    /// Points, totals, indices, classes and competition ranks of every unit from the figures, exactly as the scorer
    /// adds them up: each indicator's exact points (times its factor) rounded at indicator level, areas rounded,
    /// bonus added and deductions taken, the total rounded, the index rounded.
    /// </summary>
    public void Rank(Figures figures, decimal[]? factors, RoundingPolicy rounding, Span<int> ranks, Span<int> classes)
    {
        int units = UnitCount, count = IndicatorCount;
        var index = new decimal?[units];
        var bands = _framework.Bands;
        for (int u = 0; u < units; u++)
        {
            int offset = u * count;
            decimal sum = 0, max = 0;
            for (int a = 0; a + 1 < _areaStart.Length; a++)
            {
                decimal points = 0, areaMax = 0;
                for (int i = _areaStart[a]; i < _areaStart[a + 1]; i++)
                {
                    decimal exact = figures.Exact[offset + i], top = figures.Max[offset + i];
                    if (factors is not null)
                    {
                        exact *= factors[i];
                        top *= factors[i];
                    }

                    points += rounding.Round(exact, RoundingLevel.Indicator);
                    areaMax += top;
                }

                sum += rounding.Round(points, RoundingLevel.Area);
                max += areaMax;
            }

            decimal total = rounding.Round(Math.Max(0, sum + figures.Bonus[u] - figures.Deduction[u]), RoundingLevel.Index);
            index[u] = max > 0 ? rounding.Round(total * 100 / max) : null;
            int cls = bands.Count;
            if (index[u] is decimal ix)
            {
                for (int b = 0; b < bands.Count; b++)
                {
                    if (ix >= bands[b].MinIndex)
                    {
                        cls = b;
                        break;
                    }
                }
            }

            classes[u] = cls;
            ranks[u] = 0;
        }

        foreach (var group in _groups)
        {
            var keys = new decimal[group.Length];
            var members = new int[group.Length];
            int n = 0;
            foreach (int u in group)
            {
                if (index[u] is decimal ix)
                {
                    keys[n] = -ix;
                    members[n++] = u;
                }
            }

            Array.Sort(keys, members, 0, n);
            for (int p = 0; p < n; p++)
            {
                ranks[members[p]] = p > 0 && keys[p] == keys[p - 1] ? ranks[members[p - 1]] : p + 1;
            }
        }
    }

    /// <summary>Each unit's statistics over the samples, computed in sample order.</summary>
    public SensitivityResult Summarise(int[] ranks, int[] classes, int[] bins)
    {
        int n = _options.Samples, units = UnitCount, inputs = Inputs.Count;
        var nominalRanks = Ranking.Rank(Nominal.Scorecards, _options.RankByKind ? Ranking.ByKind : null).ToDictionary(r => r.Scorecard.UnitId, StringComparer.Ordinal);
        var bands = _framework.Bands;
        var result = new UnitSensitivity[units];
        var sorted = new List<int>(n);
        for (int u = 0; u < units; u++)
        {
            sorted.Clear();
            var classCounts = new int[bands.Count + 1];
            for (int s = 0; s < n; s++)
            {
                int r = ranks[(s * units) + u];
                if (r > 0)
                {
                    sorted.Add(r);
                }

                classCounts[classes[(s * units) + u]]++;
            }

            var shares = new InputShare[inputs];
            for (int k = 0; k < inputs; k++)
            {
                shares[k] = new InputShare(Inputs[k], FirstOrder(ranks, bins, u, k));
            }

            sorted.Sort();
            int m = sorted.Count;
            var probabilities = new List<ClassProbability>(bands.Count + 1);
            for (int b = 0; b < bands.Count; b++)
            {
                probabilities.Add(new ClassProbability(bands[b].Code, Share(classCounts[b], n)));
            }

            if (classCounts[bands.Count] > 0)
            {
                probabilities.Add(new ClassProbability(null, Share(classCounts[bands.Count], n)));
            }

            var card = Nominal.Scorecards[u];
            var nominal = nominalRanks[card.UnitId];
            result[u] = new UnitSensitivity(
                card.UnitId,
                _groupOf[u],
                nominal.Rank,
                card.Index,
                card.Class,
                m,
                m == 0 ? null : m % 2 == 1 ? sorted[m / 2] : (sorted[(m / 2) - 1] + sorted[m / 2]) / 2m,
                m == 0 ? null : sorted[Percentile(5, m)],
                m == 0 ? null : sorted[Percentile(95, m)],
                m == 0 ? null : sorted[0],
                m == 0 ? null : sorted[m - 1],
                probabilities,
                shares);
        }

        return new SensitivityResult(Nominal, _options, Inputs, result, ranks);
    }

    /// <summary>The position of the p-th percentile among m sorted values, nearest-rank method: ⌈p × m ÷ 100⌉ − 1.</summary>
    private static int Percentile(int p, int m) => (((p * m) + 99) / 100) - 1;

    private static decimal Share(int count, int n) => Math.Round((decimal)count / n, 4, MidpointRounding.ToEven);

    /// <summary>
    /// The first-order index of input k for unit u on the sampled design, by binning: the samples are grouped by the
    /// input's bin (its choice, or one of <see cref="WeightBins"/> equal-width bins of a weight's draw), and
    /// S = Σ_b n_b (ȳ_b − ȳ)² ÷ Σ_s (y_s − ȳ)², over the samples in which the unit has a rank. Computed from integer
    /// sums in exact decimal arithmetic: Σ_b (Σ_b y)² ÷ n_b − (Σ y)² ÷ n over Σ y² − (Σ y)² ÷ n.
    /// </summary>
    private decimal FirstOrder(int[] ranks, int[] bins, int u, int k)
    {
        int n = _options.Samples, units = UnitCount, inputs = Inputs.Count;
        var binSums = new long[_binCounts[k]];
        var binCounts = new long[_binCounts[k]];
        long sum = 0, squares = 0, count = 0;
        for (int s = 0; s < n; s++)
        {
            long y = ranks[(s * units) + u];
            if (y == 0)
            {
                continue;
            }

            int b = bins[(s * inputs) + k];
            binSums[b] += y;
            binCounts[b]++;
            sum += y;
            squares += y * y;
            count++;
        }

        if (count < 2)
        {
            return 0;
        }

        decimal mean = (decimal)sum * sum / count;
        decimal total = squares - mean;
        if (total <= 0)
        {
            return 0;
        }

        decimal between = 0;
        for (int b = 0; b < binSums.Length; b++)
        {
            if (binCounts[b] > 0)
            {
                between += (decimal)binSums[b] * binSums[b] / binCounts[b];
            }
        }

        return Math.Round(Math.Clamp((between - mean) / total, 0, 1), 4, MidpointRounding.ToEven);
    }

    /// <summary>The framework with one roll-up method and one missing-data policy for every indicator; everything else as declared.</summary>
    internal static Framework Variant(Framework f, UnitRollUpMethod? roll, MissingDataPolicy? policy)
    {
        var areas = f.Areas.Select(a => new Area(
            a.Code,
            a.Name,
            a.Indicators.Select(i => new Indicator(i.Code, i.Name, i.Measure, i.UnitOfMeasure, i.Target, i.Rule, i.MaxPoints, new IndicatorOptions
            {
                PeriodRollUp = i.PeriodRollUp,
                UnitRollUp = roll ?? i.UnitRollUp,
                NotApplicableTo = i.NotApplicableTo,
                MissingData = policy ?? i.MissingData,
                RequiredEvidence = i.RequiredEvidence,
                SurveyOnly = i.IsSurveyOnly,
            })),
            a.NotApplicableTo));
        return new Framework(f.Id, f.Version, f.Name, f.Plan, f.Calendar, f.Rounding, f.TotalPoints, f.Bands, areas, new FrameworkOptions
        {
            Deadline = f.Deadline,
            TrajectoryThresholds = f.TrajectoryThresholds,
            DefaultUnitRollUp = roll ?? f.DefaultUnitRollUp,
            MaxBonus = f.MaxBonus,
            MaxDeduction = f.MaxDeduction,
            MissingData = policy ?? f.MissingData,
            SurveyOptional = f.SurveyOptional,
        });
    }
}

/// <summary>The numbers of one scoring a sample adds up: each unit's exact points and maximum per indicator, its bonus and deduction.</summary>
internal sealed class Figures
{
    public Figures(ScoringResult result, int indicators)
    {
        var cards = result.Scorecards;
        Exact = new decimal[cards.Count * indicators];
        Max = new decimal[cards.Count * indicators];
        Bonus = new decimal[cards.Count];
        Deduction = new decimal[cards.Count];
        for (int u = 0; u < cards.Count; u++)
        {
            int i = u * indicators;
            foreach (var score in cards[u].Indicators)
            {
                Exact[i] = score.ExactPoints;
                Max[i++] = score.MaxPoints;
            }

            Bonus[u] = cards[u].Bonus;
            Deduction[u] = cards[u].Deduction;
        }
    }

    public decimal[] Exact { get; }

    public decimal[] Max { get; }

    public decimal[] Bonus { get; }

    public decimal[] Deduction { get; }
}
