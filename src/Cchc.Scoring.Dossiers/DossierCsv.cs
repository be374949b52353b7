using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Cchc.Scoring.Dossiers;

/// <summary>Writes dossiers as CSV in the schema of docs/dossiers.md (the reader's input).</summary>
public static class DossierCsv
{
    /// <summary>The header row, without line end.</summary>
    public static string Header { get; } = string.Join(",", DossierColumns.Names);

    /// <summary>Writes the header and one row per dossier, with <c>\n</c> line ends.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="dossiers">The dossiers.</param>
    /// <returns>How many rows were written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="dossiers"/> is null.</exception>
    public static long Write(TextWriter writer, IEnumerable<Dossier> dossiers)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(dossiers);
        writer.Write(Header);
        writer.Write('\n');
        Span<char> buffer = stackalloc char[32];
        long rows = 0;
        foreach (var d in dossiers)
        {
            Text(writer, d.Id);
            writer.Write(',');
            Text(writer, d.Procedure);
            writer.Write(',');
            Text(writer, d.UnitId);
            writer.Write(',');
            Time(writer, LocalSeconds.From(d.ReceivedAt), buffer);
            writer.Write(',');
            Time(writer, LocalSeconds.From(d.DueAt), buffer);
            writer.Write(',');
            if (d.EndedAt is { } ended)
            {
                Time(writer, LocalSeconds.From(ended), buffer);
            }

            writer.Write(',');
            writer.Write(RowParser.StatusWord(d.Status));
            writer.Write(',');
            writer.Write(RowParser.ChannelWord(d.Channel));
            writer.Write(',');
            writer.Write(RowParser.LevelWord(d.OnlineLevel));
            writer.Write(',');
            writer.Write(d.ElectronicResult ? '1' : '0');
            writer.Write(',');
            writer.Write(d.Digitised ? '1' : '0');
            writer.Write(',');
            if (d.PaidOnline is { } paid)
            {
                writer.Write(paid ? '1' : '0');
            }

            writer.Write(',');
            Number(writer, d.SupplementRequests, buffer);
            writer.Write(',');
            Number(writer, d.SupplementWaitMinutes, buffer);
            writer.Write(',');
            writer.Write(RowParser.FeedbackWord(d.Feedback));
            writer.Write(',');
            if (d.WaitingMinutes is { } waiting)
            {
                Number(writer, waiting, buffer);
            }

            writer.Write(',');
            writer.Write(d.Secret ? '1' : '0');
            writer.Write('\n');
            rows++;
        }

        return rows;
    }

    private static void Time(TextWriter writer, long seconds, Span<char> buffer) =>
        writer.Write(buffer[..LocalSeconds.Format(seconds, buffer)]);

    private static void Number(TextWriter writer, int value, Span<char> buffer)
    {
        value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    private static void Text(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
