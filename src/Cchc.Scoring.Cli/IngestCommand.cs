using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Cchc.Scoring.Dossiers;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc ingest</c>: counts a CSV file of procedure dossiers into Index 766 metrics and writes submissions.</summary>
internal static class IngestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV file of dossiers (columns: see docs/dossiers.md)." };
        var periods = new Option<string[]>("--period", "-p")
        {
            Description = "Count into this period, carried-over dossiers included (Index 766); repeat for more periods. Default: each event in the year it happens (see --granularity).",
            HelpName = "PERIOD",
        };
        periods.Validators.Add(result =>
        {
            foreach (var text in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!ReportingPeriod.TryParse(text, null, out _))
                {
                    result.AddError("'" + text + "' is not a period: write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31.");
                }
            }
        });
        var granularity = new Option<string>("--granularity")
        {
            Description = "The period length when no --period is given.",
            DefaultValueFactory = _ => "year",
        };
        granularity.AcceptOnlyFromAmong("year", "half-year", "quarter", "month");
        var calendar = new Option<string>("--calendar")
        {
            Description = "The reporting calendar of the periods: calendar, administrative or cutoff-N.",
            DefaultValueFactory = _ => "calendar",
        };
        calendar.Validators.Add(result =>
        {
            string? text = result.GetValueOrDefault<string>();
            if (text is not null && !ReportingCalendar.TryFromName(text, out _))
            {
                result.AddError("'" + text + "' is not a calendar: write calendar, administrative or cutoff-N (N from 1 to 28).");
            }
        });
        var outFile = new Option<string>("--out", "-o")
        {
            Description = "Write the submissions to this file (default: standard output).",
            HelpName = "FILE",
        };
        var units = new Option<string[]>("--unit", "-u")
        {
            Description = "A known unit; repeat for more. When given, dossiers of other units are rejected.",
            HelpName = "UNIT",
        };
        var maps = MapOption();
        var recordedAt = RecordedAtOption();
        var stateOut = StateOutOption("Also write the counts as a dossier state to this file, to merge with other parts' states ('cchc merge'); without --out, the submissions are then not written.");
        var progress = new Option<bool>("--progress")
        {
            Description = "Show progress on standard error even when it is not a terminal.",
        };
        var parallelism = new Option<int>("--parallelism")
        {
            Description = "How many parts of the file are read in parallel (default: one per processor).",
            DefaultValueFactory = _ => 0,
        };
        parallelism.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--parallelism must be 0 (one per processor) or more.");
            }
        });

        var timeFormat = new Option<string>("--time-format")
        {
            Description = "How the file writes times: iso (2025-04-03T08:15, the default) or dd/MM/yyyy (03/04/2025 08:15, as Vietnamese systems export them; ISO times are read too). Never guessed: 03/04/2025 reads either way.",
            DefaultValueFactory = _ => "iso",
            HelpName = "FORMAT",
        };
        timeFormat.AcceptOnlyFromAmong("iso", "dd/MM/yyyy");

        var framework = FrameworkOption();
        var maxRejected = new Option<string>("--max-rejected")
        {
            Description = "Fail (exit 1, nothing written) when the share of rejected rows among the rows read is above this, e.g. 0.05 for 5 %. Default: any share is accepted; a run with no usable row always fails.",
            HelpName = "SHARE",
        };
        maxRejected.Validators.Add(result =>
        {
            string? text = result.GetValueOrDefault<string>();
            if (text is not null && ParseShare(text) is null)
            {
                result.AddError("'" + text + "' is not a share: write a number from 0 to 1, e.g. 0.05 for 5 %.");
            }
        });

        var command = new Command("ingest", "Count a CSV file of procedure dossiers into Index 766 metrics and write them as submissions for 'cchc score --submissions'.")
        {
            file, periods, granularity, calendar, outFile, units, maps, recordedAt, progress, parallelism, stateOut, framework, maxRejected, timeFormat,
        };
        command.SetAction(parse => Run(
            output,
            error,
            parse.GetValue(file)!,
            parse.GetValue(periods) ?? [],
            parse.GetValue(granularity) ?? "year",
            parse.GetValue(calendar) ?? "calendar",
            parse.GetValue(outFile),
            parse.GetValue(units) ?? [],
            parse.GetValue(maps) ?? [],
            parse.GetValue(recordedAt),
            parse.GetValue(progress) || (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected),
            parse.GetValue(parallelism),
            parse.GetValue(stateOut),
            parse.GetValue(framework),
            parse.GetValue(maxRejected) is { } share ? ParseShare(share) : null,
            parse.GetValue(timeFormat) == "dd/MM/yyyy" ? DossierTimeFormat.DayMonthYear : DossierTimeFormat.Iso));
        return command;
    }

    /// <summary>The <c>--framework</c> option of <c>cchc ingest</c> and <c>cchc merge</c>: the indicators the map submits to.</summary>
    internal static Option<string> FrameworkOption() => new("--framework", "-f")
    {
        Description = "The framework the submissions are for: a framework file, or the id of a built-in framework (default: " + Inputs.DefaultFrameworkId + "). Every indicator of --map must be one of its indicators, and periods outside its plan are warned about.",
        HelpName = "FRAMEWORK",
    };

    /// <summary>
    /// Loads the framework and checks the map against it: every indicator a metric is submitted as must be one of
    /// the framework's. Null (after reporting; the exit code in <paramref name="exitCode"/>) when it is not.
    /// </summary>
    internal static (Framework Framework, IndicatorMap Map)? Resolve(TextWriter error, string? frameworkSpec, string[] maps, out int exitCode)
    {
        var problems = new List<Problem>();
        var framework = new Inputs(RuleAssemblies.Registry([], problems), problems).Framework(frameworkSpec);
        if (framework is null || problems.Count > 0)
        {
            exitCode = CliApp.Fail(error, problems);
            return null;
        }

        var map = IndicatorMap.GtvtTienGiang20212025;
        var given = new HashSet<DossierMetric>();
        foreach (var entry in maps)
        {
            int eq = entry.IndexOf('=', StringComparison.Ordinal);
            IndicatorMap.TryParseMetric(entry[..eq], out var metric);
            map = map.With(metric, entry[(eq + 1)..]);
            given.Add(metric);
        }

        var codes = framework.Indicators.Select(i => i.Code).ToArray();
        bool bad = false;
        foreach (var metric in IndicatorMap.Metrics)
        {
            if (map.IndicatorFor(metric) is not { Length: > 0 } code || framework.FindIndicator(code) is not null)
            {
                continue;
            }

            bad = true;
            string guess = Suggestions.Closest(code, codes) is { } near ? " Did you mean " + near + "?" : string.Empty;
            Format.Line(error, "cchc: " + (given.Contains(metric) ? "--map " + IndicatorMap.NameOf(metric) + "=" + code : "the default map submits " + IndicatorMap.NameOf(metric) + " as " + code + ", but")
                + (given.Contains(metric) ? ": " : " ") + "framework '" + framework.Id + "' has no indicator " + code + "." + guess
                + " Its indicators are " + string.Join(", ", codes) + (given.Contains(metric) ? "." : "; map the metric with --map " + IndicatorMap.NameOf(metric) + "=CODE, or drop it with --map " + IndicatorMap.NameOf(metric) + "=."));
        }

        exitCode = bad ? CliApp.UsageError : CliApp.Success;
        return bad ? null : (framework, map);
    }

    /// <summary>The <c>--map</c> option, as <c>cchc ingest</c> and <c>cchc merge</c> take it.</summary>
    internal static Option<string[]> MapOption()
    {
        var maps = new Option<string[]>("--map")
        {
            Description = "Submit a metric as an indicator, e.g. on-time-rate=T99, or drop it with online-rate=; repeat for more. Default: the map for gtvt-tiengiang-2021-2025 (online-rate=T02, online-reception-rate=T04, digitisation-rate=T06, waiting-time-mean=T07, processing-time-mean=T08, satisfaction-rate=T09).",
            HelpName = "METRIC=CODE",
        };
        maps.Validators.Add(result =>
        {
            foreach (var text in result.GetValueOrDefault<string[]>() ?? [])
            {
                int eq = text.IndexOf('=', StringComparison.Ordinal);
                if (eq < 0 || !IndicatorMap.TryParseMetric(text[..eq], out _))
                {
                    result.AddError("'" + text + "' is not METRIC=CODE with a metric among: " + string.Join(", ", IndicatorMap.Metrics.Select(IndicatorMap.NameOf)) + ".");
                }
            }
        });
        return maps;
    }

    /// <summary>The <c>--recorded-at</c> option.</summary>
    internal static Option<string> RecordedAtOption()
    {
        var recordedAt = new Option<string>("--recorded-at")
        {
            Description = "Record the submissions at this instant, e.g. 2026-01-05T00:00:00Z (default: the start of the day after each period, UTC+7).",
            HelpName = "INSTANT",
        };
        recordedAt.Validators.Add(result =>
        {
            string? text = result.GetValueOrDefault<string>();
            if (text is not null && !InstantPattern.ExtendedIso.Parse(text).Success)
            {
                result.AddError("'" + text + "' is not an instant: write an ISO instant in UTC such as 2026-01-05T00:00:00Z.");
            }
        });
        return recordedAt;
    }

    /// <summary>The <c>--state-out</c> option.</summary>
    internal static Option<string> StateOutOption(string description) => new("--state-out")
    {
        Description = description,
        HelpName = "FILE",
    };

    /// <summary>
    /// Writes what <c>cchc ingest</c> and <c>cchc merge</c> produce: the submissions to <paramref name="outFile"/> (or
    /// standard output, unless only a state file is asked for) and the state to <paramref name="stateOut"/>.
    /// </summary>
    internal static int Write(TextWriter output, TextWriter error, DossierMetrics metrics, Framework framework, IndicatorMap map, string? recordedAtText, string? outFile, string? stateOut)
    {
        if (outFile is not null || stateOut is null)
        {
            Instant? recordedAt = recordedAtText is null ? null : InstantPattern.ExtendedIso.Parse(recordedAtText).Value;
            var set = metrics.ToSubmissionSet(map, recordedAt);
            DescribePeriods(error, metrics, set, framework);
            string json = SubmissionJson.Write(set, framework.Id);
            if (outFile is null)
            {
                output.Write(json);
            }
            else
            {
                if (!WriteFile(outFile, json, error))
                {
                    return CliApp.InputProblems;
                }

                Format.Line(error, "submissions written: " + set.Submissions.Count.ToString(CultureInfo.InvariantCulture) + " to " + outFile);
            }
        }

        if (stateOut is not null)
        {
            if (!WriteFile(stateOut, metrics.State.ToJson(), error))
            {
                return CliApp.InputProblems;
            }

            Format.Line(error, "state written: " + stateOut);
        }

        return CliApp.Success;
    }

    /// <summary>Writes a file atomically (<see cref="OutputFile.Write"/>); a failure is reported on <paramref name="error"/>.</summary>
    private static bool WriteFile(string path, string text, TextWriter error)
    {
        byte[] bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
        if (OutputFile.Write(path, stream => stream.Write(bytes)) is Problem problem)
        {
            CliApp.Fail(error, [problem]);
            return false;
        }

        return true;
    }

    /// <summary>Says on standard error which periods get submissions and from which dossiers, and warns about periods outside the plan.</summary>
    private static void DescribePeriods(TextWriter error, DossierMetrics metrics, SubmissionSet set, Framework framework)
    {
        var periods = set.Submissions.Select(s => s.Period).Distinct().Order().ToArray();
        foreach (var period in periods)
        {
            var results = metrics.Results.Where(r => r.Period == period).ToArray();
            long received = results.Sum(r => r.OnlineReception.Denominator);
            long ended = results.Sum(r => r.ProcessingTime.Count);
            long active = results.Sum(r => r.OnTime.Denominator);
            int indicators = set.Submissions.Where(s => s.Period == period).Select(s => s.IndicatorCode).Distinct(StringComparer.Ordinal).Count();
            string text = "cchc: period " + period.ToString() + ": " + Count(received) + (received == 1 ? " dossier" : " dossiers") + " received in it, " + Count(ended) + " ended in it (processing times), "
                + Count(active) + " active; " + Format.Count(indicators, "indicator", "indicators") + " submitted";
            if (received == 0 && ended > 0)
            {
                text += ": only dossiers received in an earlier period ended in it, so it holds only end metrics (processing time, satisfaction, electronic results)";
            }

            Format.Line(error, text + ".");
            if (period.End < framework.Plan.Start || period.Start > framework.Plan.End)
            {
                Format.Line(error, "cchc: warning: period " + period.ToString() + " lies outside the plan of framework '" + framework.Id + "' ("
                    + framework.Plan.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + ".." + framework.Plan.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
                    + "); 'cchc score' scores the latest period that has submissions unless given --period.");
            }
        }
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A share from 0 to 1 written with a point, or null.</summary>
    private static decimal? ParseShare(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal share) && share <= 1m ? share : null;

    private static int Run(TextWriter output, TextWriter error, string file, string[] periodTexts, string granularity, string calendarName, string? outFile, string[] units, string[] maps, string? recordedAtText, bool showProgress, int parallelism, string? stateOut, string? frameworkSpec, decimal? maxRejected, DossierTimeFormat timeFormat)
    {
        if (!File.Exists(file))
        {
            return CliApp.Fail(error, [Inputs.Unreadable(file, Directory.Exists(file) ? "This is a directory, not a file." : "The file does not exist.")]);
        }

        foreach (string? written in new[] { outFile, stateOut })
        {
            if (written is not null && OutputFile.CheckNotInput(written, [file]) is Problem clash)
            {
                CliApp.Report(error, [clash]);
                return CliApp.UsageError;
            }
        }

        if (Resolve(error, frameworkSpec, maps, out int resolveExit) is not var (framework, map))
        {
            return resolveExit;
        }

        ReportingCalendar.TryFromName(calendarName, out var calendar);
        var kind = granularity switch
        {
            "half-year" => PeriodKind.HalfYear,
            "quarter" => PeriodKind.Quarter,
            "month" => PeriodKind.Month,
            _ => PeriodKind.Year,
        };
        var options = new DossierOptions(
            periodTexts.Length > 0 ? periodTexts.Select(p => ReportingPeriod.Parse(p, calendar)) : null,
            kind,
            calendar,
            units.Length > 0 ? units : null,
            parallelism: parallelism,
            timeFormat: timeFormat);
        var display = showProgress ? new ProgressDisplay(error) : null;
        var metrics = DossierReader.ReadCsvFile(file, options, display);
        display?.Done();

        CliApp.Report(error, metrics.Problems);
        if (metrics.Summary.RowsRejected > metrics.Problems.Count(p => p.Line is not null))
        {
            Format.Line(error, "cchc: only the first " + Format.Int(options.MaxProblems) + " rejected rows are listed.");
        }

        error.Write(metrics.Summary.ToString().Replace("\r", string.Empty, StringComparison.Ordinal));
        var summary = metrics.Summary;
        if (metrics.Problems.Any(p => p.Line is null || !summary.Rejected.ContainsKey(p.Code)))
        {
            // The input as a whole could not be read (file, header, columns).
            return CliApp.InputProblems;
        }

        if (summary.RowsUsed == 0)
        {
            Format.Line(error, "cchc: no row could be used (" + Count(summary.RowsRejected) + " rejected): nothing was written.");
            return CliApp.InputProblems;
        }

        long counted = summary.RowsUsed + summary.RowsRejected;
        if (maxRejected is { } max && summary.RowsRejected > max * counted)
        {
            decimal share = Math.Round(summary.RowsRejected * 100m / counted, 2);
            Format.Line(error, "cchc: " + Format.Exact(share) + " % of the rows were rejected (" + Count(summary.RowsRejected) + " of " + Count(counted) + "), more than --max-rejected " + Format.Exact(max * 100m) + " %: nothing was written.");
            return CliApp.InputProblems;
        }

        return Write(output, error, metrics, framework, map, recordedAtText, outFile, stateOut);
    }

    /// <summary>A one-line progress display on standard error, redrawn at most four times a second.</summary>
    private sealed class ProgressDisplay(TextWriter error) : IProgress<ReadProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly System.Threading.Lock _gate = new();
        private long _lastDraw = -1000;
        private bool _drawn;

        public void Report(ReadProgress value)
        {
            lock (_gate)
            {
                long now = _clock.ElapsedMilliseconds;
                if (now - _lastDraw < 250)
                {
                    return;
                }

                _lastDraw = now;
                double percent = value.TotalBytes > 0 ? value.BytesRead * 100.0 / value.TotalBytes : 0;
                double seconds = Math.Max(now / 1000.0, 0.001);
                error.Write(string.Create(CultureInfo.InvariantCulture, $"\rreading: {percent,5:F1} %  {value.RowsRead:N0} rows  {value.RowsRead / seconds:N0} rows/s   "));
                error.Flush();
                _drawn = true;
            }
        }

        public void Done()
        {
            if (_drawn)
            {
                error.Write("\n");
            }
        }
    }
}
