using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring.Dossiers;

/// <summary>The metrics of one unit in one period.</summary>
public sealed class UnitPeriodMetrics
{
    internal UnitPeriodMetrics(string unitId, ReportingPeriod period, Cell cell)
    {
        UnitId = unitId;
        Period = period;
        OnTime = new RateCount(cell.OnTimeNum, cell.OnTimeDen, cell.OnTimeExcl);
        Online = new RateCount(cell.OnlineNum, cell.ReceivedDen, cell.ReceivedExcl);
        OnlineReception = new RateCount(cell.OnlineReceptionNum, cell.ReceivedDen, cell.ReceivedExcl);
        ElectronicResult = new RateCount(cell.ResultNum, cell.ResultDen, cell.ResultExcl);
        Digitisation = new RateCount(cell.DigitisedNum, cell.ReceivedDen, cell.ReceivedExcl);
        OnlinePayment = new RateCount(cell.PaymentNum, cell.PaymentDen, cell.PaymentExcl);
        Satisfaction = new RateCount(cell.FeedbackNum, cell.FeedbackDen, cell.FeedbackExcl);
        ProcessingTime = cell.Processing.ToStats();
        WaitingTime = cell.Waiting.ToStats();
    }

    /// <summary>The unit.</summary>
    public string UnitId { get; }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>On time (Index 766) among the dossiers active in the period.</summary>
    public RateCount OnTime { get; }

    /// <summary>Online (Index 766) among the dossiers received in the period.</summary>
    public RateCount Online { get; }

    /// <summary>Received online among the dossiers received in the period.</summary>
    public RateCount OnlineReception { get; }

    /// <summary>Issued electronically among the results issued in the period.</summary>
    public RateCount ElectronicResult { get; }

    /// <summary>Digitised among the dossiers received in the period.</summary>
    public RateCount Digitisation { get; }

    /// <summary>Paid online among the dossiers with a fee received in the period.</summary>
    public RateCount OnlinePayment { get; }

    /// <summary>Satisfied among the answers given on dossiers that ended in the period.</summary>
    public RateCount Satisfaction { get; }

    /// <summary>Processing time of the dossiers that ended in the period (secret ones left out).</summary>
    public DurationStats ProcessingTime { get; }

    /// <summary>Waiting time at the desk of the dossiers received in the period (secret ones left out).</summary>
    public DurationStats WaitingTime { get; }

    /// <summary>The measurement of a metric, or null when nothing was counted for it.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The measurement, or null.</returns>
    public Measurement? Measure(DossierMetric metric) => metric switch
    {
        DossierMetric.OnTimeRate => OnTime.Measurement,
        DossierMetric.OnlineRate => Online.Measurement,
        DossierMetric.OnlineReceptionRate => OnlineReception.Measurement,
        DossierMetric.ElectronicResultRate => ElectronicResult.Measurement,
        DossierMetric.DigitisationRate => Digitisation.Measurement,
        DossierMetric.OnlinePaymentRate => OnlinePayment.Measurement,
        DossierMetric.SatisfactionRate => Satisfaction.Measurement,
        DossierMetric.ProcessingTimeMean => Duration(ProcessingTime, s => s.Mean),
        DossierMetric.ProcessingTimeMedian => Duration(ProcessingTime, s => s.Median),
        DossierMetric.ProcessingTimePercentile90 => Duration(ProcessingTime, s => s.Percentile90),
        DossierMetric.WaitingTimeMean => Duration(WaitingTime, s => s.Mean),
        DossierMetric.WaitingTimeMedian => Duration(WaitingTime, s => s.Median),
        DossierMetric.WaitingTimePercentile90 => Duration(WaitingTime, s => s.Percentile90),
        _ => null,
    };

    /// <inheritdoc/>
    public override string ToString() => UnitId + " " + Period.ToString();

    private static Measurement? Duration(DurationStats stats, Func<DurationStats, decimal> pick) =>
        stats.Count == 0 ? null : Measurement.Duration(pick(stats));
}

