using System;
using System.Collections.Concurrent;

namespace Cchc.Scoring.Formulas;

/// <summary>
/// The results of compiling, by text: the rules of texts that compile, and the problems of texts that do not, kept
/// apart so that many bad texts (from a hostile or broken file) never crowd the good ones out. Each part holds at most
/// <c>capacity</c> texts of at most <see cref="FormulaRule.MaxLength"/> characters. When the rules are full, new rules
/// are no longer kept (those kept stay the same instances); when the failures are full, they are dropped and the
/// count starts again, so that the latest bad texts are always the ones kept.
/// </summary>
internal sealed class FormulaCache(int capacity, Func<string, ValidationResult<FormulaRule>> compile)
{
    private readonly ConcurrentDictionary<string, ValidationResult<FormulaRule>> _rules = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ValidationResult<FormulaRule>> _failures = new(StringComparer.Ordinal);

    public int Count => _rules.Count + _failures.Count;

    /// <summary>The result for <paramref name="text"/>, compiled at most once while it stays in the cache.</summary>
    public ValidationResult<FormulaRule> Get(string text)
    {
        if (_rules.TryGetValue(text, out var cached) || _failures.TryGetValue(text, out cached))
        {
            return cached;
        }

        var result = compile(text);
        if (text.Length > FormulaRule.MaxLength)
        {
            return result;
        }

        if (result.IsValid)
        {
            return _rules.Count < capacity ? _rules.GetOrAdd(text, result) : result;
        }

        if (_failures.Count >= capacity)
        {
            _failures.Clear();
        }

        return _failures.GetOrAdd(text, result);
    }

    public void Clear()
    {
        _rules.Clear();
        _failures.Clear();
    }
}
