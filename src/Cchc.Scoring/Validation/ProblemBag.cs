using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Cchc.Scoring;

/// <summary>Collects problems while an input is read, so that all of them are reported, not the first.</summary>
internal sealed class ProblemBag
{
    private readonly List<Problem> _problems = [];

    public ProblemBag(string? source = null) => Source = source;

    public string? Source { get; }

    public IReadOnlyList<Problem> Problems => _problems;

    public bool HasErrors => _problems.Any(p => p.Severity == Severity.Error);

    public void Error(string code, string path, string message)
    {
        // A field already reported as badly typed is not reported again as missing.
        if (code == ProblemCodes.MissingField && _problems.Any(p => p.Path is not null && p.Path.StartsWith(path, System.StringComparison.Ordinal)))
        {
            return;
        }

        _problems.Add(new Problem(code, message, path, Source));
    }

    public void Warning(string code, string path, string message) => _problems.Add(new Problem(code, message, path, Source, severity: Severity.Warning));

    public void Add(Problem problem) => _problems.Add(problem.Source is null && Source is not null ? problem.WithSource(Source) : problem);

    public static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