/// <summary>What a run read: rows read, used, skipped and rejected by reason.</summary>
public sealed class IngestSummary
{
    internal IngestSummary(long rowsRead, long rowsUsed, long blankLines, IReadOnlyDictionary<string, long> rejected)
    {
        RowsRead = rowsRead;
        RowsUsed = rowsUsed;
        BlankLines = blankLines;
        Rejected = rejected;
    }

    /// <summary>Rows read (used, rejected and blank).</summary>
    public long RowsRead { get; }

    /// <summary>Rows counted into the metrics.</summary>
    public long RowsUsed { get; }

    /// <summary>Blank lines skipped.</summary>
    public long BlankLines { get; }

    /// <summary>Rejected rows by problem code, ordered by code.</summary>
    public IReadOnlyDictionary<string, long> Rejected { get; }

    /// <summary>All rejected rows.</summary>
    public long RowsRejected => Rejected.Values.Sum();

    /// <summary>The summary as lines of text.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"rows read: {RowsRead}\nrows used: {RowsUsed}\nrows rejected: {RowsRejected}\n");
        foreach (var (code, count) in Rejected)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {code}: {count}\n");
        }

        if (BlankLines > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"blank lines skipped: {BlankLines}\n");
        }

        return text.ToString();
    }
}

/// <summary>The result of counting dossiers: metrics per unit and period, the summary and the problems found.</summary>
public sealed class DossierMetrics
{
    /// <summary>The offset of the times in dossier records: Vietnam, UTC+7.</summary>
    public static readonly Offset LocalOffset = Offset.FromHours(7);

    internal DossierMetrics(IngestSummary summary, IReadOnlyList<Problem> problems, IReadOnlyList<UnitPeriodMetrics> results, DossierState state)
    {
        Summary = summary;
        Problems = problems;
        Results = results;
        State = state;
    }

    /// <summary>The counts behind the metrics, to write as JSON and merge with the counts of other parts of the data (docs/dossiers.md).</summary>
    public DossierState State { get; }

    /// <summary>Rows read, used and rejected.</summary>
    public IngestSummary Summary { get; }

    /// <summary>The problems: whole-input problems, then rejected rows by line (up to the options' maximum).</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The metrics, by unit (ordinal) and period.</summary>
    public IReadOnlyList<UnitPeriodMetrics> Results { get; }

    /// <summary>
    /// The submissions of the mapped metrics: one per unit, period and mapped metric that has data. Each is
    /// recorded at <paramref name="recordedAt"/>, or by default at the start of the day after the period's end
    /// (UTC+7), so the same data always give the same submissions.
    /// </summary>
    /// <param name="map">The metric-to-indicator map; <see cref="IndicatorMap.GtvtTienGiang20212025"/> when null.</param>
    /// <param name="recordedAt">The recording instant, or null for the period's close.</param>
    /// <returns>The submissions.</returns>
    public IReadOnlyList<Submission> ToSubmissions(IndicatorMap? map = null, Instant? recordedAt = null)
    {
        map ??= IndicatorMap.GtvtTienGiang20212025;
        var list = new List<Submission>();
        foreach (var r in Results)
        {
            var at = recordedAt ?? r.Period.End.PlusDays(1).AtMidnight().WithOffset(LocalOffset).ToInstant();
            foreach (var (metric, code) in map.Entries)
            {
                if (r.Measure(metric) is { } m)
                {
                    list.Add(new Submission(r.UnitId, r.Period, code, m, at, new SubmissionOptions { Note = "Computed from dossier records: " + IndicatorMap.NameOf(metric) + "." }));
                }
            }
        }

        return list;
    }

    /// <summary>The submissions as a set, ready for <c>SubmissionJson.Write</c> and the scorer.</summary>
    /// <param name="map">The metric-to-indicator map; <see cref="IndicatorMap.GtvtTienGiang20212025"/> when null.</param>
    /// <param name="recordedAt">The recording instant, or null for each period's close.</param>
    /// <returns>The set.</returns>
    public SubmissionSet ToSubmissionSet(IndicatorMap? map = null, Instant? recordedAt = null) => new(ToSubmissions(map, recordedAt));
}
