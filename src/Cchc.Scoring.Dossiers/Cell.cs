namespace Cchc.Scoring.Dossiers;

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
