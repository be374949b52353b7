namespace Cchc.Scoring.Dossiers;

/// <summary>The Index 766 rules on one dossier.</summary>
internal static class Index766
{
    /// <summary>
    /// True when the dossier counts as on time, evaluated at <paramref name="evaluatedAt"/> (the end of the period):
    /// more than one supplement request is late; time waiting for supplements moves the due time; a dossier whose
    /// processing ended before the evaluation is on time when it ended by the (moved) due time; a dossier still in
    /// progress is on time while its (moved) due time has not passed.
    /// </summary>
    public static bool OnTime(in DossierRow row, long evaluatedAt)
    {
        if (row.SupplementRequests > 1)
        {
            return false;
        }

        long due = row.Due + (row.SupplementWaitMinutes * 60L);
        return row.Ended != LocalSeconds.None && row.Ended < evaluatedAt ? row.Ended <= due : evaluatedAt <= due;
    }

    /// <summary>
    /// Processing time in whole minutes: reception to end, less the time waiting for supplements, at least 0. A row
    /// whose time is beyond the range of <see cref="int"/> is rejected before (<see cref="DossierRow.Check"/>).
    /// </summary>
    public static int ProcessingMinutes(in DossierRow row)
    {
        long seconds = row.Ended - row.Received - (row.SupplementWaitMinutes * 60L);
        return seconds <= 0 ? 0 : (int)(seconds / 60);
    }

    /// <summary>True when the dossier counts as online: received online and, when a result was issued, issued electronically.</summary>
    public static bool Online(in DossierRow row) =>
        row.Channel == Channel.Online && (!IssuedResult(row) || row.ElectronicResult);

    /// <summary>True when processing ended with a result (finished or returned).</summary>
    public static bool IssuedResult(in DossierRow row) => row.Status is EndStatus.Finished or EndStatus.Returned;
}
