using System;
using System.IO;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring.Serialization;

/// <summary>
/// Writes a <see cref="ReportingStatus"/> as JSON (<c>docs/status.md</c>, schema
/// <c>docs/schemas/reporting-status.schema.json</c>): invariant text, instants in ISO-8601 UTC, states by their file names.
/// </summary>
public static class ReportingStatusJson
{
    /// <summary>Writes a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The JSON text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="status"/> is null.</exception>
    public static string Write(ReportingStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonFormat.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("framework", status.FrameworkId);
            w.WriteString("version", status.FrameworkVersion);
            w.WriteString("period", status.Period.ToString());
            w.WriteString("periodStart", LocalDatePattern.Iso.Format(status.Period.Start));
            w.WriteString("periodEnd", LocalDatePattern.Iso.Format(status.Period.End));
            if (status.AsOf is Instant asOf)
            {
                w.WriteString("asOf", InstantPattern.ExtendedIso.Format(asOf));
            }

            if (status.DueDate is LocalDate due && status.LateFrom is Instant lateFrom)
            {
                w.WriteString("dueDate", LocalDatePattern.Iso.Format(due));
                w.WriteString("lateFrom", InstantPattern.ExtendedIso.Format(lateFrom));
            }

            w.WriteBoolean("complete", status.IsComplete);
            w.WritePropertyName("counts");
            WriteCounts(w, status.Counts);
            w.WriteStartArray("units");
            foreach (var unit in status.Units)
            {
                w.WriteStartObject();
                w.WriteString("unit", unit.UnitId);
                if (unit.Unit is Unit declared)
                {
                    w.WritePropertyName("name");
                    w.WriteStartObject();
                    w.WriteString("vi", declared.Name.Vi);
                    w.WriteString("en", declared.Name.En);
                    w.WriteEndObject();
                    w.WriteString("kind", declared.Kind);
                }

                w.WriteBoolean("complete", unit.IsComplete);
                w.WritePropertyName("counts");
                WriteCounts(w, unit.Counts);
                w.WriteStartArray("owed");
                foreach (string code in unit.Owed)
                {
                    w.WriteStringValue(code);
                }

                w.WriteEndArray();
                if (unit.MaxWorkingDaysLate is int most)
                {
                    w.WriteNumber("maxWorkingDaysLate", most);
                }

                w.WriteStartArray("indicators");
                foreach (var item in unit.Indicators)
                {
                    w.WriteStartObject();
                    w.WriteString("code", item.IndicatorCode);
                    w.WriteString("state", StateName(item.State));
                    if (item.SubmittedAt is Instant submitted)
                    {
                        w.WriteString("submittedAt", InstantPattern.ExtendedIso.Format(submitted));
                    }

                    if (item.LastRecordedAt is Instant last)
                    {
                        w.WriteString("lastRecordedAt", InstantPattern.ExtendedIso.Format(last));
                    }

                    if (item.WorkingDaysLate is int days)
                    {
                        w.WriteNumber("workingDaysLate", days);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (status.UnitsNotDue.Count > 0)
            {
                // Units that did not exist for the period: what became of them (the event's kind and date), never a debt.
                w.WriteStartArray("unitsNotDue");
                foreach (var unit in status.UnitsNotDue)
                {
                    w.WriteStartObject();
                    w.WriteString("unit", unit.UnitId);
                    w.WriteBoolean("ended", unit.Ended);
                    if (unit.Event is LineageEvent e)
                    {
                        w.WriteString("event", LineageEvent.NameOf(e.Kind));
                        w.WriteString("date", LocalDatePattern.Iso.Format(e.Date));
                    }
                    else if ((unit.Ended ? unit.Unit.ValidTo : unit.Unit.ValidFrom) is LocalDate date)
                    {
                        w.WriteString("date", LocalDatePattern.Iso.Format(date));
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The name of a state as written in files: <c>onTime</c>, <c>late</c>, <c>revisedAfterDeadline</c>, <c>missing</c>, <c>notApplicable</c>.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The name.</returns>
    public static string StateName(ReportingState state) => state switch
    {
        ReportingState.OnTime => "onTime",
        ReportingState.Late => "late",
        ReportingState.RevisedAfterDeadline => "revisedAfterDeadline",
        ReportingState.Missing => "missing",
        _ => "notApplicable",
    };

    private static void WriteCounts(Utf8JsonWriter w, ReportingStateCounts counts)
    {
        w.WriteStartObject();
        w.WriteNumber("onTime", counts.OnTime);
        w.WriteNumber("late", counts.Late);
        w.WriteNumber("revisedAfterDeadline", counts.RevisedAfterDeadline);
        w.WriteNumber("missing", counts.Missing);
        w.WriteNumber("notApplicable", counts.NotApplicable);
        w.WriteEndObject();
    }
}
