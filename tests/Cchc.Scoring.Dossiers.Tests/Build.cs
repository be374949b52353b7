using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring.Dossiers;
using Cchc.Scoring;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Dossiers.Tests;

/// <summary>Small builders for dossiers and metrics in tests.</summary>
internal static class Build
{
    public static LocalDateTime At(string text) => LocalDateTimePattern.GeneralIso.Parse(text.Length == 16 ? text + ":00" : text).Value;

    public static Dossier Dossier(
        string received,
        string due,
        string? ended = null,
        EndStatus? status = null,
        string unit = "U1",
        int supplements = 0,
        int supplementWait = 0,
        bool secret = false,
        Channel channel = Channel.InPerson,
        bool electronic = false,
        bool digitised = false,
        bool? paidOnline = null,
        Feedback feedback = Feedback.None,
        int? waiting = null,
        string id = "HS-1") =>
        new(id, "P1", unit, At(received), At(due), ended is null ? null : At(ended),
            status ?? (ended is null ? EndStatus.InProgress : EndStatus.Finished), channel, OnlineServiceLevel.Full,
            electronic, digitised, paidOnline, supplements, supplementWait, feedback, waiting, secret);

    public static DossierOptions Options(string? period = null, string[]? units = null, int parallelism = 0, int maxProblems = 1000) =>
        new(period is null ? null : [ReportingPeriod.Parse(period)], units: units, parallelism: parallelism, maxProblems: maxProblems);

    public static DossierMetrics Count(DossierOptions options, params Dossier[] dossiers)
    {
        var acc = new DossierAccumulator(options);
        foreach (var d in dossiers)
        {
            acc.Add(d);
        }

        return acc.ToMetrics();
    }

    /// <summary>Every figure of the metrics and the summary, and the problems, as text, for exact comparisons.</summary>
    public static string Describe(DossierMetrics metrics)
    {
        var text = new StringBuilder(Figures(metrics));
        foreach (var p in metrics.Problems)
        {
            text.Append(p.ToString()).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Every figure of the metrics and the summary (not the problems), as text, for exact comparisons.</summary>
    public static string Figures(DossierMetrics metrics)
    {
        var text = new StringBuilder();
        text.Append(metrics.Summary.ToString());
        foreach (var r in metrics.Results)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{r.UnitId} {r.Period}: ontime {r.OnTime} online {r.Online} reception {r.OnlineReception} eresult {r.ElectronicResult} digit {r.Digitisation} pay {r.OnlinePayment} sat {r.Satisfaction} proc {r.ProcessingTime} wait {r.WaitingTime}\n");
        }

        return text.ToString();
    }

    public static string Csv(params Dossier[] dossiers)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        DossierCsv.Write(writer, dossiers);
        return writer.ToString();
    }

    public static string TempFile(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), "cchc-dossiers-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public static UnitPeriodMetrics Single(DossierMetrics metrics) => Assert.Single(metrics.Results);

    private static class Assert
    {
        public static T Single<T>(System.Collections.Generic.IReadOnlyList<T> list) => list.Count == 1 ? list[0] : throw new InvalidOperationException("expected one result, got " + list.Count);
    }

    public static string[] Lines(string text) => text.Split('\n').Where(l => l.Length > 0).ToArray();
}
