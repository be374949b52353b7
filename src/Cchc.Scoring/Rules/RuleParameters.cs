using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Cchc.Scoring;

namespace Cchc.Scoring.Rules;

/// <summary>
/// The parameters of one rule in a framework file, with typed readers that report problems (with their JSON path)
/// instead of throwing. A factory reads what it needs; properties it never reads are reported as unknown.
/// </summary>
public sealed class RuleParameters
{
    /// <summary>A rule's parameters as compact JSON, e.g. <c>{"floor":60}</c>; <c>{}</c> for a rule without parameters.</summary>
    internal static string Write(IScoringRule rule)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            rule.WriteParameters(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private readonly JsonElement _element;
    private readonly ProblemBag _problems;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal) { "kind" };

    internal RuleParameters(JsonElement element, string path, ProblemBag problems)
    {
        _element = element;
        Path = path;
        _problems = problems;
        CheckNumbers(element, path);
    }

    /// <summary>
    /// Every number of the rule, at any depth, is held exactly (<see cref="ExactNumbers"/>) and within ±10^15, the bound
    /// of framework numbers (<c>docs/formats.md</c>): a factory never sees a number that would be rounded or overflow.
    /// </summary>
    private void CheckNumbers(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CheckNumbers(property.Value, path + "." + property.Name);
                }

                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckNumbers(item, path + "[" + (i++).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
                }

                break;
            case JsonValueKind.Number:
                string name = path[(path.LastIndexOfAny(['.', '[']) + 1)..].TrimEnd(']');
                if (ExactNumbers.WhyNot(element.GetRawText()) is string why)
                {
                    _problems.Error(ProblemCodes.InvalidValue, path, "'" + name + "' " + why);
                    HasErrors = true;
                }
                else if (!element.TryGetDecimal(out decimal value) || Math.Abs(value) > MeasurementChecks.MaxMagnitude)
                {
                    _problems.Error(ProblemCodes.OutOfRange, path, "'" + name + "' is " + element.GetRawText() + ", beyond the bound of ±" + Num.Format(MeasurementChecks.MaxMagnitude) + " for framework numbers (docs/formats.md).");
                    HasErrors = true;
                }

                break;
        }
    }

    /// <summary>The JSON path of the rule object.</summary>
    public string Path { get; }

    /// <summary>True when a problem has been reported for these parameters.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Reads a number.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="required">True to report a problem when it is missing.</param>
    /// <returns>The number, or null when missing or invalid (a problem is reported where it is not optional or not a number).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public decimal? GetDecimal(string name, bool required = true)
    {
        var element = Get(name, required);
        if (element is not JsonElement e)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out decimal value))
        {
            return value;
        }

        Error(name, "'" + name + "' must be a number.");
        return null;
    }

    /// <summary>Reads a string.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="required">True to report a problem when it is missing.</param>
    /// <returns>The string, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public string? GetString(string name, bool required = true)
    {
        var element = Get(name, required);
        if (element is not JsonElement e)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.String)
        {
            return e.GetString();
        }

        Error(name, "'" + name + "' must be a string.");
        return null;
    }

    /// <summary>Reads a parameter as raw JSON, for structured parameters.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="required">True to report a problem when it is missing.</param>
    /// <returns>The element, or null when missing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public JsonElement? Get(string name, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(name);
        _read.Add(name);
        if (_element.ValueKind == JsonValueKind.Object && _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            _problems.Error(ProblemCodes.InvalidRuleParameter, Path, "The rule needs the parameter '" + name + "'.");
            HasErrors = true;
        }

        return null;
    }

    /// <summary>Reports a problem with a parameter.</summary>
    /// <param name="relativePath">The parameter's path inside the rule object, e.g. <c>steps[2].points</c>.</param>
    /// <param name="message">What is wrong.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Error(string relativePath, string message)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(message);
        _problems.Error(ProblemCodes.InvalidRuleParameter, Path + "." + relativePath, message);
        HasErrors = true;
    }

    internal void ReportUnread()
    {
        if (_element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in _element.EnumerateObject().Where(p => !_read.Contains(p.Name)))
        {
            Error(property.Name, "Unknown parameter '" + property.Name + "' for this rule.");
        }
    }
}
