using System;
using System.Collections.Generic;

namespace Cchc.Scoring.Dossiers;

/// <summary>Why a row was rejected.</summary>
internal enum RejectReason
{
    None,
    MissingField,
    InvalidDate,
    InvalidValue,
    EndedBeforeReceived,
    DueBeforeReceived,
    StatusMismatch,
    UnknownUnit,
    FieldCount,
    QuoteSpansRows,
    StrayQuote,
    InvalidEncoding,
    RowTooLong,
    DateOutOfRange,
    DurationOutOfRange,
}

/// <summary>The facts of one dossier that the metrics need, in a form that costs nothing to accumulate.</summary>
internal struct DossierRow
{
    /// <summary>Reception, local seconds.</summary>
    public long Received;

    /// <summary>Due, local seconds.</summary>
    public long Due;

    /// <summary>End of processing, local seconds, or <see cref="LocalSeconds.None"/>.</summary>
    public long Ended;

    public EndStatus Status;
    public Channel Channel;
    public OnlineServiceLevel Level;
    public bool ElectronicResult;
    public bool Digitised;
    public bool Secret;

    /// <summary>1 paid online, 0 paid otherwise, -1 no fee.</summary>
    public sbyte PaidOnline;
    public int SupplementRequests;
    public int SupplementWaitMinutes;
    public Feedback Feedback;

    /// <summary>Minutes waited at the desk, or -1.</summary>
    public int WaitingMinutes;

    /// <summary>The first instant of the years reporting periods hold (0002-01-01).</summary>
    public static readonly long MinTime = LocalSeconds.DaysFromCivil(2, 1, 1) * 86_400;

    /// <summary>The first instant after the years reporting periods hold (9999-01-01).</summary>
    public static readonly long EndTime = LocalSeconds.DaysFromCivil(9999, 1, 1) * 86_400;

    /// <summary>Checks the facts that hold across fields; returns the reason and the column concerned.</summary>
    public readonly RejectReason Check(out int column)
    {
        if (Received < MinTime || Received >= EndTime)
        {
            column = DossierColumns.ReceivedAt;
            return RejectReason.DateOutOfRange;
        }

        if (Due < MinTime || Due >= EndTime)
        {
            column = DossierColumns.DueAt;
            return RejectReason.DateOutOfRange;
        }

        if (Ended != LocalSeconds.None && (Ended < MinTime || Ended >= EndTime))
        {
            column = DossierColumns.FinishedAt;
            return RejectReason.DateOutOfRange;
        }

        if (Ended != LocalSeconds.None && Ended < Received)
        {
            column = DossierColumns.FinishedAt;
            return RejectReason.EndedBeforeReceived;
        }

        if (Due < Received)
        {
            column = DossierColumns.DueAt;
            return RejectReason.DueBeforeReceived;
        }

        if ((Ended == LocalSeconds.None) != (Status == EndStatus.InProgress))
        {
            column = DossierColumns.Status;
            return RejectReason.StatusMismatch;
        }

        if (Ended != LocalSeconds.None && (Ended - Received - (SupplementWaitMinutes * 60L)) / 60 > int.MaxValue)
        {
            column = DossierColumns.FinishedAt;
            return RejectReason.DurationOutOfRange;
        }

        column = -1;
        return RejectReason.None;
    }

    /// <summary>The facts of a dossier record.</summary>
    public static DossierRow From(Dossier d) => new()
    {
        Received = LocalSeconds.From(d.ReceivedAt),
        Due = LocalSeconds.From(d.DueAt),
        Ended = d.EndedAt is { } e ? LocalSeconds.From(e) : LocalSeconds.None,
        Status = d.Status,
        Channel = d.Channel,
        Level = d.OnlineLevel,
        ElectronicResult = d.ElectronicResult,
        Digitised = d.Digitised,
        Secret = d.Secret,
        PaidOnline = d.PaidOnline switch { null => -1, true => 1, false => 0 },
        SupplementRequests = d.SupplementRequests,
        SupplementWaitMinutes = d.SupplementWaitMinutes,
        Feedback = d.Feedback,
        WaitingMinutes = d.WaitingMinutes ?? -1,
    };
}

/// <summary>The columns of the dossier schema (CSV header names and database column names).</summary>
internal static class DossierColumns
{
    public const int Id = 0;
    public const int Procedure = 1;
    public const int Unit = 2;
    public const int ReceivedAt = 3;
    public const int DueAt = 4;
    public const int FinishedAt = 5;
    public const int Status = 6;
    public const int Channel = 7;
    public const int OnlineLevel = 8;
    public const int ElectronicResult = 9;
    public const int Digitised = 10;
    public const int PaidOnline = 11;
    public const int SupplementRequests = 12;
    public const int SupplementWaitMinutes = 13;
    public const int Feedback = 14;
    public const int WaitingMinutes = 15;
    public const int Secret = 16;

