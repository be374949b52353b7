using System.IO;
using System.Linq;
using Xunit;
using static Cchc.Scoring.Dossiers.Tests.Build;

namespace Cchc.Scoring.Dossiers.Tests;

/// <summary>Bad rows are reported with line and reason, counted, and the run goes on.</summary>
public class RejectedRowTests
{
    private const string Header = "id,procedure,unit,received_at,due_at,finished_at,status,channel,online_level,electronic_result,digitised,paid_online,supplement_requests,supplement_wait_minutes,feedback,waiting_minutes,secret\n";

    private static readonly string Text = Header
        + "A,P1,U1,2025-03-02T08:00:00,2025-03-07T17:00:00,2025-03-05T10:00:00,finished,online,full,1,1,1,0,0,satisfied,,0\n" // line 2: good
        + "B,P1,U1,2025-02-30T08:00:00,2025-03-07T17:00:00,,in-progress,online,full,0,0,,0,0,none,,0\n"                       // line 3: no 30 February
        + "C,P1,U1,2025-03-02T08:00:00,2025-03-07T17:00:00,2025-03-01T10:00:00,finished,online,full,0,0,,0,0,none,,0\n"     // line 4: ended before received
        + "D,P1,ZZ,2025-03-02T08:00:00,2025-03-07T17:00:00,,in-progress,in-person,none,0,0,,0,0,none,12,0\n"                 // line 5: unknown unit
        + "\n"                                                                                                                // line 6: blank
        + "E,P1,U1,2025-03-02T08:00:00\n"                                                                                     // line 7: too few fields
        + "F,P1,U1,2025-03-02T08:00:00,2025-03-07T17:00:00,,finished,online,full,0,0,,0,0,none,,0\n"                          // line 8: finished without time
        + "G,P1,U1,2025-03-02T08:00:00,2025-03-07T17:00:00,,in-progress,fax,full,0,0,,0,0,none,,0\n"                          // line 9: unknown channel
        + "H,P1,U2,2025-03-03T08:00:00,2025-03-07T17:00:00,,,post,partial,0,0,0,1,30,,,0\n";                                  // line 10: good

    private static readonly string[] Units = ["U1", "U2"];

    [Fact]
    public void Csv_ReportsLineAndReason_AndGoesOn()
    {
        var result = DossierReader.ReadCsv(new StringReader(Text), Options(units: Units), "d.csv");
        Assert.Equal(9, result.Summary.RowsRead);
        Assert.Equal(2, result.Summary.RowsUsed);
        Assert.Equal(1, result.Summary.BlankLines);
        Assert.Equal(6, result.Summary.RowsRejected);
        Assert.Equal(
            [
                (3L, DossierProblemCodes.InvalidDate, "received_at"),
                (4L, DossierProblemCodes.EndedBeforeReceived, "finished_at"),
                (5L, DossierProblemCodes.UnknownUnit, "unit"),
                (7L, DossierProblemCodes.FieldCount, (string?)null),
                (8L, DossierProblemCodes.StatusMismatch, "status"),
                (9L, DossierProblemCodes.InvalidValue, "channel"),
            ],
            result.Problems.Select(p => (p.Line!.Value, p.Code, p.Path)).ToArray());
        Assert.All(result.Problems, p => Assert.Equal("d.csv", p.Source));
        Assert.Contains("'2025-02-30T08:00:00' is not a date-time", result.Problems[0].Message, System.StringComparison.Ordinal);
        Assert.Equal(1, result.Summary.Rejected[DossierProblemCodes.InvalidDate]);
        Assert.Equal(["U1", "U2"], result.Results.Select(r => r.UnitId).ToArray());
        Assert.Contains("rows rejected: 6", result.Summary.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void CsvFile_Partitioned_SameLines()
    {
        // The same rows many times over, read in small partitions: line numbers are those of the whole file.
        string body = string.Concat(Enumerable.Repeat(Text[Header.Length..], 50));
        string path = TempFile(Header + body);
        try
        {
            var one = DossierReader.ReadCsv(new StringReader(Header + body), Options(units: Units), path);
            var many = DossierReader.ReadCsvFile(path, Options(units: Units, parallelism: 5), null, default, minPartitionBytes: 700);
            Assert.Equal(Describe(one), Describe(many));
            Assert.Equal(300, many.Summary.RowsRejected);
            Assert.Equal(3 + (9 * 49), many.Problems.Select(p => p.Line).Where(l => l % 9 == 3).Max());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Problems_Capped_AllCounted()
    {
        string body = string.Concat(Enumerable.Repeat("B,P1,U1,2025-02-30T08:00:00,2025-03-07T17:00:00,,,,,,,,,,,,\n", 20));
        var result = DossierReader.ReadCsv(new StringReader(Header + body), Options(maxProblems: 3), null);
        Assert.Equal(20, result.Summary.RowsRejected);
        Assert.Equal([2L, 3L, 4L], result.Problems.Select(p => p.Line!.Value).ToArray());
    }

    [Fact]
    public void Records_Rejected_WithPosition()
    {
        var good = Dossier("2025-03-02T08:00", "2025-03-07T17:00");
        var bad = Dossier("2025-03-02T08:00", "2025-03-07T17:00", "2025-03-01T08:00");
        var result = DossierReader.Read([good, bad, good], Options(parallelism: 1));
        Assert.Equal(2, result.Summary.RowsUsed);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal(DossierProblemCodes.EndedBeforeReceived, problem.Code);
    }
}
