using System;
using BenchmarkDotNet.Running;

namespace Cchc.Scoring.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Cchc.Scoring.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>True when the arguments ask for BenchmarkDotNet's dry job (<c>--job dry</c>): large cases are left out.</summary>
    public static bool IsDryRun { get; private set; }

    public static void Main(string[] args)
    {
        int job = Array.FindIndex(args, a => a is "--job" or "-j");
        IsDryRun = job >= 0 && job + 1 < args.Length && string.Equals(args[job + 1], "dry", StringComparison.OrdinalIgnoreCase);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
