using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cchc.Scoring;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Cli;

/// <summary><c>cchc units</c>: the unit tree as of a date and the lineage (renames, moves, merges, splits, absorptions, dissolutions).</summary>
internal static class UnitsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new JobOptions(null, asOf: false, rollUp: false);
        var asOf = new Option<string>("--as-of")
        {
            Description = "The day whose tree is printed, an ISO date such as 2025-12-31 (default: the last day of the framework's plan).",
            HelpName = "DATE",
        };
        var format = CliApp.TableOrJsonOption();
        var lang = CliApp.LanguageOption();
        var command = new Command("units", "Print the units as of a date, as a tree (name, kind, validity), and the lineage events: renames, moves, merges, splits with their shares, absorptions, dissolutions.");
        inputs.AddTo(command);
        command.Options.Add(asOf);
        command.Options.Add(format);
        command.Options.Add(lang);
        command.SetAction(parse => Run(output, error, parse, inputs, parse.GetValue(asOf), parse.GetValue(format) ?? "table", Texts.For(parse.GetValue(lang))));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, ParseResult parse, JobOptions inputs, string? asOfText, string format, Texts texts)
    {
        var problems = new List<Problem>();
        var job = inputs.Load(parse, error, problems, choosePeriod: false, out int stop);
        if (job is null)
        {
            return stop;
        }

        CliApp.Report(error, problems);
        LocalDate day = job.Framework.Plan.End;
        if (asOfText is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(asOfText.Trim());
            if (!parsed.Success)
            {
                return CliApp.Fail(error, [new Problem(ProblemCodes.InvalidValue, "'" + asOfText + "' is not a date: write an ISO date such as 2025-12-31.", "--as-of")]);
            }

            day = parsed.Value;
        }

        var all = job.Submissions.Units;
        var tree = all.AsOf(day);
        bool vi = texts.Language == Language.Vi;
        if (format == "json")
        {
            output.Write(Json(all, tree, day, texts.Language));
            return CliApp.Success;
        }

        Format.Line(output, (vi ? "Đơn vị ngày " : "Units as of ") + LocalDatePattern.Iso.Format(day) + " (" + Format.Count(tree.Units.Count, vi ? "đơn vị" : "unit", vi ? "đơn vị" : "units") + ")");
        var top = tree.Units.Where(u => u.ParentId is null || tree.Find(u.ParentId) is null).ToArray();
        foreach (var unit in top)
        {
            Write(output, tree, unit, string.Empty, texts.Language);
        }

        Format.Line(output);
        if (all.Lineage.Count == 0)
        {
            Format.Line(output, vi ? "Không có thay đổi đơn vị nào được ghi nhận." : "No lineage events are recorded.");
            return CliApp.Success;
        }

        Format.Line(output, vi ? "Lịch sử đơn vị:" : "Lineage:");
        var rows = new List<string[]> { vi ? ["ngày", "thay đổi", "đơn vị", "chi tiết"] : ["date", "event", "units", "details"] };
        foreach (var e in all.Lineage)
        {
            rows.Add([LocalDatePattern.Iso.Format(e.Date), LineageEvent.NameOf(e.Kind), Units(e), Details(e, texts.Language)]);
        }

        Format.Table(output, rows, new HashSet<int>());
        return CliApp.Success;
    }

    private static void Write(TextWriter output, UnitHierarchy tree, Unit unit, string indent, Language lang)
    {
        string validity = (unit.ValidFrom is LocalDate from ? (lang == Language.Vi ? ", từ " : ", from ") + LocalDatePattern.Iso.Format(from) : string.Empty)
            + (unit.ValidTo is LocalDate to ? (lang == Language.Vi ? ", đến " : ", to ") + LocalDatePattern.Iso.Format(to) : string.Empty);
        Format.Line(output, indent + unit.Id + "  " + unit.Name.Get(lang) + " (" + (unit.Kind.Length == 0 ? "-" : unit.Kind) + validity + ")");
        foreach (var child in tree.ChildrenOf(unit.Id))
        {
            Write(output, tree, child, indent + "  ", lang);
        }
    }

    private static string Units(LineageEvent e) => string.Join(" + ", e.From) + (e.Into.Count > 0 ? " → " + string.Join(" + ", e.Into) : string.Empty);

    private static string Details(LineageEvent e, Language lang)
    {
        bool vi = lang == Language.Vi;
        return e.Kind switch
        {
            LineageEventKind.Rename => e.Name!.Get(lang),
            LineageEventKind.Move => (vi ? "báo cáo cho " : "reports to ") + (e.ParentId ?? (vi ? "(cấp cao nhất)" : "(top)")),
            LineageEventKind.Split => Shares(e.Shares!, vi),
            _ => string.Empty,
        };
    }

    private static string Shares(SplitShares shares, bool vi)
    {
        string Set(IReadOnlyDictionary<string, decimal>? set) => set is null ? (vi ? "không chia được" : "not divisible") : string.Join(", ", set.Select(p => p.Key + " " + Format.Exact(p.Value)));
        var parts = new List<string> { (vi ? "mặc định: " : "default: ") + Set(shares.Default) };
        parts.AddRange(shares.ByIndicator.Select(p => p.Key + ": " + Set(p.Value)));
        return string.Join("; ", parts);
    }

    private static string Json(UnitHierarchy all, UnitHierarchy tree, LocalDate day, Language lang)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("asOf", LocalDatePattern.Iso.Format(day));
            w.WriteStartArray("units");
            foreach (var u in tree.Units)
            {
                w.WriteStartObject();
                w.WriteString("id", u.Id);
                w.WriteString("name", u.Name.Get(lang));
                w.WriteString("kind", u.Kind);
                w.WriteString("parent", u.ParentId);
                w.WriteString("from", u.ValidFrom is LocalDate f ? LocalDatePattern.Iso.Format(f) : null);
                w.WriteString("to", u.ValidTo is LocalDate t ? LocalDatePattern.Iso.Format(t) : null);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("lineage");
            foreach (var e in all.Lineage)
            {
                w.WriteStartObject();
                w.WriteString("kind", LineageEvent.NameOf(e.Kind));
                w.WriteString("date", LocalDatePattern.Iso.Format(e.Date));
                w.WriteStartArray("from");
                e.From.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteStartArray("into");
                e.Into.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteString("details", Details(e, lang));
                w.WriteStartArray("describe");
                foreach (string id in e.From)
                {
                    w.WriteStringValue(id + ": " + e.Describe(id, lang));
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
