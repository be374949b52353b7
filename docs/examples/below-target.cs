#:project ../../src/Cchc.Scoring/Cchc.Scoring.csproj

// Lists, unit by unit, the indicators that miss their target in a period, with value, target and points.
//
//   dotnet run docs/examples/below-target.cs -- [PERIOD] [FRAMEWORK] [SUBMISSIONS]
//
// PERIOD defaults to 2025; FRAMEWORK is a built-in id or a framework file (default: the built-in
// gtvt-tiengiang-2021-2025); SUBMISSIONS is a submissions file (default: the built-in framework's synthetic sample).
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;

string periodText = args.Length > 0 ? args[0] : "2025";
string frameworkArg = args.Length > 1 ? args[1] : BuiltInFrameworks.GtvtTienGiang20212025;
Framework framework = BuiltInFrameworks.TryGet(frameworkArg, out var builtIn)
    ? builtIn
    : FrameworkJson.Read(File.ReadAllText(frameworkArg), source: frameworkArg).GetValueOrThrow();
SubmissionSet submissions = args.Length > 2
    ? SubmissionJson.Read(File.ReadAllText(args[2]), framework, args[2]).GetValueOrThrow()
    : BuiltInFrameworks.GetSample(framework.Id);

var result = Scorer.Score(framework, submissions, new ScoringRequest(ReportingPeriod.Parse(periodText, framework.Calendar)));
Console.WriteLine(framework.Id + ", " + periodText + ": indicators below target");
int missed = 0;
foreach (var card in result.Scorecards)
{
    var below = card.Indicators.Where(s => s.Status == IndicatorStatus.NotMet).ToList();
    if (below.Count == 0)
    {
        continue;
    }

    Console.WriteLine();
    Console.WriteLine(card.UnitId + " " + card.Unit?.Name.En + " (index " + Number(card.Index) + ", " + card.Class?.Name.En + ")");
    foreach (var s in below)
    {
        missed++;
        Console.WriteLine("  " + s.Indicator.Code.PadRight(5) + " value " + Number(s.Value).PadLeft(8)
            + "  target " + s.Indicator.Target.Comparison.Symbol() + " " + Number(s.Target).PadRight(8)
            + " points " + Number(s.Points) + "/" + Number(s.MaxPoints) + "  " + s.Indicator.Name.En);
    }
}

Console.WriteLine();
Console.WriteLine(missed.ToString(CultureInfo.InvariantCulture) + " indicators below target in " + result.Scorecards.Count.ToString(CultureInfo.InvariantCulture) + " units.");
return 0;

static string Number(decimal? value) => value is { } v ? Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture) : "-";
