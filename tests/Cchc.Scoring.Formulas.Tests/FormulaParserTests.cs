using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Cchc.Scoring.Rules;
using Cchc.Scoring.Serialization;
using Xunit;

namespace Cchc.Scoring.Formulas.Tests;

/// <summary>
/// The formula parser: linear in the text, whatever the text (D13), with located messages for brackets, and numbers
/// read as the docs say (D21: no exponent, no hexadecimal, no more digits than a decimal holds).
/// </summary>
public sealed class FormulaParserTests
{
    private static readonly string Open24 = new('(', 24);

    private static string Message(string expression) => string.Join(" | ", FormulaRule.Compile(expression).Problems.Select(p => p.Message));

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData(",")]
    [InlineData("!")]
    [InlineData("1")]
    public void D13_TwentyFourUnclosedBrackets_AreRejected_WithTheirPositions(string after)
    {
        // The report's case: 24 '(' (then '-', '+', ',', '!' or nothing) took about 2 s each in NCalc's parser.
        var result = FormulaRule.Compile(Open24 + after);
        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.InvalidRuleParameter, problem.Code);
        Assert.Equal("The expression cannot be read: 24 brackets '(' are never closed, at characters 1, 2, 3, 4, 5, ….", problem.Message);
    }

    [Fact]
    public void D13_UnclosedBracketsBeforeAQuote_AreRejected()
    {
        // An unclosed quote is found while the text is split, before the brackets are matched.
        Assert.Equal("The expression cannot be read: the text that starts with ' at character 25 is never closed.", Message(Open24 + "'"));
    }

    [Fact]
    public void D13_MinusBracketTwentyFourTimes_IsRejected_WithThePositions()
    {
        string text = string.Concat(Enumerable.Repeat("-(", 24));

        // The brackets are at characters 2, 4, 6, … (every second character).
        Assert.Equal("The expression cannot be read: 24 brackets '(' are never closed, at characters 2, 4, 6, 8, 10, ….", Message(text));
    }

    [Theory]
    [InlineData("min(1, value", "The expression cannot be read: the bracket '(' at character 4 is never closed.")]
    [InlineData("value)", "The expression cannot be read: the bracket ')' at character 6 has no matching '(' before it.")]
    [InlineData("(value))", "The expression cannot be read: the bracket ')' at character 8 has no matching '(' before it.")]
    [InlineData("((value)", "The expression cannot be read: the bracket '(' at character 1 is never closed.")]
    public void D13_AnUnmatchedBracket_IsLocated(string expression, string message)
    {
        Assert.Equal(message, Message(expression));
    }

    [Theory]
    [InlineData("-", "a number, a name or '(' was expected, but found ')' at character 26.")]
    [InlineData("1,", "')' or an operator was expected, but found ',' at character 26.")]
    [InlineData("1+", "a number, a name or '(' was expected, but found ')' at character 27.")]
    public void D13_BalancedButBrokenAtTheMaximumDepth_IsRejected(string inside, string message)
    {
        // Balanced brackets round a broken inside also made NCalc's parser backtrack (1.3 s at 20 levels).
        string text = Open24 + inside + new string(')', 24);
        var problem = Assert.Single(FormulaRule.Compile(text).Problems);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D13_AFailure_IsCompiledOnce()
    {
        int compiled = 0;
        var cache = new FormulaCache(4, text =>
        {
            compiled++;
            return FormulaRule.CompileUncached(text);
        });
        string bad = Open24 + "-";

        var first = cache.Get(bad);
        var second = cache.Get(bad);

        Assert.False(first.IsValid);
        Assert.Same(first, second);
        Assert.Equal(1, compiled);
    }

    [Fact]
    public void D13_ManyFailures_NeverCrowdOutTheRules_AndAreStillCached()
    {
        int compiled = 0;
        var cache = new FormulaCache(4, text =>
        {
            compiled++;
            return FormulaRule.CompileUncached(text);
        });
        var rule = cache.Get("value + 1");
        for (int i = 0; i < 10; i++)
        {
            cache.Get("bad" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "(");
        }

        // 1 rule + 10 failures compiled; the rule is still the same instance, and the latest failure is kept.
        Assert.Same(rule, cache.Get("value + 1"));
        cache.Get("bad9(");
        Assert.Equal(11, compiled);
    }

    [Fact]
    public void D13_AFrameworkOfTwentyUnclosedFormulas_IsRejectedQuickly()
    {
        // The report's framework: 20 percentage indicators of 1 point, each with 24 '(' and a '-'; it took 40 s to load.
        var indicators = new StringBuilder();
        for (int i = 1; i <= 20; i++)
        {
            indicators.Append(i == 1 ? string.Empty : ",").Append("{ \"code\": \"I").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append("\", \"name\": { \"vi\": \"I\", \"en\": \"I\" }, \"measure\": \"percentage\", \"target\": { \"comparison\": \">=\", \"value\": 90 }, ")
                .Append("\"rule\": { \"kind\": \"formula\", \"expression\": \"((((((((((((((((((((((((-\" }, \"points\": 1 }");
        }

        string framework = """
            { "id": "f", "version": "1", "name": { "vi": "F", "en": "F" }, "plan": { "start": "2021-01-01", "end": "2025-12-31" },
              "totalPoints": 20, "areas": [ { "code": "A", "name": { "vi": "A", "en": "A" }, "indicators": [ INDICATORS ] } ] }
            """.Replace("INDICATORS", indicators.ToString(), StringComparison.Ordinal);
        FormulaRule.ClearCache();

        var clock = Stopwatch.StartNew();
        var read = FrameworkJson.Read(framework, RuleRegistry.Default.With(FormulaRule.Factory));
        clock.Stop();

        Assert.Equal(20, read.Problems.Count);
        Assert.All(read.Problems, p => Assert.Contains("24 brackets '(' are never closed", p.Message, StringComparison.Ordinal));

        // A generous bound: the parser is linear in the text; this takes milliseconds (40 s before).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
    }

    [Theory]
    [InlineData("1e3")]
    [InlineData("1E-5 * value")]
    [InlineData("2.5e+2")]
    [InlineData("1e400")]
    public void D21_ANumberWithAnExponent_IsRejected_AsTheDocsSay(string expression)
    {
        Assert.Contains("has an exponent; write numbers plainly, without an exponent", Message(expression), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0x10")]
    [InlineData("0X1F + value")]
    public void D21_AHexadecimalNumber_IsRejected(string expression)
    {
        Assert.Contains("is hexadecimal; write numbers in decimal digits", Message(expression), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("0.12345678901234567890123456789")]
    public void D21_ANumberADecimalCannotHoldExactly_IsRejected_WithTheReason(string expression)
    {
        string message = Message(expression);
        Assert.Contains("a number with more than 28 significant digits cannot be held exactly", message, StringComparison.Ordinal);
        Assert.DoesNotContain("guid", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.1234567890123456789012345678", "0.1234567890123456789012345678")]
    [InlineData("1.0000000000000000000000000000000", "1")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("007.50", "7.5")]
    public void D21_APlainNumber_IsReadExactly(string expression, string expected)
    {
        var rule = FormulaRule.Compile(expression).GetValueOrThrow();
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rule.Calculate(default).Points);
    }

    [Theory]
    [InlineData("if(TRUE, 1, 2)", 1)]
    [InlineData("if(true AND true, 1, 2)", 1)]
    [InlineData("if(1 < 2 Or 2 < 1, 1, 2)", 1)]
    [InlineData("if(NOT false, 1, 2)", 1)]
    [InlineData("if(true or false and false, 1, 2)", 1)] // and binds tighter than or
    [InlineData("true ? 1 : false ? 2 : 3", 1)]
    [InlineData("false ? 1 : false ? 2 : 3", 3)]
    [InlineData("1 - -1", 2)]
    [InlineData("2 * -3", -6)]
    [InlineData("- 2 * 3", -6)]
    [InlineData("3 % 2 * 5", 5)] // (3 % 2) × 5
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)] // left to right
    [InlineData("12 / 3 / 2", 2)]
    [InlineData("if(1 <> 2 && 2 == 2 || false, 1, 2)", 1)]
    [InlineData("if(!(1 > 2), 4, 5)", 4)]
    [InlineData("if(1 < 2 and 2 < 3 or false, 1, 2)", 1)]
    [InlineData("\u00a01\u00a0+\t2\n", 3)] // no-break space, tab and line feed are spaces
    public void Parse_TheGrammar_AsNCalcReadIt(string expression, decimal expected)
    {
        Assert.Equal(expected, FormulaRule.Compile(expression).GetValueOrThrow().Calculate(default).Points);
    }

    [Theory]
    [InlineData("va\u200blue", "the character U+200B at character 3 cannot be used")]
    [InlineData("value // 2", "a number, a name or '(' was expected, but found '/' at character 8.")]
    [InlineData("value /* x */", "a number, a name or '(' was expected, but found '*' at character 8.")]
    [InlineData("value 1", "an operator was expected before '1' at character 7.")]
    [InlineData("min(1 2)", "',' or ')' was expected in the arguments of 'min', but found '2' at character 7.")]
    [InlineData("value ? 1", "':' was expected after the first branch of '?', but found the end of the expression (character 10).")]
    [InlineData("value in (1, 2)", "The operator 'in' at character 7 is not allowed")]
    [InlineData("[value", "the name that starts with '[' at character 1 is never closed with ']'")]
    [InlineData("1.2.3", "'1.2.3' at character 1 is not a number")]
    [InlineData("value\uff0b1", "'＋' (U+FF0B) at character 6 cannot be used")]
    public void Parse_WhatCannotBeRead_IsLocated(string expression, string message)
    {
        Assert.Contains(message, Message(expression), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwentyFourLevels_OfCallsConditionsAndBrackets_StillCompile()
    {
        // The report (attempt 72): 24 levels of nested min(, if( and (1+(1+… compiled and evaluated; they still do.
        string mins = string.Concat(Enumerable.Repeat("min(1, ", 24)) + "value" + new string(')', 24);
        // 23 nested ifs whose conditions are comparisons: the innermost comparison is the 24th level of operations.
        string ifs = string.Concat(Enumerable.Repeat("if(value > 0, ", 23)) + "1" + string.Concat(Enumerable.Repeat(", 0)", 23));
        string sums = string.Concat(Enumerable.Repeat("(1+", 23)) + "value" + new string(')', 23);
        var inputs = new FormulaInputs(5, 0, null, 0, 0, 0, 0);
        Assert.Equal(1m, FormulaRule.Compile(mins).GetValueOrThrow().Calculate(inputs).Points);
        Assert.Equal(1m, FormulaRule.Compile(ifs).GetValueOrThrow().Calculate(inputs).Points);

        // 23 additions of 1 to value = 5: 28.
        Assert.Equal(28m, FormulaRule.Compile(sums).GetValueOrThrow().Calculate(inputs).Points);
    }

    [Fact]
    public void Parse_ALongChainOfPrefixOperators_IsRejected_WithoutDeepRecursion()
    {
        Assert.Contains("nested too deeply", Message(new string('-', 499) + "1"), StringComparison.Ordinal);
        Assert.Contains("nested too deeply", Message(string.Concat(Enumerable.Repeat("not ", 120)) + "true"), StringComparison.Ordinal);
    }
}
