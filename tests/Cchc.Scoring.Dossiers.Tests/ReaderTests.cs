using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Cchc.Scoring.Dossiers.Samples;
using Cchc.Scoring.Serialization;
using Microsoft.Data.Sqlite;
using Xunit;
using static Cchc.Scoring.Dossiers.Tests.Build;

namespace Cchc.Scoring.Dossiers.Tests;

/// <summary>CSV files, CSV text, a SQLite database file, enumerables and async streams give the same result.</summary>
public class ReaderTests
{
    private static readonly DossierOptions Quarterly = new(granularity: PeriodKind.Quarter);

    [Fact]
    public void Csv_Sqlite_Enumerable_SameSubmissions()
    {
        var dossiers = DossierGenerator.Generate(42, 3000).ToList();
        string csv = TempFile(Csv(dossiers.ToArray()));
        string db = Path.ChangeExtension(csv, ".db");
        try
        {
            var fromCsv = DossierReader.ReadCsvFile(csv, Quarterly);
            WriteSqlite(db, dossiers);
            DossierMetrics fromDb;
            using (var connection = new SqliteConnection("Data Source=" + db))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT * FROM dossiers ORDER BY rowid";
                using var reader = command.ExecuteReader();
                fromDb = DossierReader.ReadDatabase(reader, Quarterly, db);
            }

            var fromList = DossierReader.Read(dossiers, Quarterly);
            var map = IndicatorMap.Metrics.Aggregate(IndicatorMap.Empty, (m, metric) => m.With(metric, "X" + ((int)metric).ToString(CultureInfo.InvariantCulture)));
            string expected = SubmissionJson.Write(fromCsv.ToSubmissionSet(map));
            Assert.Equal(3000, fromCsv.Summary.RowsUsed);
            Assert.Equal(expected, SubmissionJson.Write(fromDb.ToSubmissionSet(map)));
            Assert.Equal(expected, SubmissionJson.Write(fromList.ToSubmissionSet(map)));
            Assert.Equal(Describe(fromCsv), Describe(fromDb));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(csv);
            File.Delete(db);
        }
    }

    [Fact]
    public async Task AsyncEnumerable_SameAsEnumerable()
    {
        var dossiers = DossierGenerator.Generate(7, 500).ToList();
        var fromAsync = await DossierReader.ReadAsync(Stream(dossiers), Quarterly);
        Assert.Equal(Describe(DossierReader.Read(dossiers, Quarterly)), Describe(fromAsync));
    }

    [Fact]
    public void CsvFile_Partitions_SameAsOnePass()
    {
        var dossiers = DossierGenerator.Generate(9, 5000).ToList();
        string csv = TempFile(Csv(dossiers.ToArray()));
        try
        {
            var one = DossierReader.ReadCsvFile(csv, new DossierOptions(parallelism: 1));
            var many = DossierReader.ReadCsvFile(csv, new DossierOptions(parallelism: 7), null, default, minPartitionBytes: 1000);
            var text = DossierReader.ReadCsv(new StringReader(File.ReadAllText(csv)), new DossierOptions(), csv);
            Assert.Equal(Describe(one), Describe(many));
            Assert.Equal(Describe(one), Describe(text));
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void CsvFile_QuotedLineBreaks_ReadAgainInOnePass()
    {
        // Quoted notes (a column outside the schema) with many line breaks in every row: split points fall inside
        // quotes, so the file is read again from there in one pass.
        var dossiers = Enumerable.Range(0, 400).Select(i => Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-05T10:00", id: "A" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        var lines = Csv(dossiers).TrimEnd('\n').Split('\n');
        string note = ",\"" + string.Concat(Enumerable.Repeat("a\nb\n", 20)) + "\"";
        string csv = TempFile(lines[0] + ",note\n" + string.Concat(lines.Skip(1).Select(l => l + note + "\n")));
        try
        {
            var many = DossierReader.ReadCsvFile(csv, new DossierOptions(parallelism: 3), null, default, minPartitionBytes: 500);
            Assert.Equal(400, many.Summary.RowsUsed);
            Assert.Equal(0, many.Summary.RowsRejected);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void CsvFile_Missing_Problem()
    {
        var result = DossierReader.ReadCsvFile(Path.Combine(Path.GetTempPath(), "no-such-dossiers.csv"));
        Assert.Equal(DossierProblemCodes.UnreadableInput, Assert.Single(result.Problems).Code);
        Assert.Equal(0, result.Summary.RowsRead);
    }

    [Fact]
    public void Csv_MissingColumn_NothingRead()
    {
        var result = DossierReader.ReadCsv(new StringReader("id,unit,received_at\nA,U1,2025-01-02T08:00\n"), null, "x.csv");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DossierProblemCodes.MissingColumn, problem.Code);
        Assert.Contains("due_at", problem.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.Summary.RowsRead);
    }

    [Fact]
    public void Csv_MinimalColumns_AnyOrder()
    {
        // only the required columns, in another order; the rest take their defaults (in person, no flags)
        var result = DossierReader.ReadCsv(new StringReader("due_at,unit,id,received_at,finished_at\n2025-01-10,U1,A,2025-01-02 08:00,2025-01-03 08:00:00\n"), new DossierOptions(), null);
        var r = Single(result);
        Assert.Equal(new RateCount(1, 1, 0), r.OnTime);

        // 2025-01-02 08:00 → 2025-01-03 08:00 = 1440 minutes
        Assert.Equal(1440m, r.ProcessingTime.Mean);
    }

    private static async IAsyncEnumerable<Dossier> Stream(IEnumerable<Dossier> dossiers)
    {
        foreach (var d in dossiers)
        {
            await Task.Yield();
            yield return d;
        }
    }

    private static void WriteSqlite(string path, IReadOnlyList<Dossier> dossiers)
    {
        using var connection = new SqliteConnection("Data Source=" + path);
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE dossiers (
                  id TEXT NOT NULL, procedure TEXT, unit TEXT NOT NULL, received_at TEXT NOT NULL, due_at TEXT NOT NULL,
                  finished_at TEXT, status TEXT, channel TEXT, online_level TEXT, electronic_result INTEGER, digitised INTEGER,
                  paid_online INTEGER, supplement_requests INTEGER, supplement_wait_minutes INTEGER, feedback TEXT,
                  waiting_minutes INTEGER, secret INTEGER)
                """;
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO dossiers VALUES ($id, $procedure, $unit, $received, $due, $finished, $status, $channel, $level, $eres, $dig, $paid, $sreq, $swait, $feedback, $waiting, $secret)";
        var names = new[] { "$id", "$procedure", "$unit", "$received", "$due", "$finished", "$status", "$channel", "$level", "$eres", "$dig", "$paid", "$sreq", "$swait", "$feedback", "$waiting", "$secret" };
        var parameters = names.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var d in dossiers)
        {
            // The same CSV text cell by cell: integers as integers, empty cells as NULL.
            string[] cells = Csv(d).Split('\n')[1].Split(',');
            for (int i = 0; i < cells.Length; i++)
            {
                object value = cells[i].Length == 0 ? DBNull.Value
                    : i is 9 or 10 or 11 or 12 or 13 or 15 or 16 ? long.Parse(cells[i], CultureInfo.InvariantCulture) : cells[i];
                parameters[i].SqliteType = value is long ? SqliteType.Integer : SqliteType.Text;
                parameters[i].Value = value;
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
