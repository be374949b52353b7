#:project ../../src/Cchc.Scoring/Cchc.Scoring.csproj

// Compares two periods unit by unit: index and class in each, and the change.
//
//   dotnet run docs/examples/compare-periods.cs -- [FROM] [TO] [FRAMEWORK] [SUBMISSIONS]
//
// FROM and TO default to 2024 and 2025; FRAMEWORK is a built-in id or a framework file (default: the built-in
// gtvt-tiengiang-2021-2025); SUBMISSIONS is a submissions file (default: the built-in framework's synthetic sample).
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;

string fromText = args.Length > 0 ? args[0] : "2024";
string toText = args.Length > 1 ? args[1] : "2025";
string frameworkArg = args.Length > 2 ? args[2] : BuiltInFrameworks.GtvtTienGiang20212025;
Framework framework = BuiltInFrameworks.TryGet(frameworkArg, out var builtIn)
    ? builtIn
    : FrameworkJson.Read(File.ReadAllText(frameworkArg), source: frameworkArg).GetValueOrThrow();
SubmissionSet submissions = args.Length > 3
    ? SubmissionJson.Read(File.ReadAllText(args[3]), framework, args[3]).GetValueOrThrow()
    : BuiltInFrameworks.GetSample(framework.Id);

var from = Scorer.Score(framework, submissions, new ScoringRequest(ReportingPeriod.Parse(fromText, framework.Calendar)));
var to = Scorer.Score(framework, submissions, new ScoringRequest(ReportingPeriod.Parse(toText, framework.Calendar)));

Console.WriteLine(framework.Id + ": " + fromText + " → " + toText);
Console.WriteLine();
Console.WriteLine("Unit".PadRight(8) + fromText.PadLeft(8) + toText.PadLeft(8) + "  change".PadLeft(9) + "  class");
foreach (string unit in from.Scorecards.Select(c => c.UnitId).Union(to.Scorecards.Select(c => c.UnitId)).Order(StringComparer.Ordinal))
{
    var before = from.Find(unit);
    var after = to.Find(unit);
    decimal? change = before?.Index is { } b && after?.Index is { } a ? a - b : null;
    string classes = (before?.Class?.Name.En ?? "-") + (before?.Class?.Code == after?.Class?.Code ? string.Empty : " → " + (after?.Class?.Name.En ?? "-"));
    Console.WriteLine(unit.PadRight(8) + Number(before?.Index).PadLeft(8) + Number(after?.Index).PadLeft(8)
        + (change is { } c ? c.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "-").PadLeft(9) + "  " + classes);
}

return 0;

static string Number(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";
