using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cchc.Scoring.Dossiers;
using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>
/// <c>cchc merge</c>: merges dossier states written by <c>cchc ingest --state-out</c> (one per province, file or
/// day) and writes the submissions exactly as <c>cchc ingest</c> writes them from all the dossiers at once.
/// </summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var states = new Argument<string[]>("STATE")
        {
            Description = "Dossier state files written by 'cchc ingest --state-out' (or 'cchc merge --state-out'), counted with the same options.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outFile = new Option<string>("--out", "-o")
        {
            Description = "Write the submissions to this file (default: standard output, unless only --state-out is given).",
            HelpName = "FILE",
        };
        var maps = IngestCommand.MapOption();
        var recordedAt = IngestCommand.RecordedAtOption();
        var stateOut = IngestCommand.StateOutOption("Write the merged state to this file, to merge further; without --out, the submissions are then not written.");
        var framework = IngestCommand.FrameworkOption();

        var command = new Command("merge", "Merge dossier states of parts of the data (cchc ingest --state-out) and write the submissions as 'cchc ingest' would from all the dossiers at once.")
        {
            states, outFile, maps, recordedAt, stateOut, framework,
        };
        command.SetAction(parse => Run(
            output,
            error,
            parse.GetValue(states) ?? [],
            parse.GetValue(outFile),
            parse.GetValue(maps) ?? [],
            parse.GetValue(recordedAt),
            parse.GetValue(stateOut),
            parse.GetValue(framework)));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, string[] files, string? outFile, string[] maps, string? recordedAtText, string? stateOut, string? frameworkSpec)
    {
        if (IngestCommand.Resolve(error, frameworkSpec, maps, out int resolveExit) is not var (framework, map))
        {
            return resolveExit;
        }

        var problems = new List<Problem>();
        var states = new List<DossierState>();
        foreach (string file in files)
        {
            if (Inputs.ReadText(file, problems) is not { } text)
            {
                continue;
            }

            var read = DossierState.Read(text, file);
            problems.AddRange(read.Problems);
            if (read.Value is { } state)
            {
                states.Add(state);
            }
        }

        if (problems.Count > 0)
        {
            return CliApp.Fail(error, problems);
        }

        var merged = DossierState.Merge(states);
        if (merged.Value is not { } total)
        {
            return CliApp.Fail(error, merged.Problems.ToList());
        }

        var metrics = total.ToMetrics();
        error.Write(metrics.Summary.ToString().Replace("\r", string.Empty, System.StringComparison.Ordinal));
        return IngestCommand.Write(output, error, metrics, framework, map, recordedAtText, outFile, stateOut);
    }
}