    /// <summary>The names, in schema order.</summary>
    public static readonly string[] Names =
    [
        "id", "procedure", "unit", "received_at", "due_at", "finished_at", "status", "channel", "online_level",
        "electronic_result", "digitised", "paid_online", "supplement_requests", "supplement_wait_minutes",
        "feedback", "waiting_minutes", "secret",
    ];

    /// <summary>Columns that must be present.</summary>
    public static readonly int[] Required = [Id, Unit, ReceivedAt, DueAt];

    /// <summary>Maps schema columns to source ordinals (-1 when absent) by case-insensitive name; a schema column named twice is in <paramref name="duplicates"/>.</summary>
    public static int[] Map(Func<int, string> nameAt, int count, out List<string> duplicates)
    {
        var map = new int[Names.Length];
        Array.Fill(map, -1);
        duplicates = [];
        for (int i = 0; i < count; i++)
        {
            string name = nameAt(i).Trim();
            int k = Array.FindIndex(Names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (k < 0)
            {
                continue;
            }

            if (map[k] < 0)
            {
                map[k] = i;
            }
            else if (!duplicates.Contains(Names[k]))
            {
                duplicates.Add(Names[k]);
            }
        }

        return map;
    }
}

/// <summary>A source of one row's fields as text.</summary>
internal interface IFieldSource
{
    /// <summary>The text of the field at an ordinal of the source (empty for a null).</summary>
    ReadOnlySpan<char> Field(int ordinal);
}

/// <summary>Parses rows of the dossier schema from any field source; allocation-free.</summary>
internal static class RowParser
{
    /// <summary>Parses the fields (all but id, procedure and unit, which the caller reads) into <paramref name="row"/>.</summary>
    public static RejectReason Parse<TSource>(ref TSource source, int[] map, DossierTimeFormat format, ref DossierRow row, out int column)
        where TSource : struct, IFieldSource
    {
        column = DossierColumns.Id;
        if (Get(ref source, map, DossierColumns.Id).IsWhiteSpace())
        {
            return RejectReason.MissingField;
        }

        column = DossierColumns.Unit;
        if (Get(ref source, map, DossierColumns.Unit).IsWhiteSpace())
        {
            return RejectReason.MissingField;
        }

        column = DossierColumns.ReceivedAt;
        var text = Get(ref source, map, column);
        if (text.IsEmpty)
        {
            return RejectReason.MissingField;
        }

        if (!LocalSeconds.TryParse(text, format, out row.Received))
        {
            return RejectReason.InvalidDate;
        }

        column = DossierColumns.DueAt;
        text = Get(ref source, map, column);
        if (text.IsEmpty)
        {
            return RejectReason.MissingField;
        }

        if (!LocalSeconds.TryParse(text, format, out row.Due))
        {
            return RejectReason.InvalidDate;
        }

        column = DossierColumns.FinishedAt;
        text = Get(ref source, map, column);
        if (text.IsEmpty)
        {
            row.Ended = LocalSeconds.None;
        }
        else if (!LocalSeconds.TryParse(text, format, out row.Ended))
        {
            return RejectReason.InvalidDate;
        }

        column = DossierColumns.Status;
        text = Get(ref source, map, column);
        if (text.IsEmpty)
        {
            row.Status = row.Ended == LocalSeconds.None ? EndStatus.InProgress : EndStatus.Finished;
        }
        else if (!TryStatus(text, out row.Status))
        {
            return RejectReason.InvalidValue;
        }

        column = DossierColumns.Channel;
        text = Get(ref source, map, column);
        if (text.IsEmpty || text.SequenceEqual("in-person"))
        {
            row.Channel = Channel.InPerson;
        }
        else if (text.SequenceEqual("online"))
        {
            row.Channel = Channel.Online;
        }
        else if (text.SequenceEqual("post"))
        {
            row.Channel = Channel.Post;
        }
        else
        {
            return RejectReason.InvalidValue;
        }

        column = DossierColumns.OnlineLevel;
        text = Get(ref source, map, column);
        if (text.IsEmpty || text.SequenceEqual("none"))
        {
            row.Level = OnlineServiceLevel.None;
        }
        else if (text.SequenceEqual("full"))
        {
            row.Level = OnlineServiceLevel.Full;
        }
        else if (text.SequenceEqual("partial"))
        {
            row.Level = OnlineServiceLevel.Partial;
        }
        else
        {
            return RejectReason.InvalidValue;
        }

        column = DossierColumns.ElectronicResult;
        if (!Flag(Get(ref source, map, column), out row.ElectronicResult))
        {
            return RejectReason.InvalidValue;
        }

        column = DossierColumns.Digitised;
        if (!Flag(Get(ref source, map, column), out row.Digitised))
        {
            return RejectReason.InvalidValue;
        }

        column = DossierColumns.PaidOnline;
        text = Get(ref source, map, column);
        if (text.IsEmpty)
        {
            row.PaidOnline = -1;
        }
        else if (Flag(text, out bool paid))
        {
            row.PaidOnline = paid ? (sbyte)1 : (sbyte)0;
        }
        else
        {
            return RejectReason.InvalidValue;
        }

        column = DossierColumns.SupplementRequests;
        if (!Count(Get(ref source, map, column), out row.SupplementRequests))
        {
            return RejectReason.InvalidValue;
        }

        column = DossierColumns.SupplementWaitMinutes;
        if (!Count(Get(ref source, map, column), out row.SupplementWaitMinutes))
        {
            return RejectReason.InvalidValue;
        }

        column = DossierColumns.Feedback;
        text = Get(ref source, map, column);
        if (text.IsEmpty || text.SequenceEqual("none"))
        {
            row.Feedback = Feedback.None;
        }
        else if (text.SequenceEqual("satisfied"))
        {
            row.Feedback = Feedback.Satisfied;
        }
        else if (text.SequenceEqual("neutral"))
        {
            row.Feedback = Feedback.Neutral;
        }
        else if (text.SequenceEqual("dissatisfied"))
        {
            row.Feedback = Feedback.Dissatisfied;
        }
        else
        {
            return RejectReason.InvalidValue;
        }

        column = DossierColumns.WaitingMinutes;
        text = Get(ref source, map, column);
        if (text.IsEmpty)
        {
            row.WaitingMinutes = -1;
        }
        else if (!Count(text, out row.WaitingMinutes))
        {
            return RejectReason.InvalidValue;
        }

        column = DossierColumns.Secret;
        if (!Flag(Get(ref source, map, column), out row.Secret))
        {
            return RejectReason.InvalidValue;
        }

        return row.Check(out column);
    }

