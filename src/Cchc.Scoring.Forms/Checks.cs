using System;
using System.Collections.Generic;
using System.Globalization;

namespace Cchc.Scoring.Forms;

/// <summary>The core's checks of submissions against a framework, with their places turned from JSON paths into cells or lines.</summary>
internal static class Checks
{
    /// <summary>
    /// Adds <paramref name="problems"/> (from <see cref="Framework.Validate(SubmissionSet)"/>, located at
    /// <c>$.submissions[i].field</c> of <paramref name="set"/>) to <paramref name="into"/>, each at the place
    /// <paramref name="locate"/> gives for its submission and field.
    /// </summary>
    public static void Relocate(IReadOnlyList<Problem> problems, SubmissionSet set, string? source, Func<Submission, string?, (string? Path, long? Line)> locate, List<Problem> into)
    {
        const string Prefix = "$.submissions[";
        foreach (var p in problems)
        {
            string? path = p.Path;
            long? line = p.Line;
            if (path is not null && path.StartsWith(Prefix, StringComparison.Ordinal))
            {
                int close = path.IndexOf(']', Prefix.Length);
                if (close > 0 && int.TryParse(path.AsSpan(Prefix.Length, close - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < set.Submissions.Count)
                {
                    string? field = close + 2 < path.Length ? path[(close + 2)..] : null;
                    (path, line) = locate(set.Submissions[i], field);
                }
            }

            into.Add(new Problem(p.Code, p.Message, path, source ?? p.Source, line ?? p.Line, p.Severity));
        }
    }
}
