using System;
using System.Collections.Generic;
using System.Linq;

namespace Cchc.Scoring;

/// <summary>The outcome of reading or checking an input: the value when it can be used, and every problem found.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class ValidationResult<T>
    where T : class
{
    /// <summary>Creates a result.</summary>
    /// <param name="value">The value, or null when the input cannot be used.</param>
    /// <param name="problems">Every problem found, errors and warnings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is given together with an error.</exception>
    public ValidationResult(T? value, IEnumerable<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = problems.ToArray();
        if (value is not null && Problems.Any(p => p.Severity == Severity.Error))
        {
            throw new ArgumentException("A result with errors carries no value.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The value; null when there are errors.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>True when there is a value (there may still be warnings).</summary>
    public bool IsValid => Value is not null;

    /// <summary>The value, or an exception listing every problem.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidOperationException">The input had errors; the message lists them all.</exception>
    public T GetValueOrThrow() =>
        Value ?? throw new InvalidOperationException("The input has problems:" + Environment.NewLine + string.Join(Environment.NewLine, Problems));
}
