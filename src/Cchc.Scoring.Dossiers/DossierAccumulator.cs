using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring.Dossiers;

/// <summary>
/// Counts dossiers into per-(unit, period) metrics. Every count is a sum and every duration goes into an exact
/// histogram, so accumulators filled from any split of the data and merged give exactly the result of one pass,
/// in any merge order. Memory depends on the number of units, periods and distinct minutes, not on the rows.
/// Not thread-safe: use one accumulator per thread and merge them.
/// </summary>
public sealed class DossierAccumulator
{
    private readonly DossierOptions _options;
    private readonly Window[] _fixedWindows;
    private readonly List<Window> _windows = [];
    private readonly Dictionary<ReportingPeriod, int> _windowIndex = [];
    private readonly Dictionary<string, int> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _unitLookup;
    private readonly HashSet<string>? _known;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _knownLookup;
    private readonly List<string> _unitNames = [];
    private readonly List<Cell?[]> _cells = [];
    private readonly long[] _rejected = new long[Enum.GetValues<RejectReason>().Length];
    private readonly List<Problem> _problems = [];
    private readonly List<Problem> _inputProblems = [];
    private long _problemLineLimit = long.MaxValue;
    private int _lastReception = -1;
    private int _lastEnd = -1;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="options">The options; <see cref="DossierOptions.Default"/> when null.</param>
    public DossierAccumulator(DossierOptions? options = null)
    {
        _options = options ?? DossierOptions.Default;
        _unitLookup = _units.GetAlternateLookup<ReadOnlySpan<char>>();
        if (_options.Units is { } units)
        {
            _known = new HashSet<string>(units, StringComparer.Ordinal);
            _knownLookup = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        _fixedWindows = _options.Periods?.Select(Window.Of).ToArray() ?? [];
        foreach (var w in _fixedWindows)
        {
            _windowIndex[w.Period] = _windows.Count;
            _windows.Add(w);
        }
    }

    /// <summary>The options.</summary>
    public DossierOptions Options => _options;

    /// <summary>Rows read so far (used, rejected and blank).</summary>
    public long RowsRead => RowsUsed + RowsRejected + BlankLines;

    /// <summary>Rows counted into the metrics so far.</summary>
    public long RowsUsed { get; private set; }

    /// <summary>Rows rejected so far.</summary>
    public long RowsRejected { get; private set; }

    /// <summary>Blank lines skipped so far (CSV only).</summary>
    public long BlankLines { get; private set; }

    /// <summary>Counts a dossier, or rejects it with a problem when its data are inconsistent or its unit unknown.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="line">Its line or position in the input, for the problem report, or null.</param>
    /// <param name="source">The input's name, for the problem report, or null.</param>
    /// <returns>True when the dossier was counted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    public bool Add(Dossier dossier, long? line = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var row = DossierRow.From(dossier);
        var reason = row.Check(out int column);
        if (reason == RejectReason.None && (dossier.SupplementRequests < 0 || dossier.SupplementWaitMinutes < 0 || dossier.WaitingMinutes < 0))
        {
            reason = RejectReason.InvalidValue;
            column = dossier.SupplementRequests < 0 ? DossierColumns.SupplementRequests
                : dossier.SupplementWaitMinutes < 0 ? DossierColumns.SupplementWaitMinutes : DossierColumns.WaitingMinutes;
        }

        if (reason == RejectReason.None && string.IsNullOrWhiteSpace(dossier.UnitId))
        {
            reason = RejectReason.MissingField;
            column = DossierColumns.Unit;
        }

        if (reason != RejectReason.None)
        {
            Reject(reason, column, FieldText(dossier, column), line, source);
            return false;
        }

        return AddRow(dossier.UnitId, ref row, line, source);
    }

    /// <summary>Adds everything another accumulator counted (its problems after this one's, by line).</summary>
    /// <param name="other">
    /// The other accumulator, built with options that give the same figures: the same periods (or granularity),
    /// calendar and units (<see cref="DossierOptions.MaxProblems"/> and <see cref="DossierOptions.Parallelism"/> may differ).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The other accumulator's options give other figures; the message names the difference.</exception>
    public void Merge(DossierAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Merge(other, 0);
    }

