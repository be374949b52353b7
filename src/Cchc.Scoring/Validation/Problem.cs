using System;
using System.Text;

namespace Cchc.Scoring;

/// <summary>How serious a problem is.</summary>
public enum Severity
{
    /// <summary>The input cannot be used as it is.</summary>
    Error,

    /// <summary>The input can be used, but something in it is probably not what was meant.</summary>
    Warning,
}

/// <summary>One thing wrong with an input: a stable code, a message and where it is.</summary>
public sealed class Problem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">A stable code from <see cref="ProblemCodes"/> (or a custom rule's own).</param>
    /// <param name="message">What is wrong, in words a data clerk can act on.</param>
    /// <param name="path">Where in the document: a JSON path such as <c>$.submissions[3].numerator</c>; null when not known.</param>
    /// <param name="source">The file or other source the input came from; null when not known.</param>
    /// <param name="line">The 1-based line in <paramref name="source"/>; null when not known.</param>
    /// <param name="severity">How serious it is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    public Problem(string code, string message, string? path = null, string? source = null, long? line = null, Severity severity = Severity.Error)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        Code = code;
        Message = message;
        Path = path;
        Source = source;
        Line = line;
        Severity = severity;
    }

    /// <summary>The stable code of the problem.</summary>
    public string Code { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The JSON path (or other location inside the source), or null.</summary>
    public string? Path { get; }

    /// <summary>The file or source name, or null.</summary>
    public string? Source { get; }

    /// <summary>The 1-based line, or null.</summary>
    public long? Line { get; }

    /// <summary>How serious it is.</summary>
    public Severity Severity { get; }

    /// <summary>A copy of this problem located in <paramref name="source"/>.</summary>
    /// <param name="source">The file or source name.</param>
    /// <returns>The located problem.</returns>
    public Problem WithSource(string? source) => new(Code, Message, Path, source, Line, Severity);

    /// <summary>One line: <c>source:line: path: severity code: message</c>, leaving out what is not known.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Source is not null)
        {
            sb.Append(Source);
            if (Line is long line)
            {
                sb.Append(':').Append(line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            sb.Append(": ");
        }

        if (Path is not null)
        {
            sb.Append(Path).Append(": ");
        }

        sb.Append(Severity == Severity.Error ? "error " : "warning ").Append(Code).Append(": ").Append(Message);
        return sb.ToString();
    }
}