    /// <summary>The field of a schema column, or empty when the source has no such column.</summary>
    public static ReadOnlySpan<char> Get<TSource>(ref TSource source, int[] map, int column)
        where TSource : struct, IFieldSource
    {
        int ordinal = map[column];
        return ordinal < 0 ? default : source.Field(ordinal);
    }

    /// <summary>The schema word of a status.</summary>
    public static string StatusWord(EndStatus status) => status switch
    {
        EndStatus.InProgress => "in-progress",
        EndStatus.Finished => "finished",
        EndStatus.Returned => "returned",
        EndStatus.Stopped => "stopped",
        _ => "withdrawn",
    };

    /// <summary>The schema word of a channel.</summary>
    public static string ChannelWord(Channel channel) => channel switch
    {
        Channel.Online => "online",
        Channel.Post => "post",
        _ => "in-person",
    };

    /// <summary>The schema word of a level.</summary>
    public static string LevelWord(OnlineServiceLevel level) => level switch
    {
        OnlineServiceLevel.Full => "full",
        OnlineServiceLevel.Partial => "partial",
        _ => "none",
    };

    /// <summary>The schema word of a feedback.</summary>
    public static string FeedbackWord(Feedback feedback) => feedback switch
    {
        Feedback.Satisfied => "satisfied",
        Feedback.Neutral => "neutral",
        Feedback.Dissatisfied => "dissatisfied",
        _ => "none",
    };

    private static bool TryStatus(ReadOnlySpan<char> text, out EndStatus status)
    {
        status = EndStatus.InProgress;
        if (text.SequenceEqual("finished"))
        {
            status = EndStatus.Finished;
        }
        else if (text.SequenceEqual("in-progress"))
        {
            status = EndStatus.InProgress;
        }
        else if (text.SequenceEqual("returned"))
        {
            status = EndStatus.Returned;
        }
        else if (text.SequenceEqual("stopped"))
        {
            status = EndStatus.Stopped;
        }
        else if (text.SequenceEqual("withdrawn"))
        {
            status = EndStatus.Withdrawn;
        }
        else
        {
            return false;
        }

        return true;
    }

    private static bool Flag(ReadOnlySpan<char> text, out bool value)
    {
        value = false;
        if (text.IsEmpty || text.SequenceEqual("0") || text.SequenceEqual("false"))
        {
            return true;
        }

        if (text.SequenceEqual("1") || text.SequenceEqual("true"))
        {
            value = true;
            return true;
        }

        return false;
    }

    private static bool Count(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return true;
        }

        if (text.Length > 9)
        {
            return false;
        }

        foreach (char c in text)
        {
            int d = c - '0';
            // Not (uint)d > 9: the project checks arithmetic, and a character below '0' makes that cast throw.
            if (d < 0 || d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }
}
