using NodaTime;

namespace Cchc.Scoring;

/// <summary>What one scoring call works with: the framework, the submissions, the request and the problems met.</summary>
internal sealed class ScoringContext
{
    public ScoringContext(Framework framework, SubmissionSet submissions, ScoringRequest request, bool explaining = false)
    {
        Framework = framework;
        Submissions = submissions;
        Request = request;
        Explaining = explaining;
    }

    /// <summary>True when the facts are found again for an explanation: every part and its provenance is kept.</summary>
    public bool Explaining { get; }

    /// <summary>A context for one unit of a call: the same inputs, problems of its own (merged in unit order afterwards).</summary>
    public ScoringContext(ScoringContext call)
        : this(call.Framework, call.Submissions, call.Request)
    {
        _call = call;
        SurveyWithdrawn = call.SurveyWithdrawn;
    }

    /// <summary>True when the call scores as if the survey was not held (<see cref="ScoringOptions.SurveyWithdrawn"/>).</summary>
    public bool SurveyWithdrawn { get; init; }

    private readonly ScoringContext? _call;

    public Framework Framework { get; }

    public SubmissionSet Submissions { get; }

    public ScoringRequest Request { get; }

    public ReportingPeriod Period => Request.Period;

    public Instant? AsOf => Request.AsOf;

    public RoundingPolicy Rounding => Framework.Rounding;

    private readonly ProblemBag _problems = new();

    /// <summary>Where this call reports problems; when facts are found again for an explanation, what is met there was reported already and is dropped.</summary>
    public ProblemBag Problems => Explaining ? new ProblemBag() : _problems;

    private string? _frameworkHash;
    private ScoringContext? _quiet;

    /// <summary>The same call with problems of its own, for finding facts again without reporting twice.</summary>
    public ScoringContext Quiet => _call?.Quiet ?? (_quiet ??= new ScoringContext(Framework, Submissions, Request, explaining: true) { SurveyWithdrawn = SurveyWithdrawn });

    private System.Collections.Concurrent.ConcurrentDictionary<(string Kind, string Code), PeerFigures>? _peers;

    /// <summary>
    /// The usable values of every declared unit of <paramref name="kind"/> for an indicator in this call's period, summed
    /// once per call (a pure function of the inputs, so which thread computes it first does not matter).
    /// </summary>
    public PeerFigures PeerMean(string kind, Indicator indicator)
    {
        if (_call is not null)
        {
            return _call.PeerMean(kind, indicator);
        }

        var cache = System.Threading.LazyInitializer.EnsureInitialized(ref _peers, () => new(System.Collections.Generic.EqualityComparer<(string, string)>.Default));
        return cache.GetOrAdd((kind, indicator.Code), key =>
        {
            decimal sum = 0;
            var units = new System.Collections.Generic.List<string>();
            foreach (var unit in Submissions.Units.Units)
            {
                if (!string.Equals(unit.Kind, key.Kind, System.StringComparison.Ordinal) || !Framework.AppliesTo(indicator, unit.Kind))
                {
                    continue;
                }

                var (found, figure, _, _) = PeriodRollUp.FindFigure(Submissions, unit.Id, indicator, Period, AsOf);
                if (found && Scorer.Usable(figure, indicator) is decimal value)
                {
                    try
                    {
                        sum += value;
                    }
                    catch (System.OverflowException)
                    {
                        // Only figures built in code reach decimal's range: no mean is imputed from them.
                        return new PeerFigures(0, 0, []);
                    }

                    units.Add(unit.Id);
                }
            }

            units.Sort(System.StringComparer.Ordinal);
            return new PeerFigures(units.Count, sum, units);
        });
    }

    /// <summary>The SHA-256 of the framework's canonical form, computed once per call when a fingerprint is first asked for.</summary>
    public string FrameworkHash => _call?.FrameworkHash ?? (_frameworkHash ??= Fingerprints.OfFramework(Framework));
}

/// <summary>The usable values of a kind of unit for one indicator and period: how many, their sum, and which units.</summary>
internal sealed record PeerFigures(int Count, decimal Sum, System.Collections.Generic.IReadOnlyList<string> Units);
