using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Cchc.Scoring.Dossiers;
using Cchc.Scoring.Dossiers.Samples;
using DuckDB.NET.Data;

namespace Cchc.Scoring.Dossiers.Benchmarks;

/// <summary>
/// Ingestion of N synthetic dossiers from CSV: Cchc.Scoring.Dossiers against DuckDB computing the same metrics with
/// SQL over the same file. Each engine runs in a fresh child process, so that rows per second and peak memory are
/// its own. Usage:
/// <c>dotnet run -c Release --project benchmarks/Cchc.Scoring.Dossiers.Benchmarks -- [--rows N] [--runs K] [--dir D]</c>
/// (defaults: 10,000,000 rows, 3 runs, the system's temporary directory).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var options = Args(args);
        long rows = long.Parse(options.GetValueOrDefault("--rows", "10000000"), CultureInfo.InvariantCulture);
        if (options.TryGetValue("--engine", out var engine))
        {
            return RunEngine(engine, options["--file"], options.ContainsKey("--check"));
        }

        int runs = int.Parse(options.GetValueOrDefault("--runs", "3"), CultureInfo.InvariantCulture);
        string dir = options.GetValueOrDefault("--dir", Path.GetTempPath());
        string file = Path.Combine(dir, "dossiers-" + rows.ToString(CultureInfo.InvariantCulture) + ".csv");
        if (!File.Exists(file))
        {
            var sw = Stopwatch.StartNew();
            Console.Error.WriteLine("generating " + file);
            using (var writer = new StreamWriter(file + ".tmp", false, new UTF8Encoding(false), 1 << 20))
            {
                DossierCsv.Write(writer, DossierGenerator.Generate(766, rows));
            }

            File.Move(file + ".tmp", file, true);
            Console.Error.WriteLine(FormattableString.Invariant($"generated in {sw.Elapsed.TotalSeconds:F1} s"));
        }

        long bytes = new FileInfo(file).Length;
        Console.WriteLine(FormattableString.Invariant($"file: {file}, {rows:N0} rows, {bytes / 1048576.0:F0} MiB; {Environment.ProcessorCount} processors; {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; .NET {Environment.Version}"));

        // One check run first: both engines print their metrics; they must agree.
        string a = Child("cchc", file, true).Output;
        string b = Child("duckdb", file, true).Output;
        Console.WriteLine(a == b ? "check: both engines give the same metrics" : "check: THE ENGINES DIFFER\n--- cchc\n" + a + "--- duckdb\n" + b);

        Console.WriteLine("| engine | run | seconds | rows/s | peak working set (MiB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var best = new Dictionary<string, double>();
        foreach (var name in new[] { "cchc", "duckdb" })
        {
            for (int run = 1; run <= runs; run++)
            {
                var (seconds, peak, _) = Child(name, file, false);
                best[name] = Math.Min(best.GetValueOrDefault(name, double.MaxValue), seconds);
                Console.WriteLine(FormattableString.Invariant($"| {name} | {run} | {seconds:F2} | {rows / seconds:N0} | {peak / 1048576.0:F0} |"));
            }
        }

        Console.WriteLine(FormattableString.Invariant($"best: cchc {best["cchc"]:F2} s, duckdb {best["duckdb"]:F2} s; duckdb time / cchc time = {best["duckdb"] / best["cchc"]:F2}"));
        return a == b ? 0 : 1;
    }

    private static (double Seconds, long Peak, string Output) Child(string engine, string file, bool check)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        string? entry = typeof(Program).Assembly.Location;
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(entry);
        }

        start.ArgumentList.Add("--engine");
        start.ArgumentList.Add(engine);
        start.ArgumentList.Add("--file");
        start.ArgumentList.Add(file);
        if (check)
        {
            start.ArgumentList.Add("--check");
        }

        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(engine + " failed: " + output);
        }

        if (check)
        {
            return (0, 0, output);
        }

        var parts = output.Trim().Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture), output);
    }

    private static int RunEngine(string engine, string file, bool check)
    {
        var sw = Stopwatch.StartNew();
        var lines = engine == "cchc" ? Cchc(file) : DuckDb(file);
        double seconds = sw.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        if (check)
        {
            foreach (var line in lines.Order(StringComparer.Ordinal))
            {
                Console.WriteLine(line);
            }
        }
        else
        {
            Console.WriteLine(FormattableString.Invariant($"{seconds:F3} {self.PeakWorkingSet64}"));
        }

        return 0;
    }

    /// <summary>The metrics as lines: unit, year, then the counts, sums and medians of both sides.</summary>
    private static List<string> Cchc(string file)
    {
        var metrics = DossierReader.ReadCsvFile(file);
        var lines = new List<string>();
        foreach (var r in metrics.Results)
        {
            if (r.Online.Denominator > 0)
            {
                lines.Add(Line("R", r.UnitId, r.Period.Year, r.OnTime.Denominator, r.OnTime.Excluded, r.OnTime.Numerator, r.Online.Excluded, r.Online.Numerator,
                    r.OnlineReception.Numerator, r.Digitisation.Numerator, r.OnlinePayment.Denominator, r.OnlinePayment.Excluded, r.OnlinePayment.Numerator,
                    r.WaitingTime.Count, r.WaitingTime.TotalMinutes, r.WaitingTime.Median));
            }

            if (r.ElectronicResult.Denominator > 0 || r.ProcessingTime.Count > 0 || r.Satisfaction.Denominator > 0)
            {
                lines.Add(Line("E", r.UnitId, r.Period.Year, r.ElectronicResult.Denominator, r.ElectronicResult.Excluded, r.ElectronicResult.Numerator,
                    r.Satisfaction.Denominator, r.Satisfaction.Excluded, r.Satisfaction.Numerator,
                    r.ProcessingTime.Count, r.ProcessingTime.TotalMinutes, r.ProcessingTime.Median, r.ProcessingTime.Percentile90));
            }
        }

        return lines;
    }

    private static string Line(params object[] values) =>
        string.Join(" ", values.Select(v => v is string text ? text : v is System.Numerics.BigInteger big ? ((decimal)big).ToString(CultureInfo.InvariantCulture) : Convert.ToDecimal(v, CultureInfo.InvariantCulture).ToString("0.###", CultureInfo.InvariantCulture)));

    /// <summary>The same metrics in SQL: the reception side by year of reception, the end side by year of the end.</summary>
    private static List<string> DuckDb(string file)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        string source = "read_csv('" + file.Replace("'", "''", StringComparison.Ordinal) + "', header = true, auto_detect = false, columns = {"
            + "'id': 'VARCHAR', 'procedure': 'VARCHAR', 'unit': 'VARCHAR', 'received_at': 'TIMESTAMP', 'due_at': 'TIMESTAMP', "
            + "'finished_at': 'TIMESTAMP', 'status': 'VARCHAR', 'channel': 'VARCHAR', 'online_level': 'VARCHAR', "
            + "'electronic_result': 'INTEGER', 'digitised': 'INTEGER', 'paid_online': 'INTEGER', 'supplement_requests': 'INTEGER', "
            + "'supplement_wait_minutes': 'INTEGER', 'feedback': 'VARCHAR', 'waiting_minutes': 'INTEGER', 'secret': 'INTEGER'})";
        string sql = $"""
            WITH d AS (
              SELECT unit, received_at, due_at + to_minutes(supplement_wait_minutes) AS due, finished_at, status, channel,
                     electronic_result = 1 AS eres, digitised = 1 AS dig, paid_online, supplement_requests AS sreq,
                     supplement_wait_minutes AS swait, feedback, waiting_minutes, secret = 1 AS secret,
                     make_timestamp(year(received_at) + 1, 1, 1, 0, 0, 0) AS eval
              FROM {source}
              WHERE received_at IS NOT NULL AND due_at >= received_at AND (finished_at IS NULL OR finished_at >= received_at)
            ),
            r AS (
              SELECT 'R' AS side, unit, year(received_at) AS y,
                count(*) AS a1, count(*) FILTER (secret) AS a2,
                count(*) FILTER (NOT secret AND sreq <= 1 AND CASE WHEN finished_at IS NOT NULL AND finished_at < eval THEN finished_at <= due ELSE eval <= due END) AS a3,
                count(*) FILTER (secret) AS a4,
                count(*) FILTER (NOT secret AND channel = 'online' AND (status NOT IN ('finished', 'returned') OR eres)) AS a5,
                count(*) FILTER (NOT secret AND channel = 'online') AS a6,
                count(*) FILTER (NOT secret AND dig) AS a7,
                count(*) FILTER (paid_online IS NOT NULL) AS a8,
                count(*) FILTER (secret AND paid_online IS NOT NULL) AS a9,
                count(*) FILTER (NOT secret AND paid_online = 1) AS a10,
                count(waiting_minutes) FILTER (NOT secret) AS a11,
                coalesce(sum(waiting_minutes) FILTER (NOT secret), 0) AS a12,
                median(waiting_minutes) FILTER (NOT secret) AS a13,
                NULL AS a14
              FROM d GROUP BY ALL
            ),
            e AS (
              SELECT 'E' AS side, unit, year(finished_at) AS y,
                count(*) FILTER (status IN ('finished', 'returned')) AS a1,
                count(*) FILTER (secret AND status IN ('finished', 'returned')) AS a2,
                count(*) FILTER (NOT secret AND status IN ('finished', 'returned') AND eres) AS a3,
                count(*) FILTER (feedback <> 'none') AS a4,
                count(*) FILTER (secret AND feedback <> 'none') AS a5,
                count(*) FILTER (NOT secret AND feedback = 'satisfied') AS a6,
                count(*) FILTER (NOT secret) AS a7,
                coalesce(sum(pt) FILTER (NOT secret), 0) AS a8,
                median(pt) FILTER (NOT secret) AS a9,
                quantile_disc(pt, 0.9) FILTER (NOT secret) AS a10,
                NULL AS a11, NULL AS a12, NULL AS a13, NULL AS a14
              FROM (SELECT *, greatest(0, (epoch(finished_at) - epoch(received_at) - swait * 60) // 60)::BIGINT AS pt FROM d WHERE finished_at IS NOT NULL)
              GROUP BY ALL
            )
            SELECT * FROM r UNION ALL SELECT * FROM e
            """;
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            var values = new List<object>();
            for (int i = 0; i < reader.FieldCount; i++)
            {
                if (reader.IsDBNull(i))
                {
                    continue;
                }

                object v = reader.GetValue(i);
                values.Add(v is double or float or decimal ? Convert.ToDecimal(v, CultureInfo.InvariantCulture) : v);
            }

            lines.Add(Line(values.ToArray()));
        }

        return lines;
    }

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
