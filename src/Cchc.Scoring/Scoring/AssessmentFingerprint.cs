using System.Linq;
using System.Text.Json;
using NodaTime.Text;

namespace Cchc.Scoring;

/// <summary>The assessment entries a scorecard used, in its fingerprint; nothing is written when none was used, so fingerprints without records are unchanged.</summary>
internal static class AssessmentFingerprint
{
    public static void Write(Utf8JsonWriter w, Scorecard card)
    {
        var used = card.Indicators.Where(s => s.Assessment is not null).Select(s => s.Assessment!).ToArray();
        if (used.Length == 0)
        {
            return;
        }

        w.WriteStartArray("assessments");
        foreach (var a in used)
        {
            Entry(w, a.Entry, a.Stage, a.IsPublished);
            if (a.MissingEvidence.Count > 0)
            {
                w.WriteStartObject();
                w.WriteString("missingEvidence", string.Join("\n", a.MissingEvidence));
                w.WriteBoolean("explanationAccepted", a.ExplanationAccepted);
                w.WriteBoolean("zeroed", a.IsZeroedForMissingEvidence);
                w.WriteEndObject();
            }
            if (a.SelfAssessment is { } self && !ReferenceEquals(self, a.Entry))
            {
                Entry(w, self, AssessmentStage.SelfAssessment, a.IsPublished);
            }
        }

        w.WriteEndArray();
    }

    private static void Entry(Utf8JsonWriter w, AssessmentEntry e, AssessmentStage stage, bool published)
    {
        w.WriteStartObject();
        w.WriteString("unit", e.UnitId);
        w.WriteString("period", e.Period.ToString());
        w.WriteString("indicator", e.IndicatorCode);
        w.WriteString("kind", e.Kind.ToString());
        w.WriteString("stage", stage.ToString());
        w.WriteString("recordedAt", InstantPattern.ExtendedIso.Format(e.RecordedAt));
        w.WriteString("by", e.Author.ToString());
        w.WriteString("round", e.Round is int r ? Num.Format(r) : null);
        w.WriteString("points", e.Points is decimal p ? Num.Format(p) : null);
        w.WriteBoolean("published", published);
        w.WriteEndObject();
    }
}
