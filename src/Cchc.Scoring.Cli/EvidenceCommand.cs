using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc evidence hash DIR</c>: the SHA-256 of every file under a folder, written as evidence references (JSON).</summary>
internal static class EvidenceCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dir = new Argument<string>("DIR") { Description = "The folder of evidence files." };
        var hash = new Command("hash", "Write evidence references for every file under DIR: title and file name (relative, with '/'), and the SHA-256 of its bytes, in ordinal order of the names.");
        hash.Arguments.Add(dir);
        hash.SetAction(parse => Run(output, error, parse.GetValue(dir)!));
        var command = new Command("evidence", "Evidence references for assessment records (docs/appraisal.md).");
        command.Subcommands.Add(hash);
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, string dir)
    {
        if (!Directory.Exists(dir))
        {
            return CliApp.Fail(error, [Inputs.Unreadable(dir, "There is no folder here.")]);
        }

        var problems = new List<Problem>();
        var files = Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Name: Path.GetRelativePath(dir, f).Replace('\\', '/')))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToArray();
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("evidence");
            foreach (var (full, name) in files)
            {
                string sha;
                try
                {
                    using var stream = File.OpenRead(full);
                    sha = Convert.ToHexStringLower(SHA256.HashData(stream));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    problems.Add(Inputs.Unreadable(full, "Cannot be read: " + ex.Message));
                    continue;
                }

                w.WriteStartObject();
                w.WriteString("title", Path.GetFileNameWithoutExtension(name));
                w.WriteString("file", name);
                w.WriteString("sha256", sha);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
        CliApp.Report(error, problems);
        return problems.Count > 0 ? CliApp.InputProblems : CliApp.Success;
    }
}
