using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Cchc.Scoring.Dossiers;
using Cchc.Scoring.Dossiers.Samples;

namespace Cchc.Scoring.Benchmarks;

/// <summary>
/// Reading a CSV file of synthetic dossiers into Index 766 metrics, on all cores and on one. The file is small
/// (<see cref="Rows"/>) so that the dry run stays quick; the 10-million-row comparison with DuckDB lives in
/// benchmarks/Cchc.Scoring.Dossiers.Benchmarks (see docs/performance.md).
/// </summary>
[MemoryDiagnoser]
public class DossierIngestBenchmarks
{
    private string _path = null!;

    [Params(200_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "cchc-bench-dossiers-" + Rows.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".csv");
        using var writer = new StreamWriter(_path, false, new UTF8Encoding(false), 1 << 16);
        DossierCsv.Write(writer, DossierGenerator.Generate(766, Rows));
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public long CsvAllCores() => DossierReader.ReadCsvFile(_path).Summary.RowsUsed;

    [Benchmark]
    public long CsvOneCore() => DossierReader.ReadCsvFile(_path, new DossierOptions(parallelism: 1)).Summary.RowsUsed;
}
