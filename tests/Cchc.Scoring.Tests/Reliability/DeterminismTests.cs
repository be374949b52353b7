using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Cchc.Scoring;
using Cchc.Scoring.Serialization;
using Cchc.Scoring.Tests.Docs;
using Xunit;

namespace Cchc.Scoring.Tests.Reliability;

/// <summary>Tests that change the process's default culture run alone.</summary>
[CollectionDefinition(nameof(CultureCollection), DisableParallelization = true)]
public sealed class CultureCollection
{
}

/// <summary>
/// The same inputs give byte-identical output whatever the culture (this test project runs with real ICU cultures:
/// InvariantGlobalization is off for it), sequentially or in parallel, run after run, from many threads at once.
/// </summary>
[Collection(nameof(CultureCollection))]
public sealed class DeterminismTests
{
    private static readonly string[] Cultures = ["", "vi-VN", "tr-TR", "ar-SA", "fr-FR"];

    /// <summary>Each built-in framework with a sample: its id, framework text and sample text.</summary>
    private static readonly (string Id, string Framework, string Sample)[] Inputs = BuiltInFrameworks.Ids
        .Select(id => (id, BuiltInFrameworks.GetJson(id), RepositoryFiles.Read("src/Cchc.Scoring/Frameworks/BuiltIn/" + id + ".sample.json")))
        .ToArray();

    /// <summary>
    /// Reads the built-in frameworks and samples from text and writes everything the library writes: scorecards with
    /// traces and fingerprints (every year, a quarter, with and without roll-up), trajectories, problems, the files again.
    /// </summary>
    private static string Everything()
    {
        var sb = new StringBuilder();
        foreach (var (id, frameworkText, sampleText) in Inputs)
        {
            var framework = FrameworkJson.Read(frameworkText, source: id).GetValueOrThrow();
            var sample = SubmissionJson.Read(sampleText, framework, id).GetValueOrThrow();
            sb.Append(FrameworkJson.Write(framework)).Append(SubmissionJson.Write(sample, id));
            foreach (string period in Periods(framework))
            {
                foreach (bool rollUp in new[] { false, true })
                {
                    var result = Scorer.Score(framework, sample, new ScoringRequest(ReportingPeriod.Parse(period, framework.Calendar), rollUpUnits: rollUp));
                    sb.Append(ScorecardJson.Write(result));
                    sb.AppendJoin('\n', result.Problems.Select(p => p.ToString())).Append('\n');
                }
            }

            sb.Append(TrajectoryJson.Write(sample.Units.Units.Select(u => Trajectories.Compute(framework, sample, u.Id))));
        }

        return sb.ToString();
    }

    private static IEnumerable<string> Periods(Framework framework)
    {
        for (int year = framework.Plan.Start.Year; year <= framework.Plan.End.Year; year++)
        {
            yield return year.ToString(CultureInfo.InvariantCulture);
        }

        yield return framework.Plan.End.Year.ToString(CultureInfo.InvariantCulture) + "-Q3";
    }

    private static T InCulture<T>(string name, Func<T> run)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var (defaultCulture, defaultUi) = (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            return run();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (defaultCulture, defaultUi);
        }
    }

    [Fact]
    public void Cultures_AreReal_NotInvariant()
    {
        // Were the globalization invariant, these cultures would not exist or would format like the invariant one.
        Assert.Equal("1,5", 1.5m.ToString(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("İ", "i".ToUpper(CultureInfo.GetCultureInfo("tr-TR")));
        Assert.NotEqual(CultureInfo.InvariantCulture.NumberFormat.NumberDecimalSeparator, CultureInfo.GetCultureInfo("vi-VN").NumberFormat.NumberDecimalSeparator);
    }

    [Fact]
    public void Output_IsByteIdentical_UnderEveryCulture()
    {
        string invariant = InCulture("", Everything);
        Assert.Contains("\"fingerprint\"", invariant, StringComparison.Ordinal);
        Assert.Contains("\"trace\"", invariant, StringComparison.Ordinal);
        foreach (string culture in Cultures.Skip(1))
        {
            string other = InCulture(culture, Everything);
            Assert.True(invariant == other, "output under " + culture + " differs from the invariant culture's at character " + FirstDifference(invariant, other));
        }
    }

    [Fact]
    public void Output_IsByteIdentical_RunAfterRun_AndFromManyThreadsAtOnce()
    {
        string first = Everything();
        Assert.Equal(first, Everything());
        var outputs = new ConcurrentBag<string>();
        // Each thread in a culture of its own, all at once.
        Parallel.For(0, 10, new ParallelOptions { MaxDegreeOfParallelism = 10 }, i =>
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(Cultures[i % Cultures.Length]);
            outputs.Add(Everything());
        });
        Assert.Equal(10, outputs.Count);
        Assert.All(outputs, o => Assert.True(o == first, "a parallel run differs at character " + FirstDifference(first, o)));
    }

    [Fact]
    public void Scoring_SharedFrameworkAndSubmissions_ManyThreads_SameResultsAsSequential()
    {
        var framework = BuiltInFrameworks.Get(BuiltInFrameworks.GtvtTienGiang20212025);
        var sample = BuiltInFrameworks.GetSample(framework.Id);
        var units = sample.Units.Units.Select(u => u.Id).ToArray();
        var periods = Periods(framework).Select(p => ReportingPeriod.Parse(p, framework.Calendar)).ToArray();
        var requests = units.SelectMany(u => periods.SelectMany(p => new[] { new ScoringRequest(p, units: [u]), new ScoringRequest(p, units: [u], rollUpUnits: true) })).ToArray();

        string[] sequential = requests.Select(r => ScorecardJson.Write(Scorer.Score(framework, sample, r))).ToArray();
        for (int round = 0; round < 3; round++)
        {
            var parallel = new string[requests.Length];
            using var start = new ManualResetEventSlim();
            // All requests over the same objects at once, several times each.
            var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
            {
                start.Wait();
                for (int i = t; i < requests.Length; i += 8)
                {
                    parallel[i] = ScorecardJson.Write(Scorer.Score(framework, sample, requests[i]));
                }
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            start.Set();
            foreach (var thread in threads)
            {
                thread.Join();
            }

            Assert.Equal(sequential, parallel);
        }

        // Scoring every unit at once gives the same per-unit cards as scoring them one by one in parallel.
        var all = Scorer.Score(framework, sample, new ScoringRequest(periods[^2]));
        var each = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(units, u => each[u] = Fingerprint(Scorer.Score(framework, sample, new ScoringRequest(periods[^2], units: [u])), u));
        Assert.All(units, u => Assert.Equal(Fingerprint(all, u), each[u]));
    }

    private static string Fingerprint(ScoringResult result, string unit) => result.Find(unit)?.Fingerprint ?? "-";

    private static int FirstDifference(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return n;
    }
}
