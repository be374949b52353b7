using System;
using System.Globalization;
using FsCheck.Xunit;
using Xunit;

namespace Cchc.Scoring.Reports.Tests;

public sealed class ViNumberTests
{
    [Theory]
    [InlineData("89.456", 2, "89,46")]          // 89.456 rounds half away from zero to 89.46
    [InlineData("89.455", 2, "89,46")]          // the midpoint goes away from zero
    [InlineData("1234567.891", 2, "1.234.567,89")]
    [InlineData("999.995", 2, "1.000,00")]      // rounding carries into a new thousands group
    [InlineData("-1234.5", 1, "-1.234,5")]
    [InlineData("-0.001", 2, "0,00")]           // no "-0,00"
    [InlineData("100", 2, "100,00")]
    [InlineData("0", 0, "0")]
    [InlineData("123", 0, "123")]
    [InlineData("1000", 0, "1.000")]
    public void Fixed_ViStyle(string value, int digits, string expected) =>
        Assert.Equal(expected, ViNumber.Fixed(decimal.Parse(value, CultureInfo.InvariantCulture), digits));

    [Theory]
    [InlineData("57.798122", "57,8")]            // 57.80 without the trailing zero
    [InlineData("100", "100")]
    [InlineData("96.551724", "96,55")]
    [InlineData("21050", "21.050")]
    [InlineData("0.004", "0")]
    public void Short_DropsTrailingZeros(string value, string expected) =>
        Assert.Equal(expected, ViNumber.Short(decimal.Parse(value, CultureInfo.InvariantCulture)));

    [Fact]
    public void Percent_SpaceBeforeSign() => Assert.Equal("89,46 %", ViNumber.Percent(89.456m));

    [Fact]
    public void Integer_GroupsThousands()
    {
        Assert.Equal("21.050", ViNumber.Integer(21050));
        Assert.Equal("-1.000.000", ViNumber.Integer(-1_000_000));
        Assert.Equal("999", ViNumber.Integer(999));
    }

    [Fact]
    public void Invariant_ForDataAttributes() => Assert.Equal("1234.5", ViNumber.Invariant(1234.50m));

    [Fact]
    public void Fixed_DoesNotDependOnTheCurrentCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            // With invariant globalization only the invariant culture exists; set it explicitly, with other separators.
            var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            odd.NumberFormat.NumberDecimalSeparator = "#";
            odd.NumberFormat.NumberGroupSeparator = "~";
            CultureInfo.CurrentCulture = odd;
            Assert.Equal("1.234,50", ViNumber.Fixed(1234.5m, 2));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    /// <summary>Reading vi-VN text back (drop '.', ',' → '.') gives the rounded number; groups are three digits.</summary>
    [Property]
    public bool Fixed_ReadsBackAsTheRoundedValue(decimal value, byte digitsSeed)
    {
        int digits = digitsSeed % 5;
        string text = ViNumber.Fixed(value, digits);
        string integerPart = text.Split(',')[0].TrimStart('-');
        string[] groups = integerPart.Split('.');
        bool grouped = groups[0].Length is >= 1 and <= 3 && Array.TrueForAll(groups[1..], g => g.Length == 3);
        decimal back = decimal.Parse(text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
        return grouped && back == Math.Round(value, digits, MidpointRounding.AwayFromZero);
    }
}
