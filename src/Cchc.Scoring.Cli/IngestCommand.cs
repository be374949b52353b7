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

        var command = new Command("ingest", "Count a CSV file of procedure dossiers into Index 766 metrics and write them as submissions for 'cchc score --submissions'.")
        {
            file, periods, granularity, calendar, outFile, units, maps, recordedAt, progress, parallelism, stateOut,
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
            parse.GetValue(stateOut)));
        return command;
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
    internal static int Write(TextWriter output, TextWriter error, DossierMetrics metrics, string[] maps, string? recordedAtText, string? outFile, string? stateOut)
    {
        if (outFile is not null || stateOut is null)
        {
            var map = IndicatorMap.GtvtTienGiang20212025;
            foreach (var entry in maps)
            {
                int eq = entry.IndexOf('=', StringComparison.Ordinal);
                IndicatorMap.TryParseMetric(entry[..eq], out var metric);
                map = map.With(metric, entry[(eq + 1)..]);
            }

            Instant? recordedAt = recordedAtText is null ? null : InstantPattern.ExtendedIso.Parse(recordedAtText).Value;
            var set = metrics.ToSubmissionSet(map, recordedAt);
            string json = SubmissionJson.Write(set, maps.Length == 0 ? Inputs.DefaultFrameworkId : null);
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

    private static bool WriteFile(string path, string text, TextWriter error)
    {
        try
        {
            File.WriteAllText(path, text);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            CliApp.Fail(error, [Inputs.Unreadable(path, "The output cannot be written: " + ex.Message)]);
            return false;
        }
    }

    private static int Run(TextWriter output, TextWriter error, string file, string[] periodTexts, string granularity, string calendarName, string? outFile, string[] units, string[] maps, string? recordedAtText, bool showProgress, int parallelism, string? stateOut)
    {
        if (!File.Exists(file))
        {
            return CliApp.Fail(error, [Inputs.Unreadable(file, Directory.Exists(file) ? "This is a directory, not a file." : "The file does not exist.")]);
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
            parallelism: parallelism);
        var display = showProgress ? new ProgressDisplay(error) : null;
        var metrics = DossierReader.ReadCsvFile(file, options, display);
        display?.Done();

        CliApp.Report(error, metrics.Problems);
        if (metrics.Summary.RowsRejected > metrics.Problems.Count(p => p.Line is not null))
        {
            Format.Line(error, "cchc: only the first " + Format.Int(options.MaxProblems) + " rejected rows are listed.");
        }

        error.Write(metrics.Summary.ToString().Replace("\r", string.Empty, StringComparison.Ordinal));
        if (metrics.Problems.Any(p => p.Line is null))
        {
            return CliApp.InputProblems;
        }

        return Write(output, error, metrics, maps, recordedAtText, outFile, stateOut);
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
