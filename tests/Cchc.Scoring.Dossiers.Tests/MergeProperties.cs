using System.Collections.Generic;
using System.Linq;
using Cchc.Scoring.Dossiers.Samples;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Cchc.Scoring;
using static Cchc.Scoring.Dossiers.Tests.Build;

namespace Cchc.Scoring.Dossiers.Tests;

/// <summary>Dossiers, a split of them into parts, and an order in which to merge the parts.</summary>
public sealed record SplitCase(int Seed, int Count, int[] Cuts, int[] MergeOrder, bool Explicit)
{
    public override string ToString() => $"seed {Seed}, {Count} dossiers, cuts [{string.Join(",", Cuts)}], order [{string.Join(",", MergeOrder)}], explicit {Explicit}";
}

/// <summary>Dossiers dealt into shards (dossier i goes to shard Assignment[i mod length] mod Shards), and an order in which to merge the shards' states.</summary>
public sealed record ShardCase(int Seed, int Count, int Shards, int[] Assignment, int[] MergeOrder, bool Explicit)
{
    public override string ToString() => $"seed {Seed}, {Count} dossiers, {Shards} shards, assignment [{string.Join(",", Assignment)}], order [{string.Join(",", MergeOrder)}], explicit {Explicit}";
}

[Properties(Arbitrary = new[] { typeof(Arbitraries) })]
public class MergeProperties
{
    private static DossierOptions OptionsFor(bool explicitPeriods) => explicitPeriods
        ? new DossierOptions([ReportingPeriod.ForQuarter(2025, 4), ReportingPeriod.ForYear(2025), ReportingPeriod.ForMonth(2026, 1)], maxProblems: 5)
        : new DossierOptions(granularity: PeriodKind.Quarter, maxProblems: 5);

    [CheckedProperty(60)]
    public bool AnySplit_MergesToOnePass(SplitCase c)
    {
        var options = OptionsFor(c.Explicit);
        var dossiers = Dossiers(c.Seed, c.Count);
        var whole = new DossierAccumulator(options);
        for (int i = 0; i < dossiers.Count; i++)
        {
            whole.Add(dossiers[i], i + 1);
        }

        // Split at the cuts, fill one accumulator per part, merge the parts in the given order.
        var bounds = new[] { 0 }.Concat(c.Cuts.Select(x => x % (dossiers.Count + 1)).Order()).Append(dossiers.Count).ToArray();
        var parts = new List<DossierAccumulator>();
        for (int p = 0; p + 1 < bounds.Length; p++)
        {
            var acc = new DossierAccumulator(options);
            for (int i = bounds[p]; i < bounds[p + 1]; i++)
            {
                acc.Add(dossiers[i], i + 1);
            }

            parts.Add(acc);
        }

        var merged = new DossierAccumulator(options);
        foreach (int k in c.MergeOrder.Select(x => x % parts.Count).Concat(Enumerable.Range(0, parts.Count)).Distinct())
        {
            merged.Merge(parts[k]);
        }

        return Describe(merged.ToMetrics()) == Describe(whole.ToMetrics());
    }

    [CheckedProperty(40)]
    public bool ShardStates_WrittenReadAndMergedInAnyOrder_EqualOnePass(ShardCase c)
    {
        var options = OptionsFor(c.Explicit);
        var dossiers = Dossiers(c.Seed, c.Count);
        var whole = new DossierAccumulator(options);
        var shards = Enumerable.Range(0, c.Shards).Select(_ => new DossierAccumulator(options)).ToArray();
        for (int i = 0; i < dossiers.Count; i++)
        {
            whole.Add(dossiers[i], i + 1);
            int shard = c.Assignment.Length == 0 ? 0 : c.Assignment[i % c.Assignment.Length] % c.Shards;
            shards[shard].Add(dossiers[i], i + 1);
        }

        // Each shard's state goes through its JSON text, as between machines.
        var states = shards.Select((s, k) => DossierState.Read(s.ToState().ToJson(), "shard-" + k + ".json").GetValueOrThrow()).ToList();
        var order = c.MergeOrder.Select(x => x % c.Shards).Concat(Enumerable.Range(0, c.Shards)).Distinct();
        var merged = DossierState.Merge(order.Select(k => states[k])).GetValueOrThrow();

        // The same state, to the byte, and the same figures (the rejected rows counted, their details not carried).
        return merged.ToJson() == whole.ToState().ToJson()
            && Figures(merged.ToMetrics()) == Figures(whole.ToMetrics())
            && merged.ToMetrics().Problems.Count == 0;
    }

    [CheckedProperty(10)]
    public bool Parallel_SameAsSequential(int seed)
    {
        var dossiers = Dossiers(seed, 400);
        var one = DossierReader.Read(dossiers, new DossierOptions(granularity: PeriodKind.Quarter, maxProblems: 5, parallelism: 1));
        var many = DossierReader.Read(dossiers, new DossierOptions(granularity: PeriodKind.Quarter, maxProblems: 5, parallelism: 4));
        return Describe(one) == Describe(many);
    }

    /// <summary>Generated dossiers, with some bad ones (ended before received) to exercise the problem merge.</summary>
    private static List<Dossier> Dossiers(int seed, int count)
    {
        var list = DossierGenerator.Generate(seed, count, 2025, ["A", "B", "C"]).ToList();
        for (int i = 7; i < list.Count; i += 13)
        {
            var d = list[i];
            list[i] = new Dossier(d.Id, d.Procedure, d.UnitId, d.ReceivedAt, d.DueAt, d.ReceivedAt.PlusMinutes(-5), EndStatus.Finished, d.Channel);
        }

        return list;
    }

    public static class Arbitraries
    {
        public static Arbitrary<SplitCase> Cases() =>
            (from seed in Gen.Choose(0, 100000)
             from count in Gen.Choose(0, 300)
             from cuts in Gen.ArrayOf(Gen.Choose(0, 1000))
             from order in Gen.ArrayOf(Gen.Choose(0, 1000))
             from isExplicit in Gen.Elements(true, false)
             select new SplitCase(seed, count, cuts, order, isExplicit)).ToArbitrary();

        public static Arbitrary<ShardCase> Shards() =>
            (from seed in Gen.Choose(0, 100000)
             from count in Gen.Choose(0, 300)
             from shards in Gen.Choose(1, 6)
             from assignment in Gen.ArrayOf(Gen.Choose(0, 1000))
             from order in Gen.ArrayOf(Gen.Choose(0, 1000))
             from isExplicit in Gen.Elements(true, false)
             select new ShardCase(seed, count, shards, assignment, order, isExplicit)).ToArbitrary();
    }
}
