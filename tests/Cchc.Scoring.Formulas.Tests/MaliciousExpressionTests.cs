using System;
using System.Linq;
using Cchc.Scoring;
using Xunit;

namespace Cchc.Scoring.Formulas.Tests;

/// <summary>
/// Expressions from an untrusted framework file: every one is rejected with a problem when compiled. No rule exists
/// for them, so nothing of them can run.
/// </summary>
public sealed class MaliciousExpressionTests
{
    [Theory]
    [InlineData("System.IO.File.Delete('x')", "cannot be read")]
    [InlineData("File.ReadAllText('/etc/passwd')", "")]
    [InlineData("typeof(value)", "Unknown function 'typeof'")]
    [InlineData("GetType(value)", "Unknown function 'GetType'")]
    [InlineData("Activator.CreateInstance('System.Object')", "")]
    [InlineData("Environment.Exit(1)", "")]
    [InlineData("[System.Environment]", "Unknown name 'System.Environment'")]
    [InlineData("Pow(2, 10)", "Unknown function 'Pow'")]
    [InlineData("Sqrt(value)", "Unknown function 'Sqrt'")]
    [InlineData("Round(value, 2)", "Unknown function 'Round'")]
    [InlineData("'text' + value", "Only numbers and true/false")]
    [InlineData("#2025-01-01#", "")]
    [InlineData("value in (1, 2)", "")]
    [InlineData("value like 'a%'", "")]
    [InlineData("2 ** 10", "The operator '**' is not allowed")]
    [InlineData("1 << 62", "The operator '<<' is not allowed")]
    [InlineData("value & 1", "The operator '&' is not allowed")]
    [InlineData("~1", "not allowed")]
    [InlineData("value ?? 1", "not allowed")]
    [InlineData("1e400", "without an exponent")]
    [InlineData("value >= target", "must give a number of points")]
    [InlineData("value + (value > 1)", "needs numbers")]
    [InlineData("if(value, 1, 2)", "condition of if")]
    [InlineData("if(value > 1, 1, true)", "Both branches")]
    [InlineData("if(value > 1, 1)", "if takes 3 arguments")]
    [InlineData("min(value)", "min takes 2 or more")]
    [InlineData("abs(1, 2)", "abs takes 1")]
    [InlineData("clamp(1, 2)", "clamp takes 3")]
    [InlineData("not value", "needs true/false")]
    [InlineData("value +", "cannot be read")]
    [InlineData("min(1,", "cannot be read")]
    [InlineData(")(", "cannot be read")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    public void Compile_Rejects_WithAProblem(string expression, string message)
    {
        var result = FormulaRule.Compile(expression);
        Assert.Null(result.Value);
        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, p =>
        {
            Assert.Equal(ProblemCodes.InvalidRuleParameter, p.Code);
            Assert.Equal("expression", p.Path);
        });
        Assert.Contains(result.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_TooLong_IsRejectedBeforeParsing()
    {
        string text = string.Join(" + ", Enumerable.Repeat("value", 100));
        Assert.True(text.Length > FormulaRule.MaxLength);
        Assert.Contains("too long: 797 characters, at most 500", Assert.Single(FormulaRule.Compile(text).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_TooDeeplyBracketed_IsRejectedBeforeParsing()
    {
        string text = new string('(', 100) + "1" + new string(')', 100);
        Assert.Contains("nested too deeply: 100 levels of brackets", Assert.Single(FormulaRule.Compile(text).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_TooManyOperationsDeep_IsRejected()
    {
        // 60 additions in a row parse as a left-leaning tree 60 operations deep (no brackets at all).
        string text = string.Join("+", Enumerable.Repeat("1", 61));
        Assert.Contains(FormulaRule.Compile(text).Problems, p => p.Message.Contains("at most 24 levels of operations", StringComparison.Ordinal));
        Assert.True(FormulaRule.Compile(string.Join("+", Enumerable.Repeat("1", 20))).IsValid);
    }

    [Fact]
    public void Compile_Garbage_NeverThrows()
    {
        var random = new Random(20250101);
        const string alphabet = "value target maxPoints 0123456789.+-*/%()<>=!&|?:,'\"#[]{}^~ifminax";
        for (int i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (int c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }

            var result = FormulaRule.Compile(new string(chars));
            Assert.True(result.IsValid || result.Problems.Count > 0);
        }
    }
}
