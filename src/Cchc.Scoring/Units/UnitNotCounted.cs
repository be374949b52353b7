using System;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Scoring;

/// <summary>
/// A declared unit that is not counted for a period under the selection of units (<see cref="UnitSelection"/>): it
/// ended before the period's end (merged, split, absorbed, dissolved) or was created after its start. Scoring lists such
/// units in <c>ScoringResult.UnitsNotScored</c>, the reporting status in <c>ReportingStatus.UnitsNotDue</c>.
/// </summary>
public sealed class UnitNotCounted
{
    internal UnitNotCounted(Unit unit, UnitHierarchy units, ReportingPeriod period)
    {
        Unit = unit;
        Ended = unit.ValidTo is LocalDate to && to < period.End;
        Event = Ended
            ? units.EndedBy(unit.Id)
            : units.PredecessorEvents(unit.Id).FirstOrDefault(e => e.Date == unit.ValidFrom && e.Kind != LineageEventKind.Absorb);
    }

    /// <summary>The unit's identifier.</summary>
    public string UnitId => Unit.Id;

    /// <summary>The unit.</summary>
    public Unit Unit { get; }

    /// <summary>True when the unit ended before the period's end; false when it was created after the period's start.</summary>
    public bool Ended { get; }

    /// <summary>The event that ended (or created) it, or null when only its validity says so.</summary>
    public LineageEvent? Event { get; }

    /// <summary>What became of the unit, in a few words: <c>merged into C on 2025-07-01</c>, <c>created on 2025-07-01 by the merge of A, B</c>, <c>ended on 2025-03-31</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The words.</returns>
    public string Describe(Language language = Language.En)
    {
        bool vi = language == Language.Vi;
        if (Ended)
        {
            return Event is LineageEvent e ? e.Describe(UnitId, language)
                : (vi ? "ngừng hoạt động sau ngày " : "ended on ") + LocalDatePattern.Iso.Format(Unit.ValidTo!.Value);
        }

        string created = (vi ? "thành lập từ ngày " : "created on ") + LocalDatePattern.Iso.Format(Unit.ValidFrom!.Value);
        return Event is LineageEvent c
            ? created + (vi ? " do " + (c.Kind == LineageEventKind.Merge ? "hợp nhất " : "chia tách ") : " by the " + LineageEvent.NameOf(c.Kind) + " of ") + string.Join(", ", c.From)
            : created;
    }

    /// <inheritdoc/>
    public override string ToString() => UnitId + ": " + Describe();
}
