namespace Cchc.Scoring.Dossiers;

/// <summary>A period's boundaries in local seconds: [Start, End).</summary>
internal readonly record struct Window(ReportingPeriod Period, long Start, long End)
{
    public static Window Of(ReportingPeriod period) =>
        new(period, LocalSeconds.From(period.Start), LocalSeconds.From(period.End.PlusDays(1)));

    public bool Holds(long instant) => instant >= Start && instant < End;
}

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

    /// <summary>Processing time in whole minutes: reception to end, less the time waiting for supplements, at least 0.</summary>
    public static int ProcessingMinutes(in DossierRow row)
    {
        long seconds = row.Ended - row.Received - (row.SupplementWaitMinutes * 60L);
        return seconds <= 0 ? 0 : (int)System.Math.Min(seconds / 60, int.MaxValue);
    }

    /// <summary>True when the dossier counts as online: received online and, when a result was issued, issued electronically.</summary>
    public static bool Online(in DossierRow row) =>
        row.Channel == Channel.Online && (!IssuedResult(row) || row.ElectronicResult);

    /// <summary>True when processing ended with a result (finished or returned).</summary>
    public static bool IssuedResult(in DossierRow row) => row.Status is EndStatus.Finished or EndStatus.Returned;
}

/// <summary>The counts of one unit in one period. Every field is a sum, so merging is addition.</summary>
internal sealed class Cell
{
    public long OnTimeDen, OnTimeExcl, OnTimeNum;
    public long ReceivedDen, ReceivedExcl, OnlineNum, OnlineReceptionNum, DigitisedNum;
    public long PaymentDen, PaymentExcl, PaymentNum;
    public long ResultDen, ResultExcl, ResultNum;
    public long FeedbackDen, FeedbackExcl, FeedbackNum;
    public readonly MinuteHistogram Processing = new();
    public readonly MinuteHistogram Waiting = new();

    /// <summary>Counts the dossier as active in the period (on-time rate), evaluated at the period's end.</summary>
    public void CountActive(in DossierRow row, long evaluatedAt)
    {
        OnTimeDen++;
        if (row.Secret)
        {
            OnTimeExcl++;
        }
        else if (Index766.OnTime(row, evaluatedAt))
        {
            OnTimeNum++;
        }
    }

    /// <summary>Counts the dossier's reception.</summary>
    public void CountReception(in DossierRow row)
    {
        ReceivedDen++;
        if (row.PaidOnline >= 0)
        {
            PaymentDen++;
        }

        if (row.Secret)
        {
            ReceivedExcl++;
            if (row.PaidOnline >= 0)
            {
                PaymentExcl++;
            }

            return;
        }

        if (Index766.Online(row))
        {
            OnlineNum++;
        }

        if (row.Channel == Channel.Online)
        {
            OnlineReceptionNum++;
        }

        if (row.Digitised)
        {
            DigitisedNum++;
        }

        if (row.PaidOnline == 1)
        {
            PaymentNum++;
        }

        if (row.WaitingMinutes >= 0)
        {
            Waiting.Add(row.WaitingMinutes);
        }
    }

    /// <summary>Counts the end of the dossier's processing.</summary>
    public void CountEnd(in DossierRow row)
    {
        bool result = Index766.IssuedResult(row);
        if (result)
        {
            ResultDen++;
        }

        if (row.Feedback != Feedback.None)
        {
            FeedbackDen++;
        }

        if (row.Secret)
        {
            if (result)
            {
                ResultExcl++;
            }

            if (row.Feedback != Feedback.None)
            {
                FeedbackExcl++;
            }

            return;
        }

        if (result && row.ElectronicResult)
        {
            ResultNum++;
        }

        if (row.Feedback == Feedback.Satisfied)
        {
            FeedbackNum++;
        }

        Processing.Add(Index766.ProcessingMinutes(row));
    }

    /// <summary>The names of the counts in the state format (docs/dossiers.md), in the order of <see cref="Counters"/>.</summary>
    public static readonly string[] CounterNames =
    [
        "active", "activeSecret", "onTime",
        "received", "receivedSecret", "online", "onlineReception", "digitised",
        "withFee", "withFeeSecret", "paidOnline",
        "results", "resultsSecret", "electronicResults",
        "answers", "answersSecret", "satisfied",
    ];

    /// <summary>The (numerator, denominator, excluded) positions in <see cref="Counters"/> of each rate.</summary>
    public static readonly (int Numerator, int Denominator, int Excluded)[] Rates =
        [(2, 0, 1), (5, 3, 4), (6, 3, 4), (7, 3, 4), (10, 8, 9), (13, 11, 12), (16, 14, 15)];

    /// <summary>The counts, in the order of <see cref="CounterNames"/>.</summary>
    public long[] Counters() =>
    [
        OnTimeDen, OnTimeExcl, OnTimeNum,
        ReceivedDen, ReceivedExcl, OnlineNum, OnlineReceptionNum, DigitisedNum,
        PaymentDen, PaymentExcl, PaymentNum,
        ResultDen, ResultExcl, ResultNum,
        FeedbackDen, FeedbackExcl, FeedbackNum,
    ];

    /// <summary>Adds counts given in the order of <see cref="CounterNames"/>.</summary>
    public void AddCounters(long[] c)
    {
        OnTimeDen += c[0];
        OnTimeExcl += c[1];
        OnTimeNum += c[2];
        ReceivedDen += c[3];
        ReceivedExcl += c[4];
        OnlineNum += c[5];
        OnlineReceptionNum += c[6];
        DigitisedNum += c[7];
        PaymentDen += c[8];
        PaymentExcl += c[9];
        PaymentNum += c[10];
        ResultDen += c[11];
        ResultExcl += c[12];
        ResultNum += c[13];
        FeedbackDen += c[14];
        FeedbackExcl += c[15];
        FeedbackNum += c[16];
    }

    public void Merge(Cell o)
    {
        OnTimeDen += o.OnTimeDen;
        OnTimeExcl += o.OnTimeExcl;
        OnTimeNum += o.OnTimeNum;
        ReceivedDen += o.ReceivedDen;
        ReceivedExcl += o.ReceivedExcl;
        OnlineNum += o.OnlineNum;
        OnlineReceptionNum += o.OnlineReceptionNum;
        DigitisedNum += o.DigitisedNum;
        PaymentDen += o.PaymentDen;
        PaymentExcl += o.PaymentExcl;
        PaymentNum += o.PaymentNum;
        ResultDen += o.ResultDen;
        ResultExcl += o.ResultExcl;
        ResultNum += o.ResultNum;
        FeedbackDen += o.FeedbackDen;
        FeedbackExcl += o.FeedbackExcl;
        FeedbackNum += o.FeedbackNum;
        Processing.Merge(o.Processing);
        Waiting.Merge(o.Waiting);
    }
}
