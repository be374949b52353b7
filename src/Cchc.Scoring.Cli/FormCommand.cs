using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring;
using Cchc.Scoring.Forms;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary>
/// <c>cchc form</c>: writes fill-in forms (.xlsx) for units to report a period's figures in; <c>cchc sample</c>: writes a
/// built-in framework's sample submissions as JSON, CSV and forms.
/// </summary>
internal static class FormCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var framework = JobOptions.FrameworkOption();
        var period = new Option<string>("--period", "-p")
        {
            Description = "The period the forms ask figures for: 2025, 2025-H1, 2025-Q1, 2025-07.",
            HelpName = "PERIOD",
            Required = true,
        };
        var units = new Option<string[]>("--unit", "-u")
        {
            Description = "Write the form of this unit; repeat the option for more units.",
            HelpName = "UNIT",
        };
        var allUnits = new Option<bool>("--all-units")
        {
            Description = "Write a form for every declared unit that exists on the period's last day (units that ended during it are left out).",
        };
        var submissions = new Option<string>("--submissions", "-s")
        {
            Description = "Submissions (a file or folder: JSON, CSV or forms) that declare the units and give each unit's previous values, shown for reference (default: the built-in framework's sample units, with no previous values).",
            HelpName = "FILE|DIR",
        };
        var lang = CliApp.LanguageOption();
        var outDir = new Option<string>("--out", "-o")
        {
            Description = "The folder to write the forms to (created if missing): one UNIT-PERIOD.xlsx per unit.",
            HelpName = "DIR",
            Required = true,
        };
        var assessment = new Option<bool>("--assessment")
        {
            Description = "Write assessment forms instead (docs/appraisal.md): the unit's self-assessment, an appraisal round or the unit's explanation, per criterion with points.",
        };
        var stage = new Option<string>("--stage")
        {
            Description = "With --assessment: self (the unit's self-assessment with evidence), appraisal (a round's points and comments) or explanation (the unit's explanation after a round, and its acceptance).",
            HelpName = "self|appraisal|explanation",
            DefaultValueFactory = _ => "self",
        };
        stage.AcceptOnlyFromAmong("self", "appraisal", "explanation");
        var round = new Option<int>("--round")
        {
            Description = "With --assessment: the appraisal round (--stage appraisal) or the round explained (--stage explanation), from 1.",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
        };
        round.Validators.Add(result =>
        {
            int n = result.GetValueOrDefault<int>();
            if (n is < 1 or > 100)
            {
                result.AddError("--round must be a whole number from 1 to 100.");
            }
        });
        var by = new Option<string>("--by")
        {
            Description = "With --stage appraisal: who appraises, team (the appraisal team) or council.",
            HelpName = "team|council",
            DefaultValueFactory = _ => "team",
        };
        by.AcceptOnlyFromAmong("team", "council");
        var records = new Option<string[]>("--records")
        {
            Description = "With --assessment: the records so far (a JSON records file or filled assessment forms; repeat for more): shown read-only in the form, and the entries of its stage filled in.",
            HelpName = "FILE",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("form", "Write fill-in forms (.xlsx) for units to report a period's figures in, or with --assessment to self-assess, appraise or explain: one workbook per unit, Vietnamese by default.")
        {
            framework, period, units, allUnits, submissions, lang, outDir, assessment, stage, round, by, records,
        };
        command.Validators.Add(result =>
        {
            bool some = (result.GetValue(units) ?? []).Length > 0, all = result.GetValue(allUnits);
            if (some == all)
            {
                result.AddError(some ? "Give --unit or --all-units, not both." : "Give --unit UNIT (one or more) or --all-units.");
            }

            if (!result.GetValue(assessment) && new Option[] { stage, round, by, records }.FirstOrDefault(o => result.GetResult(o) is { Implicit: false }) is Option alone)
            {
                result.AddError(alone.Name + " is an option of assessment forms: give --assessment too.");
            }
        });
        command.SetAction(parse => Forms(
            output,
            error,
            parse.GetValue(framework),
            parse.GetValue(period)!,
            parse.GetValue(units) ?? [],
            parse.GetValue(submissions),
            parse.GetValue(lang) == "en" ? Language.En : Language.Vi,
            parse.GetValue(outDir)!,
            parse.GetValue(assessment) ? new AssessmentFormOptions
            {
                Stage = parse.GetValue(stage) switch { "appraisal" => AssessmentFormStage.Appraisal, "explanation" => AssessmentFormStage.Explanation, _ => AssessmentFormStage.SelfAssessment },
                Round = parse.GetValue(round),
                Appraiser = parse.GetValue(by) == "council" ? AssessorRole.Council : AssessorRole.AppraisalTeam,
            } : null,
            parse.GetValue(records) ?? []));
        return command;
    }

    public static Command CreateSample(TextWriter output, TextWriter error)
    {
        var framework = new Option<string>("--framework", "-f")
        {
            Description = "The built-in framework whose sample submissions to write (default: " + Inputs.DefaultFrameworkId + ").",
            HelpName = "ID",
        };
        var outDir = new Option<string>("--out", "-o")
        {
            Description = "The folder to write to (created if missing): sample.json, sample.csv and forms/UNIT-PERIOD.xlsx.",
            HelpName = "DIR",
            Required = true,
        };
        var command = new Command("sample", "Write a built-in framework's sample submissions (synthetic figures) as JSON, as CSV and as filled forms, to start from something real.")
        {
            framework, outDir,
        };
        command.SetAction(parse => Sample(output, error, parse.GetValue(framework) ?? Inputs.DefaultFrameworkId, parse.GetValue(outDir)!));
        return command;
    }

    private static int Forms(TextWriter output, TextWriter error, string? frameworkSpec, string periodText, string[] unitIds, string? submissionsSpec, Language language, string outDir, AssessmentFormOptions? assessment, string[] recordsPaths)
    {
        var problems = new List<Problem>();
        var inputs = new Inputs(RuleRegistry.Default, problems);
        var framework = inputs.Framework(frameworkSpec);
        if (framework is null)
        {
            return CliApp.Fail(error, problems);
        }

        if (!ReportingPeriod.TryParse(periodText, framework.Calendar, out var period))
        {
            problems.Add(new Problem(ProblemCodes.InvalidPeriod, "'" + periodText + "' is not a period: write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31."));
            return CliApp.Fail(error, problems);
        }

        SubmissionSet? previous = null;
        if (submissionsSpec is not null)
        {
            previous = inputs.Submissions(submissionsSpec, framework);
            if (previous is null)
            {
                return CliApp.Fail(error, problems);
            }
        }

        var hierarchy = previous?.Units is { Units.Count: > 0 } declared ? declared : Inputs.BuiltInSample(framework)?.Units;
        if (hierarchy is null || hierarchy.Units.Count == 0)
        {
            problems.Add(new Problem(ProblemCodes.UnknownUnit, "No units are declared: give a submissions file that declares them with --submissions FILE (its \"units\")."));
            return CliApp.Fail(error, problems);
        }

        var chosen = new List<Unit>();
        foreach (string id in unitIds)
        {
            if (hierarchy.Find(id) is Unit u)
            {
                chosen.Add(u);
                if (hierarchy.NotDue(id, period) is UnitNotCounted gone)
                {
                    // Asked for by name, so written; but the unit owes nothing for the period and should be told so.
                    problems.Add(new Problem(
                        ProblemCodes.UnknownUnit,
                        "Unit '" + id + "' does not exist on " + LocalDatePattern.Iso.Format(period.End) + ", the last day of " + period.ToString() + " (" + gone.Describe() + "): its form is written all the same, but it owes nothing for the period (see cchc status); write the form of the unit that exists then.",
                        severity: Severity.Warning));
                }
            }
            else
            {
                problems.Add(Suggest.UnknownUnit(id, hierarchy.Units.Select(x => x.Id).ToArray()));
            }
        }

        if (unitIds.Length == 0)
        {
            // Only the units that exist on the period's last day: a unit merged, split or dissolved during it reports no more.
            chosen.AddRange(hierarchy.DueFor(period, UnitSelection.End));
            if (chosen.Count == 0)
            {
                problems.Add(new Problem(ProblemCodes.UnknownUnit, "No declared unit exists on " + LocalDatePattern.Iso.Format(period.End) + ", the last day of " + period.ToString() + ": there is nobody to write a form for; check the units' \"from\" and \"to\" in the submissions file, or choose another period."));
            }
        }

        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return CliApp.Fail(error, problems);
        }

        if (assessment is not null)
        {
            var records = recordsPaths.Length == 0 ? null : Inputs.Records(recordsPaths, framework, problems);
            if (recordsPaths.Length > 0 && records is null)
            {
                return CliApp.Fail(error, problems);
            }

            CliApp.Report(error, problems);
            return WriteAssessmentForms(output, error, framework, period, chosen, new AssessmentFormOptions
            {
                Stage = assessment.Stage,
                Round = assessment.Round,
                Appraiser = assessment.Appraiser,
                Language = language,
                Records = records,
                Units = hierarchy,
            }, outDir);
        }

        CliApp.Report(error, problems);
        var options = new FormOptions { Language = language, Previous = previous, Units = hierarchy };
        return WriteForms(output, error, framework, [(period, chosen)], options, outDir);
    }

    /// <summary>Writes one assessment form per unit: <c>UNIT-PERIOD-self.xlsx</c>, <c>UNIT-PERIOD-appraisal-N.xlsx</c> or <c>UNIT-PERIOD-explanation-N.xlsx</c>.</summary>
    private static int WriteAssessmentForms(TextWriter output, TextWriter error, Framework framework, ReportingPeriod period, List<Unit> units, AssessmentFormOptions options, string outDir)
    {
        if (CreateFolder(outDir) is Problem cannot)
        {
            return CliApp.Fail(error, [cannot]);
        }

        string stage = options.Stage switch
        {
            AssessmentFormStage.SelfAssessment => "self",
            AssessmentFormStage.Appraisal => "appraisal-" + options.Round.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => "explanation-" + options.Round.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var unit in units)
        {
            string path = Path.Combine(outDir, FileName(unit.Id) + "-" + period.ToString().Replace("..", "_", StringComparison.Ordinal) + "-" + stage + ".xlsx");
            byte[] bytes = AssessmentForm.Render(framework, period, unit, options);
            if (OutputFile.Write(path, s => s.Write(bytes)) is Problem problem)
            {
                return CliApp.Fail(error, [problem]);
            }

            Format.Line(output, path);
        }

        return CliApp.Success;
    }

    private static int WriteForms(TextWriter output, TextWriter error, Framework framework, IEnumerable<(ReportingPeriod Period, List<Unit> Units)> forms, FormOptions options, string outDir)
    {
        if (CreateFolder(outDir) is Problem cannot)
        {
            return CliApp.Fail(error, [cannot]);
        }

        foreach (var (period, units) in forms)
        {
            foreach (var unit in units)
            {
                string path = Path.Combine(outDir, FileName(unit.Id) + "-" + period.ToString().Replace("..", "_", StringComparison.Ordinal) + ".xlsx");
                byte[] bytes = SubmissionForm.Render(framework, period, unit, options);
                if (OutputFile.Write(path, s => s.Write(bytes)) is Problem problem)
                {
                    return CliApp.Fail(error, [problem]);
                }

                Format.Line(output, path);
            }
        }

        return CliApp.Success;
    }

    private static int Sample(TextWriter output, TextWriter error, string id, string outDir)
    {
        if (!BuiltInFrameworks.TryGet(id, out var framework))
        {
            string? closest = Suggestions.Closest(id, BuiltInFrameworks.Ids, least: 2);
            return CliApp.Fail(error, [new Problem(ProblemCodes.UnknownFramework, "'" + id + "' is not a built-in framework" + (closest is null ? string.Empty : "; did you mean '" + closest + "'?") + "; " + Inputs.BuiltInList() + ".")]);
        }

        if (Inputs.BuiltInSample(framework) is not SubmissionSet sample)
        {
            return CliApp.Fail(error, [new Problem(ProblemCodes.UnknownFramework, "The built-in framework '" + id + "' has no sample submissions.")]);
        }

        if (CreateFolder(outDir) is Problem cannot)
        {
            return CliApp.Fail(error, [cannot]);
        }

        string json = Path.Combine(outDir, "sample.json"), csv = Path.Combine(outDir, "sample.csv");
        byte[] jsonBytes = new UTF8Encoding(false).GetBytes(SubmissionJson.Write(sample, framework.Id) + "\n");
        if (OutputFile.Write(json, s => s.Write(jsonBytes)) is Problem p1)
        {
            return CliApp.Fail(error, [p1]);
        }

        Format.Line(output, json);
        byte[] csvBytes = SubmissionCsv.Write(sample);
        if (OutputFile.Write(csv, s => s.Write(csvBytes)) is Problem p2)
        {
            return CliApp.Fail(error, [p2]);
        }

        Format.Line(output, csv);

        // One filled form per unit and period of the sample (the latest revision of each figure).
        var forms = sample.Submissions.Select(s => s.Period).Distinct().Order()
            .Select(period => (period, sample.Units.Units.Where(u => sample.Submissions.Any(s => s.Period == period && s.UnitId == u.Id)).ToList()))
            .Where(x => x.Item2.Count > 0);
        return WriteForms(output, error, framework, forms, new FormOptions { Filled = sample, Previous = sample, Units = sample.Units }, Path.Combine(outDir, "forms"));
    }

    private static Problem? CreateFolder(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return OutputFile.Unwritable(path, "The folder cannot be created: " + ex.Message);
        }
    }

    /// <summary>A unit id as a file name: characters file systems refuse become <c>_</c>.</summary>
    private static string FileName(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (char c in id)
        {
            sb.Append(c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c);
        }

        return sb.ToString();
    }
}