    /// <summary>The counts so far as a state, to write as JSON and merge with the states of other parts of the data.</summary>
    /// <returns>The state.</returns>
    public DossierState ToState()
    {
        var groups = new List<DossierState.Group>();
        for (int u = 0; u < _unitNames.Count; u++)
        {
            var row = _cells[u];
            for (int w = 0; w < row.Length; w++)
            {
                if (row[w] is { } cell)
                {
                    groups.Add(new DossierState.Group(_unitNames[u], _windows[w].Period, cell.Counters(), [.. cell.Processing.Buckets()], [.. cell.Waiting.Buckets()]));
                }
            }
        }

        groups.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Unit, b.Unit);
            return c != 0 ? c : a.Period.CompareTo(b.Period);
        });
        return new DossierState(_options, null, RowsUsed, BlankLines, (long[])_rejected.Clone(), [.. groups]);
    }

    /// <summary>The metrics counted so far.</summary>
    /// <returns>The metrics.</returns>
    public DossierMetrics ToMetrics() => ToMetrics(null);

    /// <summary>An accumulator holding the counts of a state.</summary>
    internal static DossierAccumulator FromState(DossierState state)
    {
        var acc = new DossierAccumulator(state.Options);
        foreach (var group in state.Groups)
        {
            if (!acc._units.TryGetValue(group.Unit, out int u))
            {
                u = acc.AddUnit(group.Unit);
            }

            var cell = acc.CellAt(u, acc.WindowIndex(Window.Of(group.Period)));
            cell.AddCounters(group.Counters);
            foreach (var (minute, count) in group.Processing)
            {
                cell.Processing.Add(minute, count);
            }

            foreach (var (minute, count) in group.Waiting)
            {
                cell.Waiting.Add(minute, count);
            }
        }

        for (int r = 0; r < acc._rejected.Length; r++)
        {
            acc._rejected[r] = state.Rejected[r];
            acc.RowsRejected += state.Rejected[r];
        }

        acc.RowsUsed = state.RowsUsed;
        acc.BlankLines = state.BlankLines;
        return acc;
    }

    /// <summary>The metrics, carrying <paramref name="state"/> (or a new snapshot when null).</summary>
    internal DossierMetrics ToMetrics(DossierState? state)
    {
        var results = new List<UnitPeriodMetrics>();
        for (int u = 0; u < _unitNames.Count; u++)
        {
            var row = _cells[u];
            for (int w = 0; w < row.Length; w++)
            {
                if (row[w] is { } cell)
                {
                    results.Add(new UnitPeriodMetrics(_unitNames[u], _windows[w].Period, cell));
                }
            }
        }

        results.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.UnitId, b.UnitId);
            return c != 0 ? c : a.Period.CompareTo(b.Period);
        });
        var rejected = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (int r = 1; r < _rejected.Length; r++)
        {
            if (_rejected[r] > 0)
            {
                rejected[DossierProblemCodes.For((RejectReason)r)] = _rejected[r];
            }
        }

        var summary = new IngestSummary(RowsRead, RowsUsed, BlankLines, rejected);
        return new DossierMetrics(summary, SortedProblems(), results, state ?? ToState());
    }

    /// <summary>True when the unit is accepted (no known units given, or among them).</summary>
    internal bool KnowsUnit(ReadOnlySpan<char> unit) => _known is null || _knownLookup.Contains(unit);

    /// <summary>Counts the facts of a checked row for a unit given as text.</summary>
    internal bool AddRow(ReadOnlySpan<char> unit, ref DossierRow row, long? line, string? source)
    {
        if (_known is not null && !_knownLookup.Contains(unit))
        {
            Reject(RejectReason.UnknownUnit, DossierColumns.Unit, unit, line, source);
            return false;
        }

        // Periods derived from the dates: both must exist (a cut-off calendar can move a date past year 9998).
        int received = -1, ended = -1;
        if (_fixedWindows.Length == 0)
        {
            if (!TryWindowFor(row.Received, ref _lastReception, out received))
            {
                RejectTime(DossierColumns.ReceivedAt, row.Received, line, source);
                return false;
            }

            if (row.Ended != LocalSeconds.None && !TryWindowFor(row.Ended, ref _lastEnd, out ended))
            {
                RejectTime(DossierColumns.FinishedAt, row.Ended, line, source);
                return false;
            }
        }

        if (!_unitLookup.TryGetValue(unit, out int u))
        {
            u = AddUnit(unit.ToString());
        }

        Count(u, ref row, received, ended);
        RowsUsed++;
        return true;
    }

    /// <summary>Records a rejected row: counted always, described while fewer than the maximum are kept.</summary>
    internal void Reject(RejectReason reason, int column, ReadOnlySpan<char> value, long? line, string? source)
    {
        if (Counted(reason, line))
        {
            string name = ColumnName(column);
            Keep(new Problem(DossierProblemCodes.For(reason), Describe(reason, name, value, _options.TimeFormat), name.Length > 0 ? name : null, source, line));
        }
    }

    /// <summary>Records a rejected row whose description is made only when it is kept.</summary>
    internal void Reject(RejectReason reason, int column, long? line, string? source, Func<string> message)
    {
        if (Counted(reason, line))
        {
            string name = ColumnName(column);
            Keep(new Problem(DossierProblemCodes.For(reason), message(), name.Length > 0 ? name : null, source, line));
        }
    }

    /// <summary>The description of a rejected row.</summary>
    internal static string Describe(RejectReason reason, string column, ReadOnlySpan<char> value, DossierTimeFormat format = DossierTimeFormat.Iso)
    {
        if (reason == RejectReason.InvalidDate && format == DossierTimeFormat.Iso && LocalSeconds.LooksDayMonthYear(value))
        {
            return column + " '" + value.ToString() + "' is a day/month/year date, which is not read unless declared (03/04/2025 is 3 April in Vietnam but 4 March elsewhere): write 2025-04-03, or declare the format (DossierTimeFormat.DayMonthYear; cchc ingest --time-format dd/MM/yyyy).";
        }

        if (reason == RejectReason.InvalidDate && format == DossierTimeFormat.DayMonthYear)
        {
            string text = value.Length > 60 ? value[..60].ToString() + "…" : value.ToString();
            return column + " '" + text + "' is not a date-time: write 03/04/2025 08:15, 03/04/2025 08:15:00 or 03/04/2025 (day/month/year, as declared), or 2025-04-03T08:15.";
        }

        string shown = value.Length > 60 ? value[..60].ToString() + "…" : value.ToString();
        return reason switch
        {
            RejectReason.MissingField => "The row has no " + column + ".",
            RejectReason.InvalidDate => column + " '" + shown + "' is not a date-time: write 2025-03-04T08:15, 2025-03-04 08:15:00 or 2025-03-04.",
            RejectReason.InvalidValue => column + " '" + shown + "' is not a valid value (see docs/dossiers.md).",
            RejectReason.EndedBeforeReceived => "Processing ended (" + shown + ") before the dossier was received.",
            RejectReason.DueBeforeReceived => "The dossier is due (" + shown + ") before it was received.",
            RejectReason.StatusMismatch => "status '" + shown + "' does not agree with finished_at: an ended dossier needs both, one in progress neither.",
            RejectReason.UnknownUnit => "Unit '" + shown + "' is not among the known units.",
            RejectReason.DateOutOfRange => column + " '" + shown + "' is outside the years 0002 to 9998 that reporting periods hold (or in a period beyond them): correct the date.",
            RejectReason.DurationOutOfRange => "Processing from received_at to finished_at (" + shown + ") lasts more than 2,147,483,647 minutes (about 4,083 years): correct the dates.",
            RejectReason.QuoteSpansRows => "A quote is not closed on its line.",
            RejectReason.StrayQuote => column + " holds a quote inside a field that is not quoted as a whole.",
            RejectReason.InvalidEncoding => column + " is not valid Unicode.",
            RejectReason.RowTooLong => "The row is too long.",
            _ => "The row has " + shown + " fields; the header has a different number.",
        };
    }

    private static string ColumnName(int column) => column >= 0 && column < DossierColumns.Names.Length ? DossierColumns.Names[column] : string.Empty;

    /// <summary>Counts a rejected row; true when it is to be described.</summary>
    private bool Counted(RejectReason reason, long? line)
    {
        _rejected[(int)reason]++;
        RowsRejected++;

        // Keep the rows with the smallest lines (partitions need not see lines in order): up to twice the
        // maximum are held, then cut back to the maximum, so memory stays bounded.
        return _options.MaxProblems > 0 && (line ?? long.MinValue) < _problemLineLimit;
    }

    private void Keep(Problem problem)
    {
        _problems.Add(problem);
        if (_problems.Count >= 2 * _options.MaxProblems)
        {
            CutProblems();
        }
    }

    private void RejectTime(int column, long seconds, long? line, string? source)
    {
        Span<char> text = stackalloc char[32];
        Reject(RejectReason.DateOutOfRange, column, text[..LocalSeconds.Format(seconds, text)], line, source);
    }

    /// <summary>Records a problem that concerns the whole input (always kept).</summary>
    internal void Report(Problem problem) => _inputProblems.Add(problem);

    /// <summary>Counts a blank line.</summary>
    internal void Blank() => BlankLines++;

    /// <summary>Merges, moving the other's problem lines by <paramref name="lineOffset"/>.</summary>
    internal void Merge(DossierAccumulator other, long lineOffset)
    {
        if (!DossierState.SameFigures(_options, other._options))
        {
            var (field, mine, theirs) = DossierState.Differences(_options, other._options)[0];
            throw new ArgumentException("The other accumulator counts with " + field + " " + theirs + ", this one with " + field + " " + mine + ": their figures cannot be merged.", nameof(other));
        }

        for (int u = 0; u < other._unitNames.Count; u++)
        {
            string name = other._unitNames[u];
            if (!_units.TryGetValue(name, out int mine))
            {
                mine = AddUnit(name);
            }

            var theirs = other._cells[u];
            for (int w = 0; w < theirs.Length; w++)
            {
                if (theirs[w] is { } cell)
                {
                    CellAt(mine, WindowIndex(other._windows[w])).Merge(cell);
                }
            }
        }

        for (int r = 0; r < _rejected.Length; r++)
        {
            _rejected[r] += other._rejected[r];
        }

        RowsUsed += other.RowsUsed;
        RowsRejected += other.RowsRejected;
        BlankLines += other.BlankLines;
        _inputProblems.AddRange(other._inputProblems);
        _problems.AddRange(lineOffset == 0 ? other._problems : other._problems.Select(p =>
            p.Line is { } l ? new Problem(p.Code, p.Message, p.Path, p.Source, l + lineOffset, p.Severity) : p));
        CutProblems();
    }

    /// <summary>Sorts the row problems by line and keeps the maximum; rows past the last kept line are no longer described.</summary>
    private void CutProblems()
    {
        var kept = _problems.OrderBy(p => p.Line ?? long.MinValue).Take(_options.MaxProblems).ToList();
        _problems.Clear();
        _problems.AddRange(kept);
        if (kept.Count == _options.MaxProblems && kept.Count > 0 && kept[^1].Line is { } last)
        {
            _problemLineLimit = last;
        }
    }

    private List<Problem> SortedProblems()
    {
        // Whole-input problems first, then rows by line; at most the maximum of row problems.
        var rows = _problems.OrderBy(p => p.Line ?? long.MinValue).Take(_options.MaxProblems);
        return _inputProblems.Concat(rows).ToList();
    }

    private void Count(int unit, ref DossierRow row, int received, int ended)
    {
        if (_fixedWindows.Length > 0)
        {
            for (int w = 0; w < _fixedWindows.Length; w++)
            {
                var window = _fixedWindows[w];
                if (row.Received >= window.End || (row.Ended != LocalSeconds.None && row.Ended < window.Start))
                {
                    continue;
                }

                var cell = CellAt(unit, w);
                cell.CountActive(row, window.End);
                if (row.Received >= window.Start)
                {
                    cell.CountReception(row);
                }

                if (row.Ended != LocalSeconds.None && row.Ended < window.End)
                {
                    cell.CountEnd(row);
                }
            }

            return;
        }

        var rc = CellAt(unit, received);
        rc.CountActive(row, _windows[received].End);
        rc.CountReception(row);
        if (row.Ended != LocalSeconds.None)
        {
            CellAt(unit, ended).CountEnd(row);
        }
    }

    private bool TryWindowFor(long instant, ref int last, out int window)
    {
        if (last >= 0 && _windows[last].Holds(instant))
        {
            window = last;
            return true;
        }

        if (PeriodContaining(LocalSeconds.ToDate(instant)) is not { } period)
        {
            window = -1;
            return false;
        }

        last = WindowIndex(Window.Of(period));
        window = last;
        return true;
    }

    private int WindowIndex(Window window)
    {
        if (!_windowIndex.TryGetValue(window.Period, out int index))
        {
            index = _windows.Count;
            _windows.Add(window);
            _windowIndex[window.Period] = index;
        }

        return index;
    }

    private ReportingPeriod? PeriodContaining(LocalDate date)
    {
        var calendar = _options.Calendar;
        int y = date.Year;
        int n = _options.Granularity switch
        {
            PeriodKind.HalfYear => ((date.Month - 1) / 6) + 1,
            PeriodKind.Quarter => ((date.Month - 1) / 3) + 1,
            PeriodKind.Month => date.Month,
            _ => 0,
        };
        int perYear = _options.Granularity switch
        {
            PeriodKind.HalfYear => 2,
            PeriodKind.Quarter => 4,
            PeriodKind.Month => 12,
            _ => 1,
        };

        // A cut-off calendar can put a date in the next period (or, in principle, the previous one).
        for (int shift = 0; shift <= 2; shift++)
        {
            int delta = shift == 2 ? -1 : shift;
            int index = (y * perYear) + Math.Max(n - 1, 0) + delta;
            int year = index / perYear;
            int number = (index % perYear) + 1;
            if (year is < 2 or > 9998)
            {
                continue;
            }

            var p = _options.Granularity switch
            {
                PeriodKind.HalfYear => ReportingPeriod.ForHalfYear(year, number, calendar),
                PeriodKind.Quarter => ReportingPeriod.ForQuarter(year, number, calendar),
                PeriodKind.Month => ReportingPeriod.ForMonth(year, number, calendar),
                _ => ReportingPeriod.ForYear(year, calendar),
            };
            if (p.Start <= date && date <= p.End)
            {
                return p;
            }
        }

        return null;
    }

    private Cell CellAt(int unit, int window)
    {
        var row = _cells[unit];
        if (window >= row.Length)
        {
            Array.Resize(ref row, Math.Max(window + 1, _windows.Count));
            _cells[unit] = row;
        }

        return row[window] ??= new Cell();
    }

    private int AddUnit(string name)
    {
        int u = _unitNames.Count;
        _units[name] = u;
        _unitNames.Add(name);
        _cells.Add(new Cell?[_windows.Count]);
        return u;
    }

    private static string FieldText(Dossier d, int column) => column switch
    {
        DossierColumns.FinishedAt => d.EndedAt?.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) ?? string.Empty,
        DossierColumns.ReceivedAt => d.ReceivedAt.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DossierColumns.DueAt => d.DueAt.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DossierColumns.Status => RowParser.StatusWord(d.Status),
        DossierColumns.SupplementRequests => d.SupplementRequests.ToString(CultureInfo.InvariantCulture),
        DossierColumns.SupplementWaitMinutes => d.SupplementWaitMinutes.ToString(CultureInfo.InvariantCulture),
        DossierColumns.WaitingMinutes => d.WaitingMinutes?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        _ => d.UnitId,
    };
}
