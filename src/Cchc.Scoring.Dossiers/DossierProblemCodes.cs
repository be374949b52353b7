namespace Cchc.Scoring.Dossiers;

/// <summary>The codes of the problems reported while reading dossiers. <c>docs/errors.md</c> explains each.</summary>
public static class DossierProblemCodes
{
    /// <summary>A required column (id, unit, received_at, due_at) is missing from the header: nothing is read.</summary>
    public const string MissingColumn = "dossier-missing-column";

    /// <summary>A required field (id, unit, received_at, due_at) is empty.</summary>
    public const string MissingField = "dossier-missing-field";

    /// <summary>A date-time does not parse.</summary>
    public const string InvalidDate = "dossier-invalid-date";

    /// <summary>A status, channel, level, flag, feedback or count does not parse.</summary>
    public const string InvalidValue = "dossier-invalid-value";

    /// <summary>Processing ended before the dossier was received.</summary>
    public const string EndedBeforeReceived = "dossier-ended-before-received";

    /// <summary>The due time is before the reception.</summary>
    public const string DueBeforeReceived = "dossier-due-before-received";

    /// <summary>An end time without an end status, or an end status without an end time.</summary>
    public const string StatusMismatch = "dossier-status-mismatch";

    /// <summary>The unit is not in the list of units given.</summary>
    public const string UnknownUnit = "dossier-unknown-unit";

    /// <summary>A row has more or fewer fields than the header.</summary>
    public const string FieldCount = "dossier-field-count";

    /// <summary>
    /// A quote opened in a field is not closed on its line (a line break is never part of the schema's columns), runs
    /// on over lines that look like rows, or is never closed; or a row over several lines is not a dossier. Only the
    /// row's first line is rejected; reading goes on at the next line.
    /// </summary>
    public const string QuoteSpansRows = "dossier-quote-spans-rows";

    /// <summary>A field holds a quote but is not quoted as a whole, or has text after its closing quote.</summary>
    public const string StrayQuote = "dossier-stray-quote";

    /// <summary>A field is not valid UTF-8 (CSV), or not valid Unicode (text).</summary>
    public const string InvalidEncoding = "dossier-invalid-encoding";

    /// <summary>A row is longer than 1,048,576 bytes: it is rejected and reading goes on at the next line.</summary>
    public const string RowTooLong = "dossier-row-too-long";

    /// <summary>A time lies outside the years 2 to 9998 that reporting periods hold (or, with a cut-off calendar, in a period beyond them).</summary>
    public const string DateOutOfRange = "dossier-date-out-of-range";

    /// <summary>A processing time is longer than 2,147,483,647 minutes.</summary>
    public const string DurationOutOfRange = "dossier-duration-out-of-range";

    /// <summary>The header names a column of the schema more than once: nothing is read.</summary>
    public const string DuplicateColumn = "dossier-duplicate-column";

    /// <summary>The input cannot be read (missing file, no permission, broken stream).</summary>
    public const string UnreadableInput = "dossier-unreadable-input";

    /// <summary>A dossier state (JSON) is not of the format and version this library reads.</summary>
    public const string StateVersion = "dossier-state-version";

    /// <summary>Dossier states counted with options that give other figures (periods, granularity, calendar, units) cannot be merged.</summary>
    public const string StateMismatch = "dossier-state-mismatch";

    /// <summary>The code of a rejection reason.</summary>
    internal static string For(RejectReason reason) => reason switch
    {
        RejectReason.MissingField => MissingField,
        RejectReason.InvalidDate => InvalidDate,
        RejectReason.InvalidValue => InvalidValue,
        RejectReason.EndedBeforeReceived => EndedBeforeReceived,
        RejectReason.DueBeforeReceived => DueBeforeReceived,
        RejectReason.StatusMismatch => StatusMismatch,
        RejectReason.UnknownUnit => UnknownUnit,
        RejectReason.QuoteSpansRows => QuoteSpansRows,
        RejectReason.StrayQuote => StrayQuote,
        RejectReason.InvalidEncoding => InvalidEncoding,
        RejectReason.RowTooLong => RowTooLong,
        RejectReason.DateOutOfRange => DateOutOfRange,
        RejectReason.DurationOutOfRange => DurationOutOfRange,
        _ => FieldCount,
    };
}
