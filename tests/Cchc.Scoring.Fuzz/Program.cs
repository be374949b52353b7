using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace Cchc.Scoring.Fuzz;

/// <summary>The fuzzing harness's command line (docs/fuzzing.md).</summary>
public static class Program
{
    /// <summary>Runs the harness.</summary>
    /// <param name="args"><c>run [--executions N] [--seed S] [--corpus DIR] [--crashes DIR] [--targets A,B] [--max-seed-bytes N] [--executions-for TARGET=N]...</c>,
    /// <c>afl TARGET</c>, or <c>seeds CORPUS-DIR</c> (writes the generated seeds of the form and CSV targets).</param>
    /// <returns>0 when no input crashed, 1 when some did, 2 on a usage error.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 2 && args[0] == "afl" && Targets.Names.Contains(args[1]))
        {
            string target = args[1];
            // AFL++ forks this process per input; the assemblies under test must be instrumented with `sharpfuzz`.
            SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                Targets.Run(target, buffer.ToArray());
            });
            return 0;
        }

        if (args.Length == 2 && args[0] == "seeds")
        {
            Seeds.Write(args[1]);
            return 0;
        }

        if (args.Length >= 1 && args[0] == "run")
        {
            var options = Options(args.Skip(1).ToArray());
            return options is null ? Usage() : Run(options.Value.Executions, options.Value.Seed, options.Value.Corpus, options.Value.Crashes, options.Value.Only, options.Value.MaxSeedBytes, options.Value.For);
        }

        return Usage();
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Cchc.Scoring.Fuzz run [--executions N] [--seed S] [--corpus DIR] [--crashes DIR] [--targets A,B] [--max-seed-bytes N] [--executions-for TARGET=N]...");
        Console.Error.WriteLine("       Cchc.Scoring.Fuzz afl " + string.Join("|", Targets.Names));
        Console.Error.WriteLine("       Cchc.Scoring.Fuzz seeds CORPUS-DIR");
        return 2;
    }

    private static (int Executions, int Seed, string Corpus, string Crashes, string[] Only, int MaxSeedBytes, Dictionary<string, int> For)? Options(string[] args)
    {
        // --executions-for TARGET=N: a count of its own for a slow target (the form target reads a zip package per input).
        var executionsFor = new Dictionary<string, int>(StringComparer.Ordinal);
        int executions = 20_000, seed = 1, maxSeedBytes = int.MaxValue;
        string[] only = [.. Targets.Names];
        string corpus = Path.Combine(AppContext.BaseDirectory, "corpus");
        string crashes = Path.Combine(Directory.GetCurrentDirectory(), "fuzz-crashes");
        for (int i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                return null;
            }

            switch (args[i])
            {
                case "--executions" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out executions):
                case "--seed" when int.TryParse(args[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed):
                case "--max-seed-bytes" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out maxSeedBytes):
                    break;
                case "--targets":
                    only = args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (only.Length == 0 || only.Any(t => !Targets.Names.Contains(t)))
                    {
                        return null;
                    }

                    break;
                case "--executions-for":
                    string[] pair = args[i + 1].Split('=', 2);
                    if (pair.Length != 2 || !Targets.Names.Contains(pair[0])
                        || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
                    {
                        return null;
                    }

                    executionsFor[pair[0]] = count;
                    break;
                case "--corpus":
                    corpus = args[i + 1];
                    break;
                case "--crashes":
                    crashes = args[i + 1];
                    break;
                default:
                    return null;
            }
        }

        return (executions, seed, corpus, crashes, only, maxSeedBytes, executionsFor);
    }

    /// <summary>Runs <paramref name="allExecutions"/> mutated inputs through each target (or the target's own count); saves each crashing input.</summary>
    private static int Run(int allExecutions, int seed, string corpus, string crashes, string[] only, int maxSeedBytes, Dictionary<string, int> executionsFor)
    {
        int crashed = 0;
        foreach (string target in only)
        {
            int executions = executionsFor.TryGetValue(target, out int own) ? own : allExecutions;
            var clock = Stopwatch.StartNew();
            string folder = Path.Combine(corpus, target);
            var seeds = Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).Where(s => s.Length <= maxSeedBytes).ToList();
            if (seeds.Count == 0)
            {
                Console.Error.WriteLine(target + ": no seed inputs in " + folder);
                return 1;
            }

            // Seeds first, then mutations; an input that ran without a crash and is new joins the pool now and then,
            // so that mutations build on mutations (without coverage feedback, a bounded pool).
            var pool = new List<byte[]>(seeds);
            var mutator = new Mutator(seed ^ StableHash(target));
            var found = new HashSet<string>(StringComparer.Ordinal);
            bool zip = Targets.ZipTargets.Contains(target);
            for (int n = 0; n < seeds.Count + executions; n++)
            {
                byte[] input = n < seeds.Count ? seeds[n]
                    : zip ? mutator.MutatePackage(pool[n % pool.Count], pool[(n * 7 + 3) % pool.Count])
                    : mutator.Mutate(pool[n % pool.Count], pool[(n * 7 + 3) % pool.Count]);
                try
                {
                    Targets.Run(target, input);
                    if (n >= seeds.Count && n % 97 == 0 && pool.Count < 256)
                    {
                        pool.Add(input);
                    }
                }
#pragma warning disable CA1031 // Any exception is the finding.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    string key = ex.GetType().Name + " " + (ex.Message.StartsWith("A problem is not located (", StringComparison.Ordinal) ? ex.Message[..ex.Message.IndexOf(')', StringComparison.Ordinal)] : "") + ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
                    if (found.Add(key))
                    {
                        crashed++;
                        Directory.CreateDirectory(Path.Combine(crashes, target));
                        string file = Path.Combine(crashes, target, Convert.ToHexString(SHA256.HashData(input))[..16].ToLowerInvariant());
                        File.WriteAllBytes(file, input);
                        Console.Error.WriteLine(target + ": crash " + ex.GetType().FullName + ": " + ex.Message + " (input saved as " + file + ")");
                        Console.Error.WriteLine(ex.StackTrace);
                    }
                }
            }

            Console.WriteLine(target + ": " + (seeds.Count + executions).ToString(CultureInfo.InvariantCulture) + " inputs, "
                + found.Count.ToString(CultureInfo.InvariantCulture) + " distinct crashes, "
                + clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s, "
                + ((seeds.Count + executions) / Math.Max(clock.Elapsed.TotalSeconds, 0.001)).ToString("0", CultureInfo.InvariantCulture) + " inputs/s");
        }

        return crashed == 0 ? 0 : 1;
    }

    private static int StableHash(string text)
    {
        int h = 17;
        foreach (char c in text)
        {
            h = unchecked((h * 31) + c);
        }

        return h;
    }
}
