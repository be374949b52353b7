using Xunit;

namespace Cchc.Scoring.Reports.Tests;

public sealed class HtmlEscapeTests
{
    [Theory]
    [InlineData("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")]
    [InlineData("a & b \"c\"", "a &amp; b &quot;c&quot;")]
    [InlineData("Sở Giao thông vận tải", "Sở Giao thông vận tải")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("tab\tline\nnul\0", "tab\tline\nnul\uFFFD")]
    public void Escape_Text(string? text, string expected) => Assert.Equal(expected, Html.Escape(text));
}
