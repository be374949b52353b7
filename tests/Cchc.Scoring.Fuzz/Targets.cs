using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Cchc.Scoring.Dossiers;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;

namespace Cchc.Scoring.Fuzz;

/// <summary>
/// The fuzz targets: each feeds raw bytes to one reader. The rule of every target: bad input is answered with
/// problems; any exception is a crash (none of these readers documents an exception for bad data).
/// </summary>
public static class Targets
{
    private static readonly Lazy<Framework> Plan = new(() => BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025));

    /// <summary>The target names, which are also the folder names under corpus/ and regressions/.</summary>
    public static IReadOnlyList<string> Names { get; } = ["framework", "submissions", "override", "dossier", "period"];

    /// <summary>Runs one target over one input.</summary>
    /// <param name="target">A name from <see cref="Names"/>.</param>
    /// <param name="data">The input bytes (decoded as UTF-8 where the reader takes text, invalid bytes replaced).</param>
    public static void Run(string target, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        string text = Encoding.UTF8.GetString(data);
        switch (target)
        {
            case "framework":
                var framework = FrameworkJson.Read(text, source: "fuzz.json");
                if (framework.Value is not null)
                {
                    // A framework that reads must also write and read back.
                    FrameworkJson.Read(FrameworkJson.Write(framework.Value));
                }

                break;
            case "submissions":
                var fromText = SubmissionJson.Read(text, Plan.Value, "fuzz.json");
                using (var stream = new MemoryStream(data))
                {
                    var fromStream = SubmissionJson.ReadStream(stream, Plan.Value, "fuzz.json");
                    if ((fromText.Value is null) != (fromStream.Value is null) && !text.Contains('\uFFFD', StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException("The text and stream readers disagree on whether the input is usable.");
                    }
                }

                if (fromText.Value is not null)
                {
                    SubmissionJson.Write(fromText.Value);
                }

                break;
            case "override":
                var over = FrameworkOverride.Read(text, "fuzz.json");
                if (over.Value is not null)
                {
                    FrameworkOverride.Apply(Plan.Value, over.Value);
                }

                break;
            case "dossier":
                DossierReader.ReadCsv(new StringReader(text), new DossierOptions(granularity: PeriodKind.Quarter), "fuzz.csv");
                break;
            case "period":
                foreach (var calendar in new[] { ReportingCalendar.Calendar, ReportingCalendar.Administrative, ReportingCalendar.WithCutoff(28) })
                {
                    if (ReportingPeriod.TryParse(text, calendar, out var period))
                    {
                        // A period that parses prints as text that parses to the same period.
                        if (!ReportingPeriod.TryParse(period.ToString(), calendar, out var again) || again != period)
                        {
                            throw new InvalidOperationException("'" + text + "' does not round-trip: " + period.ToString());
                        }
                    }
                }

                break;
            default:
                throw new ArgumentException("Unknown target '" + target + "'.", nameof(target));
        }
    }
}
