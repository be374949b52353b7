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
        _ => FieldCount,
    };
}
