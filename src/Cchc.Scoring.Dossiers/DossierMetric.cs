using System;
using System.Collections.Generic;
using System.Linq;

namespace Cchc.Scoring.Dossiers;

/// <summary>The metrics computed from dossiers, per unit and period.</summary>
public enum DossierMetric
{
    /// <summary>On-time rate under the Index 766 rules (ratio).</summary>
    OnTimeRate,

    /// <summary>Index 766 online rate: received online and, where a result was issued, issued electronically, over all received (ratio).</summary>
    OnlineRate,

    /// <summary>Received online over all received (ratio).</summary>
    OnlineReceptionRate,

    /// <summary>Results issued electronically over results issued (ratio).</summary>
    ElectronicResultRate,

    /// <summary>Digitised dossiers over all received (ratio).</summary>
    DigitisationRate,

    /// <summary>Fees paid online over dossiers with a fee (ratio).</summary>
    OnlinePaymentRate,

    /// <summary>Satisfied answers over all answers (ratio).</summary>
    SatisfactionRate,

    /// <summary>Mean processing time in minutes (duration).</summary>
    ProcessingTimeMean,

    /// <summary>Median processing time in minutes (duration).</summary>
    ProcessingTimeMedian,

    /// <summary>90th percentile of processing time in minutes (duration).</summary>
    ProcessingTimePercentile90,

    /// <summary>Mean waiting time at the desk in minutes (duration).</summary>
    WaitingTimeMean,

    /// <summary>Median waiting time in minutes (duration).</summary>
    WaitingTimeMedian,

    /// <summary>90th percentile of waiting time in minutes (duration).</summary>
    WaitingTimePercentile90,
}

/// <summary>
/// Which indicator each metric is submitted as. Metrics without an indicator are computed and shown but not
/// submitted. Immutable: <see cref="With"/> returns a new map.
/// </summary>
public sealed class IndicatorMap
{
    private static readonly string[] MetricNames =
    [
        "on-time-rate", "online-rate", "online-reception-rate", "electronic-result-rate", "digitisation-rate",
        "online-payment-rate", "satisfaction-rate", "processing-time-mean", "processing-time-median",
        "processing-time-p90", "waiting-time-mean", "waiting-time-median", "waiting-time-p90",
    ];

    private readonly string?[] _codes;

    private IndicatorMap(string?[] codes) => _codes = codes;

    /// <summary>A map with no indicator at all.</summary>
    public static IndicatorMap Empty { get; } = new(new string?[MetricNames.Length]);

    /// <summary>
    /// The map for the built-in framework <c>gtvt-tiengiang-2021-2025</c>: online rate → T02, online reception
    /// rate → T04, digitisation rate → T06, mean waiting time → T07, mean processing time → T08, satisfaction rate → T09.
    /// The on-time, electronic-result and online-payment rates have no indicator in that plan.
    /// </summary>
    public static IndicatorMap GtvtTienGiang20212025 { get; } = Empty
        .With(DossierMetric.OnlineRate, "T02")
        .With(DossierMetric.OnlineReceptionRate, "T04")
        .With(DossierMetric.DigitisationRate, "T06")
        .With(DossierMetric.WaitingTimeMean, "T07")
        .With(DossierMetric.ProcessingTimeMean, "T08")
        .With(DossierMetric.SatisfactionRate, "T09");

    /// <summary>The metrics that have an indicator, in metric order.</summary>
    public IReadOnlyList<KeyValuePair<DossierMetric, string>> Entries =>
        Enumerable.Range(0, _codes.Length).Where(i => _codes[i] is not null)
            .Select(i => new KeyValuePair<DossierMetric, string>((DossierMetric)i, _codes[i]!)).ToArray();

    /// <summary>Every metric.</summary>
    public static IReadOnlyList<DossierMetric> Metrics { get; } = Enum.GetValues<DossierMetric>();

    /// <summary>The indicator of a metric, or null.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The indicator code, or null.</returns>
    public string? IndicatorFor(DossierMetric metric) => (int)metric >= 0 && (int)metric < _codes.Length ? _codes[(int)metric] : null;

    /// <summary>A map like this one with <paramref name="metric"/> submitted as <paramref name="indicatorCode"/> (or not at all when null).</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="indicatorCode">The indicator code, or null to submit the metric as nothing.</param>
    /// <returns>The new map.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a metric.</exception>
    public IndicatorMap With(DossierMetric metric, string? indicatorCode)
    {
        if ((int)metric < 0 || (int)metric >= _codes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(metric));
        }

        var codes = (string?[])_codes.Clone();
        codes[(int)metric] = string.IsNullOrWhiteSpace(indicatorCode) ? null : indicatorCode;
        return new IndicatorMap(codes);
    }

    /// <summary>The name of a metric as written on the command line and in documents, for example <c>online-rate</c>.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The name.</returns>
    public static string NameOf(DossierMetric metric) => MetricNames[(int)metric];

    /// <summary>Finds a metric by its name.</summary>
    /// <param name="name">The name, for example <c>on-time-rate</c>.</param>
    /// <param name="metric">The metric, when found.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParseMetric(string? name, out DossierMetric metric)
    {
        int i = Array.IndexOf(MetricNames, name);
        metric = (DossierMetric)Math.Max(i, 0);
        return i >= 0;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Entries.Select(e => NameOf(e.Key) + "=" + e.Value));
}
