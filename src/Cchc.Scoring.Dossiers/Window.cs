namespace Cchc.Scoring.Dossiers;

/// <summary>A period's boundaries in local seconds: [Start, End).</summary>
internal readonly record struct Window(ReportingPeriod Period, long Start, long End)
{
    public static Window Of(ReportingPeriod period) =>
        new(period, LocalSeconds.From(period.Start), LocalSeconds.From(period.End.PlusDays(1)));

    public bool Holds(long instant) => instant >= Start && instant < End;
}
