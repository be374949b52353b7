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
    }

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
    public ScoringContext Quiet => _call?.Quiet ?? (_quiet ??= new ScoringContext(Framework, Submissions, Request, explaining: true));

    /// <summary>The SHA-256 of the framework's canonical form, computed once per call when a fingerprint is first asked for.</summary>
    public string FrameworkHash => _call?.FrameworkHash ?? (_frameworkHash ??= Fingerprints.OfFramework(Framework));
}
