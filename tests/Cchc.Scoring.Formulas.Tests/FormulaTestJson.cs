using System.Text.Json.Serialization;

namespace Cchc.Scoring.Formulas.Tests;

/// <summary>Writes JSON strings in the tests without reflection.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class FormulaTestJson : JsonSerializerContext;
