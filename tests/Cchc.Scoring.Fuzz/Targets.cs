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

    private static void Agree(IReadOnlyList<Problem> a, IReadOnlyList<Problem> b, bool aUnusable, bool bUnusable)
    {
        if (aUnusable != bUnusable || a.Count != b.Count)
        {
            throw new InvalidOperationException("The byte and stream readers disagree: " + a.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " problems against " + b.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        }
    }

    /// <summary>Runs one target over one input.</summary>
    /// <param name="target">A name from <see cref="Names"/>.</param>
    /// <param name="data">The input bytes, given as bytes to the JSON readers (which apply the strict UTF-8 reading rule);
    /// decoded as UTF-8 (invalid bytes replaced) only for the period parser and the dossier text reader.</param>
    public static void Run(string target, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        string text = Encoding.UTF8.GetString(data);
        switch (target)
        {
            case "framework":
                var framework = FrameworkJson.ReadUtf8(data, source: "fuzz.json");
                using (var frameworkStream = new MemoryStream(data))
                {
                    // The byte and stream readers apply one reading rule: they agree on every input.
                    var streamed = FrameworkJson.ReadStream(frameworkStream, source: "fuzz.json");
                    Agree(framework.Problems, streamed.Problems, framework.Value is null, streamed.Value is null);
                }

                if (framework.Value is not null)
                {
                    // A framework that reads must also write and read back.
                    FrameworkJson.Read(FrameworkJson.Write(framework.Value));
                }

                break;
            case "submissions":
                var fromBytes = SubmissionJson.ReadUtf8(data, Plan.Value, "fuzz.json");
                using (var stream = new MemoryStream(data))
                {
                    // The byte and stream readers apply one reading rule: the same problems, the same verdict.
                    var fromStream = SubmissionJson.ReadStream(stream, Plan.Value, "fuzz.json");
                    Agree(fromBytes.Problems, fromStream.Problems, fromBytes.Value is null, fromStream.Value is null);
                }

                if (fromBytes.Value is not null)
                {
                    // A set that reads writes, and what it writes reads back to the same problems-free set.
                    var again = SubmissionJson.Read(SubmissionJson.Write(fromBytes.Value), Plan.Value);
                    if (again.Value is null)
                    {
                        throw new InvalidOperationException("A set that reads does not read back: " + string.Join("; ", again.Problems));
                    }
                }

                break;
            case "override":
                var over = FrameworkOverride.ReadUtf8(data, "fuzz.json");
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
