using NodaTime;

namespace Cchc.Scoring;

/// <summary>What one scoring call works with: the framework, the submissions, the request and the problems met.</summary>
internal sealed class ScoringContext
{
    public ScoringContext(Framework framework, SubmissionSet submissions, ScoringRequest request)
    {
        Framework = framework;
        Submissions = submissions;
        Request = request;
    }

    public Framework Framework { get; }

    public SubmissionSet Submissions { get; }

    public ScoringRequest Request { get; }

    public ReportingPeriod Period => Request.Period;

    public Instant? AsOf => Request.AsOf;

    public RoundingPolicy Rounding => Framework.Rounding;

    public ProblemBag Problems { get; } = new();

    private string? _frameworkHash;

    /// <summary>The SHA-256 of the framework's canonical form, computed once per call when a fingerprint is first asked for.</summary>
    public string FrameworkHash => _frameworkHash ??= Fingerprints.OfFramework(Framework);
}
