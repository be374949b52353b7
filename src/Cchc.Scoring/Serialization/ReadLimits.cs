using System;
using System.Globalization;

namespace Cchc.Scoring.Serialization;

/// <summary>
/// The limits every reader enforces, in one place. Input beyond a limit is reported as a
/// <see cref="ProblemCodes.LimitExceeded"/> problem at its location, never thrown. The defaults fit any real
/// plan with a wide margin; a caller can tighten (or widen) them.
/// </summary>
public sealed class ReadLimits
{
    /// <summary>The default limits: depth 32, 256 MiB per document, 1,000,000 submissions, identifiers of 200 characters, texts of 10,000.</summary>
    public static ReadLimits Default { get; } = new();

    /// <summary>Creates limits.</summary>
    /// <param name="maxDepth">The deepest JSON nesting accepted (the formats need 8), from 1 to 256.</param>
    /// <param name="maxDocumentBytes">The largest document accepted, in UTF-8 bytes.</param>
    /// <param name="maxSubmissions">The most submissions (and adjustments) one submissions document may hold.</param>
    /// <param name="maxIdentifierLength">The longest identifier, in characters: ids, codes, units, indicators, periods, kinds.</param>
    /// <param name="maxTextLength">The longest other text, in characters: names, notes, evidence, reasons, and any property name.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive, or <paramref name="maxDepth"/> is above 256.</exception>
    public ReadLimits(int maxDepth = 32, long maxDocumentBytes = 256L * 1024 * 1024, int maxSubmissions = 1_000_000, int maxIdentifierLength = 200, int maxTextLength = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDepth, 256);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDocumentBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSubmissions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIdentifierLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTextLength, 1);
        MaxDepth = maxDepth;
        MaxDocumentBytes = maxDocumentBytes;
        MaxSubmissions = maxSubmissions;
        MaxIdentifierLength = maxIdentifierLength;
        MaxTextLength = maxTextLength;
    }

    /// <summary>The deepest JSON nesting accepted.</summary>
    public int MaxDepth { get; }

    /// <summary>The largest document accepted, in UTF-8 bytes.</summary>
    public long MaxDocumentBytes { get; }

    /// <summary>The most submissions (and, separately, adjustments) one submissions document may hold.</summary>
    public int MaxSubmissions { get; }

    /// <summary>The longest identifier, in characters.</summary>
    public int MaxIdentifierLength { get; }

    /// <summary>The longest other text, in characters.</summary>
    public int MaxTextLength { get; }

    /// <summary>The limits as text, for messages.</summary>
    /// <returns>For example <c>depth 32, 268435456 bytes, 1000000 submissions, identifiers 200, texts 10000</c>.</returns>
    public override string ToString() =>
        "depth " + N(MaxDepth) + ", " + N(MaxDocumentBytes) + " bytes, " + N(MaxSubmissions) + " submissions, identifiers "
        + N(MaxIdentifierLength) + ", texts " + N(MaxTextLength);

    /// <summary>A number as invariant text.</summary>
    internal static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
