using System;
using NodaTime;

namespace Cchc.Scoring;

/// <summary>
/// A reference to one piece of evidence ("tài liệu kiểm chứng"): a title, and a document number and date, a file name
/// with the SHA-256 of its bytes, or a link — any of them, at least one. The core never opens the file; the hash is
/// computed where the file is (<c>cchc evidence hash</c>).
/// </summary>
public sealed class EvidenceReference : IEquatable<EvidenceReference>
{
    /// <summary>Creates a reference.</summary>
    /// <param name="title">What the evidence is (e.g. the title of a plan or report).</param>
    /// <param name="documentNumber">The document's number and symbol, such as <c>12/KH-SNV</c>, or null.</param>
    /// <param name="documentDate">The document's date, or null.</param>
    /// <param name="fileName">The file's name, or null; given with <paramref name="sha256"/>.</param>
    /// <param name="sha256">The SHA-256 of the file's bytes, 64 hexadecimal digits, or null.</param>
    /// <param name="url">A link (http or https), or null.</param>
    /// <param name="meets">The code of the evidence the criterion requires that this reference provides (declared by the framework's <c>requiredEvidence</c>), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public EvidenceReference(string title, string? documentNumber = null, LocalDate? documentDate = null, string? fileName = null, string? sha256 = null, string? url = null, string? meets = null)
    {
        Meets = meets;
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
        DocumentNumber = documentNumber;
        DocumentDate = documentDate;
        FileName = fileName;
        Sha256 = sha256;
        Url = url;
    }

    /// <summary>What the evidence is.</summary>
    public string Title { get; }

    /// <summary>The document's number and symbol, or null.</summary>
    public string? DocumentNumber { get; }

    /// <summary>The document's date, or null.</summary>
    public LocalDate? DocumentDate { get; }

    /// <summary>The file's name, or null.</summary>
    public string? FileName { get; }

    /// <summary>The SHA-256 of the file's bytes (64 hexadecimal digits), or null.</summary>
    public string? Sha256 { get; }

    /// <summary>A link, or null.</summary>
    public string? Url { get; }

    /// <summary>The code of the required evidence this reference provides, or null.</summary>
    public string? Meets { get; }

    /// <summary>Checks the reference on its own: a title; a file name with a hash and a hash with a file name; a hash of 64 hexadecimal digits; an absolute http(s) link; at least one of a document number or date, a file or a link.</summary>
    internal void Check(string path, ProblemBag bag)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            bag.Error(ProblemCodes.MissingField, path + ".title", "'title' is required: what the evidence is.");
        }

        if (FileName is not null && Sha256 is null)
        {
            bag.Error(ProblemCodes.MissingField, path + ".sha256", "The file '" + FileName + "' needs its 'sha256' (cchc evidence hash DIR computes it).");
        }

        if (Sha256 is not null && FileName is null)
        {
            bag.Error(ProblemCodes.MissingField, path + ".file", "A 'sha256' needs the name of its 'file'.");
        }

        if (Sha256 is not null && !IsSha256(Sha256))
        {
            bag.Error(ProblemCodes.InvalidValue, path + ".sha256", "'sha256' must be 64 hexadecimal digits.");
        }

        if (Url is not null && !(Uri.TryCreate(Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            bag.Error(ProblemCodes.InvalidValue, path + ".url", "'url' must be an absolute http or https address.");
        }

        if (DocumentNumber is null && DocumentDate is null && FileName is null && Sha256 is null && Url is null)
        {
            bag.Error(ProblemCodes.MissingField, path, "Evidence needs a document number or date, a file with its SHA-256, or a link, besides its title.");
        }
    }

    private static bool IsSha256(string text)
    {
        if (text.Length != 64)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Orders references by every field (ordinal), for a canonical order that never depends on input order.</summary>
    internal static int Compare(EvidenceReference? a, EvidenceReference? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        int c = string.CompareOrdinal(a.Title, b.Title);
        c = c != 0 ? c : string.CompareOrdinal(a.DocumentNumber, b.DocumentNumber);
        c = c != 0 ? c : Nullable.Compare(a.DocumentDate, b.DocumentDate);
        c = c != 0 ? c : string.CompareOrdinal(a.FileName, b.FileName);
        c = c != 0 ? c : string.CompareOrdinal(a.Sha256, b.Sha256);
        c = c != 0 ? c : string.CompareOrdinal(a.Url, b.Url);
        return c != 0 ? c : string.CompareOrdinal(a.Meets, b.Meets);
    }

    /// <inheritdoc/>
    public bool Equals(EvidenceReference? other) => other is not null && Compare(this, other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EvidenceReference other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Title, DocumentNumber, DocumentDate, FileName, Sha256, Url, Meets);

    /// <inheritdoc/>
    public override string ToString() =>
        Title + (DocumentNumber is null ? string.Empty : " " + DocumentNumber)
        + (FileName is null ? string.Empty : " [" + FileName + "]")
        + (Url is null ? string.Empty : " <" + Url + ">");
}
