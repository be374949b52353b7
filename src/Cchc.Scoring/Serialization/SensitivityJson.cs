using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Cchc.Scoring;

namespace Cchc.Scoring.Serialization;

/// <summary>
/// Writes a sensitivity analysis as JSON (<c>docs/sensitivity.md</c>, schema <c>docs/schemas/sensitivity.schema.json</c>):
/// two-space indents, <c>\n</c> line ends, properties in a fixed order, exact decimals; the same result gives the same bytes.
/// </summary>
public static class SensitivityJson
{
    /// <summary>The value of <c>format</c> in the files written.</summary>
    public const string Format = "cchc-sensitivity-1";

    /// <summary>Writes a result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Write(SensitivityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var nominal = result.Nominal;
        var o = result.Options;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteString("framework", nominal.Framework.Id);
            w.WriteString("version", nominal.Framework.Version);
            w.WriteString("period", nominal.Request.Period.ToString());
            w.WriteString("fingerprint", nominal.Fingerprint);
            w.WriteNumber("samples", result.Samples);
            w.WriteNumber("seed", result.Seed);
            w.WriteStartObject("varied");
            w.WriteString("weights", o.Weights switch
            {
                WeightVariation.Areas => "areas",
                WeightVariation.Indicators => "indicators",
                _ => "none",
            });
            w.WriteNumber("weightRange", o.WeightRange);
            Strings(w, "roundingModes", o.RoundingModes, m => FrameworkJson.RoundingDto(new RoundingPolicy(0, m, RoundingLevel.Index)).Mode!);
            w.WriteStartArray("roundingDigits");
            foreach (int d in o.RoundingDigits)
            {
                w.WriteNumberValue(d);
            }

            w.WriteEndArray();
            Strings(w, "unitRollUps", o.UnitRollUps, FrameworkJson.RollUpName);
            Strings(w, "missingData", o.MissingData, p => p.ToString());
            w.WriteBoolean("survey", o.VarySurvey);
            w.WriteBoolean("rankByKind", o.RankByKind);
            w.WriteEndObject();
            Strings(w, "inputs", result.Inputs, s => s);
            w.WriteStartArray("units");
            foreach (var u in result.Units)
            {
                w.WriteStartObject();
                w.WriteString("unit", u.UnitId);
                w.WriteString("group", u.Group);
                Number(w, "nominalRank", u.NominalRank);
                Number(w, "nominalIndex", u.NominalIndex);
                w.WriteString("nominalClass", u.NominalClass?.Code);
                w.WriteNumber("rankedSamples", u.RankedSamples);
                Number(w, "medianRank", u.MedianRank);
                Number(w, "rankLow", u.RankLow);
                Number(w, "rankHigh", u.RankHigh);
                Number(w, "bestRank", u.BestRank);
                Number(w, "worstRank", u.WorstRank);
                w.WriteStartArray("classes");
                foreach (var c in u.ClassProbabilities)
                {
                    w.WriteStartObject();
                    w.WriteString("class", c.Class);
                    w.WriteNumber("probability", c.Probability);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("varianceShares");
                foreach (var s in u.VarianceShares)
                {
                    w.WriteStartObject();
                    w.WriteString("input", s.Input);
                    w.WriteNumber("share", s.Share);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteString("mostInfluential", u.MostInfluential);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Strings<T>(Utf8JsonWriter w, string name, System.Collections.Generic.IReadOnlyList<T> items, Func<T, string> text)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(text(item));
        }

        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is int v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is decimal v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
