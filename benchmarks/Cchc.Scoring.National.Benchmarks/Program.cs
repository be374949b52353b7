using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Cchc.Scoring.Benchmarks;
using DuckDB.NET.Data;

namespace Cchc.Scoring.National.Benchmarks;

/// <summary>
/// The national-scale job (<see cref="NationalJob"/>: N units × 50 indicators × 4 quarters, scored for the year,
/// departments rolled up, ranked by kind) in Cchc.Scoring and in DuckDB with SQL. Each run is a fresh child process,
/// so times and peak memory are each engine's own. Usage:
/// <c>dotnet run -c Release --project benchmarks/Cchc.Scoring.National.Benchmarks -- [--units N] [--runs R]</c>
/// (defaults: 10,000 units, 3 runs), or <c>-- --scaling 1000,10000,100000 [--runs R]</c> for the library alone.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var options = Args(args);
        if (options.TryGetValue("--engine", out var engine))
        {
            return RunEngine(engine, Int(options, "--units", 10_000), options.ContainsKey("--check"));
        }

        int runs = Int(options, "--runs", 3);
        Console.WriteLine(FormattableString.Invariant($"{Environment.ProcessorCount} processors; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; .NET {Environment.Version}; load average {LoadAverage()}"));
        if (options.TryGetValue("--scaling", out var scaling))
        {
            return Scaling(scaling.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(), runs);
        }

        int units = Int(options, "--units", 10_000);
        var job = new NationalJob(units);
        Console.WriteLine(FormattableString.Invariant($"job: {units:N0} units under {job.DepartmentCount:N0} departments, {NationalJob.IndicatorCount} indicators, {job.SubmissionCount:N0} quarterly submissions, scored for {NationalJob.Year}"));

        // One check run first: both engines print every unit's kind, identifier, index and rank; they must agree.
        int status = Check(units);

        Console.WriteLine();
        Console.WriteLine("| engine | run | index or load (s) | score + rank or query (s) | total (s) | submissions/s | input working set (MiB) | peak working set (MiB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var best = new Dictionary<string, double>();
        foreach (var name in new[] { "cchc", "duckdb" })
        {
            for (int run = 1; run <= runs; run++)
            {
                var t = Timed(name, units);
                best[name] = Math.Min(best.GetValueOrDefault(name, double.MaxValue), t.Total);
                Console.WriteLine(FormattableString.Invariant($"| {name} | {run} | {t.First:F2} | {t.Second:F2} | {t.Total:F2} | {job.SubmissionCount / t.Total:N0} | {t.InputPeak / 1048576.0:F0} | {t.Peak / 1048576.0:F0} |"));
            }
        }

        Console.WriteLine(FormattableString.Invariant($"best: cchc {best["cchc"]:F2} s, duckdb {best["duckdb"]:F2} s; cchc time / duckdb time = {best["cchc"] / best["duckdb"]:F2}"));
        return status;
    }

    /// <summary>Runs both engines once and compares their lines: every unit and department must have the same index and rank.</summary>
    private static int Check(int units)
    {
        var a = Child("cchc", units, true).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var b = Child("duckdb", units, true).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int status = 0;
        foreach (var kind in new[] { "unit", "department" })
        {
            var x = a.Where(l => l.StartsWith(kind + " ", StringComparison.Ordinal)).ToArray();
            var y = b.Where(l => l.StartsWith(kind + " ", StringComparison.Ordinal)).ToArray();
            var differ = x.Zip(y).Where(p => !string.Equals(p.First, p.Second, StringComparison.Ordinal)).ToArray();
            if (x.Length == y.Length && differ.Length == 0)
            {
                Console.WriteLine(FormattableString.Invariant($"check: {kind}s: both engines give the same index and rank for all {x.Length:N0}"));
                continue;
            }

            Console.WriteLine(FormattableString.Invariant($"check: {kind}s: THE ENGINES DIFFER on {differ.Length:N0} of {Math.Max(x.Length, y.Length):N0} (cchc lines {x.Length:N0}, duckdb lines {y.Length:N0}); first ones (kind id index rank), cchc | duckdb:"));
            foreach (var (first, second) in differ.Take(5))
            {
                Console.WriteLine("  " + first + " | " + second);
            }

            status = 1;
        }

        return status;
    }

    /// <summary>The library alone at growing sizes, one fresh process per run: time per phase, allocation and memory.</summary>
    private static int Scaling(int[] sizes, int runs)
    {
        Console.WriteLine("| units | submissions | run | index (s) | score + rank (s) | total (s) | µs/submission | allocated index (B/submission) | allocated score + rank (B/submission) | input working set (MiB) | peak working set (MiB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (int units in sizes)
        {
            long submissions = new NationalJob(units).SubmissionCount;
            for (int run = 1; run <= runs; run++)
            {
                var t = Timed("cchc", units);
                Console.WriteLine(FormattableString.Invariant(
                    $"| {units:N0} | {submissions:N0} | {run} | {t.First:F2} | {t.Second:F2} | {t.Total:F2} | {t.Total * 1e6 / submissions:F2} | {t.FirstBytes / (double)submissions:F0} | {t.SecondBytes / (double)submissions:F0} | {t.InputPeak / 1048576.0:F0} | {t.Peak / 1048576.0:F0} |"));
            }
        }

        return 0;
    }

    private readonly record struct Timing(double First, double Second, long FirstBytes, long SecondBytes, long InputPeak, long Peak)
    {
        public double Total => First + Second;
    }

    private static Timing Timed(string engine, int units)
    {
        var p = Child(engine, units, false).Output.Trim().Split(' ');
        return new Timing(
            double.Parse(p[0], CultureInfo.InvariantCulture),
            double.Parse(p[1], CultureInfo.InvariantCulture),
            long.Parse(p[2], CultureInfo.InvariantCulture),
            long.Parse(p[3], CultureInfo.InvariantCulture),
            long.Parse(p[4], CultureInfo.InvariantCulture),
            long.Parse(p[5], CultureInfo.InvariantCulture));
    }

    private static (int ExitCode, string Output) Child(string engine, int units, bool check)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        foreach (var arg in new[] { "--engine", engine, "--units", units.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        if (check)
        {
            start.ArgumentList.Add("--check");
        }

        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(engine + " failed (exit code " + process.ExitCode.ToString(CultureInfo.InvariantCulture) + "): " + output);
        }

        return (process.ExitCode, output);
    }

    /// <summary>
    /// One engine in this process. Prints the outcome lines (check) or, on one line: the seconds of the two phases
    /// (cchc: index, score + rank; duckdb: load, query), the bytes allocated by this process's managed code in each,
    /// the peak working set once the input was generated, and the peak working set at the end.
    /// </summary>
    private static int RunEngine(string engine, int units, bool check)
    {
        var job = new NationalJob(units);
        List<string> lines;
        double first, second;
        long firstBytes, secondBytes, inputPeak;
        if (engine == "cchc")
        {
            var framework = NationalJob.Framework();
            var hierarchy = job.Hierarchy();
            var submissions = job.Submissions();
            inputPeak = Peak();
            long b0 = GC.GetTotalAllocatedBytes(true);
            var sw = Stopwatch.StartNew();
            var set = NationalJob.Index(submissions, hierarchy);
            first = sw.Elapsed.TotalSeconds;
            long b1 = GC.GetTotalAllocatedBytes(true);
            sw.Restart();
            var ranking = NationalJob.ScoreAndRank(framework, set);
            lines = NationalJob.Outcomes(ranking).Select(o => o.ToString()).ToList();
            second = sw.Elapsed.TotalSeconds;
            long b2 = GC.GetTotalAllocatedBytes(true);
            (firstBytes, secondBytes) = (b1 - b0, b2 - b1);
        }
        else
        {
            var columns = job.Figures();
            inputPeak = Peak();
            long b0 = GC.GetTotalAllocatedBytes(true);
            var sw = Stopwatch.StartNew();
            using var connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            Load(connection, job, columns);
            first = sw.Elapsed.TotalSeconds;
            long b1 = GC.GetTotalAllocatedBytes(true);
            sw.Restart();
            lines = Query(connection);
            second = sw.Elapsed.TotalSeconds;
            long b2 = GC.GetTotalAllocatedBytes(true);
            (firstBytes, secondBytes) = (b1 - b0, b2 - b1);
        }

        if (check)
        {
            foreach (var line in lines.Order(StringComparer.Ordinal))
            {
                Console.WriteLine(line);
            }
        }
        else
        {
            Console.WriteLine(FormattableString.Invariant($"{first:F3} {second:F3} {firstBytes} {secondBytes} {inputPeak} {Peak()}"));
        }

        return 0;
    }

    private static long Peak()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64;
    }

    /// <summary>Creates the tables and fills them with the Appender: the framework's indicators, the hierarchy, the figures.</summary>
    private static void Load(DuckDBConnection connection, NationalJob job, NationalJob.Columns columns)
    {
        Execute(connection, """
            CREATE TABLE indicator (i SMALLINT, area TINYINT, threshold BOOLEAN, target INTEGER, max_points INTEGER);
            CREATE TABLE department (d INTEGER, id VARCHAR);
            CREATE TABLE unit (u INTEGER, id VARCHAR, d INTEGER);
            CREATE TABLE submission (u INTEGER, i SMALLINT, q TINYINT, num INTEGER, den INTEGER);
            """);
        // A variable, not the constant: a constant int would bind to a narrower AppendValue overload and be stored wrongly.
        int maxPoints = NationalJob.MaxPointsPerIndicator;
        using (var appender = connection.CreateAppender("indicator"))
        {
            for (int i = 0; i < NationalJob.IndicatorCount; i++)
            {
                appender.CreateRow().AppendValue((short)i).AppendValue((sbyte)(i / NationalJob.IndicatorsPerArea)).AppendValue(NationalJob.IsThreshold(i))
                    .AppendValue(NationalJob.TargetPercent(i)).AppendValue(maxPoints).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("department"))
        {
            for (int d = 0; d < job.DepartmentCount; d++)
            {
                appender.CreateRow().AppendValue(d).AppendValue(job.DepartmentIds[d]).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("unit"))
        {
            for (int u = 0; u < job.UnitCount; u++)
            {
                appender.CreateRow().AppendValue(u).AppendValue(job.UnitIds[u]).AppendValue(NationalJob.DepartmentOf(u)).EndRow();
            }
        }

        using (var appender = connection.CreateAppender("submission"))
        {
            for (long r = 0; r < columns.Unit.LongLength; r++)
            {
                appender.CreateRow().AppendValue(columns.Unit[r]).AppendValue(columns.Indicator[r]).AppendValue((sbyte)columns.Quarter[r])
                    .AppendValue(columns.Numerator[r]).AppendValue(columns.Denominator[r]).EndRow();
            }
        }
    }

    /// <summary>
    /// The job in SQL, in whole hundredths of a point so that rounding is exact: quarters pooled per unit and indicator,
    /// departments pooling their units' year figures; value = Σnum ÷ Σden × 100; a threshold rule gives the maximum when
    /// value ≥ target, else 0; a proportional rule the maximum when met, else value × max ÷ target; each indicator
    /// rounded to two decimals half away from zero (the framework's <c>RoundingPolicy.Default</c>, from indicator on);
    /// areas and the total add rounded figures; index = total × 100 ÷ maximum, rounded; competition ranks per kind.
    /// </summary>
    private static List<string> Query(DuckDBConnection connection)
    {
        const string Sql = """
            WITH pooled AS (
              SELECT u, i, sum(num)::BIGINT AS n, sum(den)::BIGINT AS dn FROM submission GROUP BY u, i
            ),
            figure AS (
              SELECT 'unit' AS kind, unit.id, p.i, p.n, p.dn FROM pooled p JOIN unit USING (u)
              UNION ALL
              SELECT 'department', department.id, p.i, sum(p.n)::BIGINT, sum(p.dn)::BIGINT
              FROM pooled p JOIN unit USING (u) JOIN department USING (d) GROUP BY department.id, p.i
            ),
            points AS (
              SELECT f.kind, f.id, x.area, x.max_points,
                CASE WHEN f.n * 100 >= x.target::BIGINT * f.dn THEN x.max_points::BIGINT * 100
                     WHEN x.threshold THEN 0
                     ELSE (2 * f.n * 10000 * x.max_points + x.target * f.dn) // (2 * x.target * f.dn)
                END AS cents
              FROM figure f JOIN indicator x USING (i)
            ),
            areas AS (
              SELECT kind, id, area, sum(cents) AS cents, sum(max_points) AS max_points FROM points GROUP BY kind, id, area
            ),
            cards AS (
              SELECT kind, id, sum(cents)::BIGINT AS total, sum(max_points)::BIGINT AS max_points FROM areas GROUP BY kind, id
            ),
            indexed AS (
              SELECT kind, id, (2 * total * 100 + max_points) // (2 * max_points) AS index_cents FROM cards
            )
            SELECT kind, id, index_cents, rank() OVER (PARTITION BY kind ORDER BY index_cents DESC) AS r FROM indexed
            """;
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            var outcome = new NationalJob.Outcome(reader.GetString(0), reader.GetString(1), reader.GetInt64(2) / 100m, (int)reader.GetInt64(3));
            lines.Add(outcome.ToString());
        }

        return lines;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static int Int(Dictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static Dictionary<string, string> Args(string[] args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            result[args[i]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }

        return result;
    }
}
