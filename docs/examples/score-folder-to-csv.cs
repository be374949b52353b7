#:project ../../src/Cchc.Scoring/Cchc.Scoring.csproj

// Scores every submissions file of a folder against a framework file and writes one CSV row per unit.
//
//   dotnet run docs/examples/score-folder-to-csv.cs -- [FRAMEWORK] [FOLDER] [PERIOD] [OUT.csv]
//
// FRAMEWORK is a framework file or a built-in id (default: data/framework.json beside this script), FOLDER holds
// the *.json submissions files (default: data/submissions), PERIOD is 2025, 2025-H1, 2025-Q3, … (default: 2025),
// OUT.csv is the file to write (default: standard output). Problems in a file are printed on standard error and
// the script exits with 1.
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;

string here = (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
string frameworkArg = args.Length > 0 ? args[0] : Path.Combine(here, "data", "framework.json");
string folder = args.Length > 1 ? args[1] : Path.Combine(here, "data", "submissions");
string periodText = args.Length > 2 ? args[2] : "2025";
string? output = args.Length > 3 ? args[3] : null;

ValidationResult<Framework> read = BuiltInFrameworks.TryGet(frameworkArg, out var builtIn)
    ? new ValidationResult<Framework>(builtIn, [])
    : FrameworkJson.Read(File.ReadAllText(frameworkArg), source: frameworkArg);
if (Report(read.Problems) || read.Value is not { } framework)
{
    return 1;
}

var period = ReportingPeriod.Parse(periodText, framework.Calendar);
var csv = new StringBuilder("file,unit,unit name,points,max points,index,class\r\n");
bool failed = false;
foreach (string file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
{
    var submissions = SubmissionJson.Read(File.ReadAllText(file), framework, Path.GetFileName(file));
    if (Report(submissions.Problems) || submissions.Value is null)
    {
        failed = true;
        continue;
    }

    var result = Scorer.Score(framework, submissions.Value, new ScoringRequest(period));
    failed |= Report(result.Problems);
    foreach (var card in result.Scorecards)
    {
        csv.Append(Field(Path.GetFileName(file))).Append(',')
            .Append(Field(card.UnitId)).Append(',')
            .Append(Field(card.Unit?.Name.Vi ?? string.Empty)).Append(',')
            .Append(card.Points.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(card.MaxPoints.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(card.Index?.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(Field(card.Class?.Name.Vi ?? string.Empty)).Append("\r\n");
    }
}

if (output is null)
{
    Console.Out.Write(csv.ToString());
}
else
{
    File.WriteAllText(output, csv.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    Console.WriteLine("wrote " + output);
}

return failed ? 1 : 0;

// RFC 4180: quote a field holding a comma, a quote or a line break, doubling the quotes.
static string Field(string value) =>
    value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

// Prints the problems on standard error; true when any is an error.
static bool Report(System.Collections.Generic.IReadOnlyList<Problem> problems)
{
    foreach (var p in problems)
    {
        Console.Error.WriteLine((p.Source ?? "-") + ": " + (p.Path ?? "$") + ": " + p.Severity.ToString().ToLowerInvariant() + " " + p.Code + ": " + p.Message);
    }

    return problems.Any(p => p.Severity == Severity.Error);
}
