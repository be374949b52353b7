using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Json.Schema;
using Xunit;

namespace Cchc.Scoring.Tests.Docs;

/// <summary>
/// docs/schemas/*.schema.json describe the files the library reads: the built-in frameworks, their sample data and
/// the examples of docs/formats.md are valid against them, and typical mistakes are rejected by both the schema and
/// the reader.
/// </summary>
public sealed class SchemaTests
{
    private static readonly JsonSchema FrameworkSchema = JsonSchema.FromText(RepositoryFiles.Read("docs/schemas/framework.schema.json"));
    private static readonly JsonSchema SubmissionsSchema = JsonSchema.FromText(RepositoryFiles.Read("docs/schemas/submissions.schema.json"));
    private static readonly JsonSchema AssessmentsSchema = JsonSchema.FromText(RepositoryFiles.Read("docs/schemas/assessments.schema.json"));
    private static readonly JsonSchema DossierStateSchema = JsonSchema.FromText(RepositoryFiles.Read("docs/schemas/dossier-state.schema.json"));
    private static readonly string BuiltInFolder = Path.Combine(RepositoryFiles.Root, "src/Cchc.Scoring/Frameworks/BuiltIn");

    private static string[] Errors(JsonSchema schema, string json)
    {
        var results = schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : results.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)).ToArray();
    }

    private static void AssertValid(JsonSchema schema, string json, string what)
    {
        string[] errors = Errors(schema, json);
        Assert.True(errors.Length == 0, what + " is not valid against its schema:\n" + string.Join('\n', errors));
    }

    private static string JsonBlockAfter(string markdown, string marker)
    {
        int at = markdown.IndexOf("<!-- example: " + marker, StringComparison.Ordinal);
        Assert.True(at >= 0, "marker '" + marker + "' not found");
        int start = markdown.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        return markdown[start..markdown.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Theory]
    [InlineData("docs/schemas/framework.schema.json")]
    [InlineData("docs/schemas/submissions.schema.json")]
    [InlineData("docs/schemas/dossier-state.schema.json")]
    public void Schema_IsValidDraft202012(string path)
    {
        var results = MetaSchemas.Draft202012.Evaluate(JsonNode.Parse(RepositoryFiles.Read(path)), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, path + " is not a valid 2020-12 schema");
    }

    public static IEnumerable<object[]> BuiltInIds() => BuiltInFrameworks.Ids.Select(id => new object[] { id });

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void BuiltInFramework_IsValid(string id) => AssertValid(FrameworkSchema, BuiltInFrameworks.GetJson(id), id);

    [Fact]
    public void BuiltInSamples_AreValid()
    {
        string[] samples = Directory.GetFiles(BuiltInFolder, "*.sample.json");
        Assert.NotEmpty(samples);
        foreach (string file in samples)
        {
            AssertValid(SubmissionsSchema, File.ReadAllText(file), Path.GetFileName(file));
        }
    }

    [Fact]
    public void DossierStateExample_IsValid_AndTypicalMistakesAreNot()
    {
        string example = JsonBlockAfter(RepositoryFiles.Read("docs/dossiers.md"), "dossier-state");
        AssertValid(DossierStateSchema, example, "the dossier state example of dossiers.md");
        Assert.NotEmpty(Errors(DossierStateSchema, example.Replace("\"active\": 3", "\"active\": -3", StringComparison.Ordinal)));
        Assert.NotEmpty(Errors(DossierStateSchema, example.Replace("[[20,1]]", "[[20,1,5]]", StringComparison.Ordinal)));
        Assert.NotEmpty(Errors(DossierStateSchema, example.Replace("\"calendar\": \"calendar\",", "\"calendar\": \"calendar\", \"granularity\": \"year\",", StringComparison.Ordinal)));
        Assert.NotEmpty(Errors(DossierStateSchema, example.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal)));
    }

    [Fact]
    public void FormatsExamples_AreValid()
    {
        string doc = RepositoryFiles.Read("docs/formats.md");
        AssertValid(FrameworkSchema, JsonBlockAfter(doc, "framework"), "the framework example of formats.md");
        AssertValid(SubmissionsSchema, JsonBlockAfter(doc, "submissions"), "the submissions example of formats.md");
    }

    [Theory]
    [InlineData("docs/periods.md", "periods framework", true)]
    [InlineData("docs/periods.md", "periods submissions", false)]
    [InlineData("docs/aggregation.md", "aggregation framework", true)]
    [InlineData("docs/aggregation.md", "aggregation submissions", false)]
    [InlineData("docs/extending.md", "tolerance-submissions", false)]
    [InlineData("docs/formats.md", "lineage", false)]
    public void GuideExamples_AreValid(string file, string marker, bool isFramework)
    {
        // Every format field a guide shows is in the schemas too, so the schemas never lag behind the readers.
        AssertValid(isFramework ? FrameworkSchema : SubmissionsSchema, JsonBlockAfter(RepositoryFiles.Read(file), marker), "the '" + marker + "' example of " + file);
    }

    [Fact]
    public void ExampleData_IsValid()
    {
        string folder = Path.Combine(RepositoryFiles.Root, "docs/examples/data");
        foreach (string file in Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories))
        {
            string json = File.ReadAllText(file);
            var root = JsonNode.Parse(json)!;
            bool framework = root["areas"] is not null;
            bool assessments = root["entries"] is not null;
            AssertValid(framework ? FrameworkSchema : assessments ? AssessmentsSchema : SubmissionsSchema, json, Path.GetRelativePath(RepositoryFiles.Root, file));
        }
    }

    [Fact]
    public void CommentProperties_AreAllowedAnywhere()
    {
        string json = """{ "$schema": "../docs/schemas/submissions.schema.json", "submissions": [ { "$comment": "x", "unit": "VP", "period": "2025", "indicator": "T02", "recordedAt": "2026-01-10T02:00:00Z", "value": 1 } ] }""";
        AssertValid(SubmissionsSchema, json, "a file with $-comments");
    }

    // Mistakes in a submission; each is rejected by the schema and reported by the reader.
    [Theory]
    [InlineData("\"indicator\": \"T07\", \"vaule\": 18.5", "misspelt field")]
    [InlineData("\"indicator\": \"T07\", \"period\": \"2025-Q5\", \"value\": 18.5", "bad period")]
    [InlineData("\"indicator\": \"T02\", \"numerator\": -1, \"denominator\": 10", "negative count")]
    [InlineData("\"indicator\": \"T02\", \"numerator\": 1", "numerator without denominator")]
    [InlineData("\"value\": 18.5", "no indicator")]
    public void Submissions_Mistake_IsRejectedBySchemaAndReader(string body, string what)
    {
        string unitAndTime = "\"unit\": \"VP\", \"recordedAt\": \"2026-01-10T02:00:00Z\", ";
        string submission = body.Contains("\"period\"", StringComparison.Ordinal) ? unitAndTime + body : unitAndTime + "\"period\": \"2025\", " + body;
        string json = "{ \"submissions\": [ { " + submission + " } ] }";
        Assert.True(Errors(SubmissionsSchema, json).Length > 0, "the schema accepts: " + what);

        var framework = FrameworkJson.Read(JsonBlockAfter(RepositoryFiles.Read("docs/formats.md"), "framework")).Value!;
        Assert.NotEmpty(SubmissionJson.Read(json, framework).Problems);
    }

    // Mistakes in the built-in framework; each is rejected by the schema and reported by the reader.
    [Theory]
    [InlineData("\"totalPoints\": 100,", "\"totalPoint\": 100,", "misspelt field")]
    [InlineData("\"kind\": \"goalposts\",", "\"kind\": \"goalposts\", \"flor\": 1,", "unknown rule parameter")]
    [InlineData("\"comparison\": \">=\"", "\"comparison\": \"=>\"", "unknown comparison")]
    [InlineData("\"measure\": \"ratio\"", "\"measure\": \"rate\"", "unknown measure")]
    [InlineData("\"calendar\": \"calendar\"", "\"calendar\": \"cutoff-31\"", "bad calendar")]
    public void Framework_Mistake_IsRejectedBySchemaAndReader(string from, string to, string what)
    {
        string original = BuiltInFrameworks.GetJson(BuiltInFrameworks.GtvtTienGiang20212025);
        Assert.Contains(from, original, StringComparison.Ordinal);
        int at = original.IndexOf(from, StringComparison.Ordinal);
        string json = original[..at] + to + original[(at + from.Length)..];
        Assert.True(Errors(FrameworkSchema, json).Length > 0, "the schema accepts: " + what);
        Assert.NotEmpty(FrameworkJson.Read(json).Problems);
    }
}
