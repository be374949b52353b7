using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cchc.Scoring;
using NodaTime;

namespace Cchc.Scoring.Serialization;

/// <summary>
/// Reads and writes the submissions file format (<c>docs/formats.md</c>): the reporting units and every submission
/// revision. Reading checks each submission against the framework and reports every problem with its JSON path.
/// </summary>
public static class SubmissionJson
{
    /// <summary>
    /// Reads a submissions file for <paramref name="framework"/> from text. The text is read as its UTF-8 form through
    /// <see cref="ReadStream"/>: the result and the problems are the same as for those bytes. A lone surrogate (which
    /// has no UTF-8 form) is an <see cref="ProblemCodes.InvalidJson"/> problem with its line. Text decoded by the caller
    /// may already hold U+FFFD where the file had invalid bytes: read files as bytes (<see cref="ReadUtf8"/>
    /// or <see cref="ReadStream"/>) to have those reported.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="framework">The framework: its calendar reads the periods, its indicators say what each value measures.</param>
    /// <param name="source">The file name, to locate problems; null when not from a file.</param>
    /// <param name="limits">The limits (<see cref="ReadLimits.Default"/> when null); input beyond them is reported as <see cref="ProblemCodes.LimitExceeded"/>.</param>
    /// <returns>The submission set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="framework"/> is null.</exception>
    public static ValidationResult<SubmissionSet> Read(string json, Framework framework, string? source = null, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(framework);
        limits ??= ReadLimits.Default;
        var bag = new ProblemBag(source);
        if (JsonFormat.TooLarge(json, limits, bag))
        {
            return new ValidationResult<SubmissionSet>(null, bag.Problems);
        }

        if (TextCheck.CheckString(json) is { } fault)
        {
            bag.Add(fault.ToProblem(source));
            return new ValidationResult<SubmissionSet>(null, bag.Problems);
        }

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json), false);
        return Read(stream, framework, bag, limits);
    }

    /// <summary>
    /// Reads a submissions file from its bytes: strict UTF-8, a UTF-8 byte order mark allowed (<c>docs/errors.md</c>,
    /// "Reading rule"). The same as <see cref="ReadStream"/> over these bytes.
    /// </summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="framework">The framework: its calendar reads the periods, its indicators say what each value measures.</param>
    /// <param name="source">The file name, to locate problems; null when not from a file.</param>
    /// <param name="limits">The limits; <see cref="ReadLimits.Default"/> when null.</param>
    /// <returns>The submission set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static ValidationResult<SubmissionSet> ReadUtf8(ReadOnlySpan<byte> utf8Json, Framework framework, string? source = null, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        limits ??= ReadLimits.Default;
        var bag = new ProblemBag(source);
        if (utf8Json.Length > limits.MaxDocumentBytes)
        {
            bag.Add(new Problem(ProblemCodes.LimitExceeded, JsonFormat.TooLargeMessage(utf8Json.Length, limits), "$", source));
            return new ValidationResult<SubmissionSet>(null, bag.Problems);
        }

        using var stream = new MemoryStream(utf8Json.ToArray(), false);
        return Read(stream, framework, bag, limits);
    }

    /// <summary>
    /// Reads a submissions file from a UTF-8 stream, item by item: memory holds the submissions read, a buffer and
    /// the one item being read, never the whole text. Every reader of submissions ends here, so the result and the
    /// problems depend only on the bytes, never on how the stream hands them out. The bytes are strict UTF-8 (a UTF-8
    /// byte order mark is skipped; anything else that is not UTF-8 is an <see cref="ProblemCodes.InvalidJson"/> problem
    /// with its line). A syntax error ends the read at its line.
    /// </summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON. It is read to its end, not closed.</param>
    /// <param name="framework">The framework: its calendar reads the periods, its indicators say what each value measures.</param>
    /// <param name="source">The file name, to locate problems; null when not from a file.</param>
    /// <param name="limits">The limits; <see cref="ReadLimits.Default"/> when null.</param>
    /// <returns>The submission set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="framework"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<SubmissionSet> ReadStream(Stream utf8Json, Framework framework, string? source = null, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(framework);
        return Read(utf8Json, framework, new ProblemBag(source), limits ?? ReadLimits.Default);
    }

    /// <summary>Writes a submission set: units by identifier, then submissions in canonical order.</summary>
    /// <param name="submissions">The set.</param>
    /// <param name="frameworkId">The framework identifier to record in the file, or null.</param>
    /// <returns>The JSON text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="submissions"/> is null.</exception>
    public static string Write(SubmissionSet submissions, string? frameworkId = null)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var dto = new SubmissionFileDto
        {
            Framework = frameworkId,
            Units = submissions.Units.Units.Select(u => JsonSerializer.SerializeToElement(
                new UnitDto { Id = u.Id, Name = JsonFormat.ToDto(u.Name), Kind = u.Kind, Parent = u.ParentId, From = u.ValidFrom, To = u.ValidTo }, JsonFormat.Context.UnitDto)).ToList(),
            Lineage = submissions.Units.Lineage.Count == 0 ? null : submissions.Units.Lineage.Select(e => JsonSerializer.SerializeToElement(ToDto(e), JsonFormat.Context.LineageDto)).ToList(),
            Submissions = submissions.Submissions.Select(s => JsonSerializer.SerializeToElement(ToDto(s), JsonFormat.Context.SubmissionDto)).ToList(),
            Adjustments = submissions.Adjustments.Count == 0 ? null : submissions.Adjustments.Select(a => JsonSerializer.SerializeToElement(ToDto(a), JsonFormat.Context.AdjustmentDto)).ToList(),
        };
        return JsonSerializer.Serialize(dto, JsonFormat.Context.SubmissionFileDto) + "\n";
    }

    private static LineageDto ToDto(LineageEvent e)
    {
        bool single = e.Kind is LineageEventKind.Rename or LineageEventKind.Move or LineageEventKind.Dissolve;
        var dto = new LineageDto
        {
            Kind = LineageEvent.NameOf(e.Kind),
            Date = e.Date,
            Unit = single ? e.From[0] : null,
            From = single ? null : [.. e.From],
            Into = e.Into.Count == 0 ? null : [.. e.Into],
            Name = e.Name is null ? null : JsonFormat.ToDto(e.Name),
            Parent = e.ParentId,
        };
        if (e.Shares is { } shares && (shares.Default is not null || shares.ByIndicator.Count > 0))
        {
            dto.Shares = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (shares.Default is { } byDefault)
            {
                dto.Shares["*"] = ShareElement(byDefault);
            }

            foreach (var (code, set) in shares.ByIndicator)
            {
                dto.Shares[code] = set is null ? JsonSerializer.SerializeToElement(NotDivisible, JsonFormat.Context.String) : ShareElement(set);
            }
        }

        return dto;
    }

    /// <summary>The word for an indicator whose figures a split does not divide.</summary>
    private const string NotDivisible = "notDivisible";

    private static JsonElement ShareElement(IReadOnlyDictionary<string, decimal> shares)
    {
        var map = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (unit, share) in shares)
        {
            map[unit] = share;
        }

        return JsonSerializer.SerializeToElement(map, JsonFormat.Context.DictionaryStringDecimal);
    }

    private static SubmissionDto ToDto(Submission s)
    {
        var m = s.Measurement;
        var dto = new SubmissionDto { Unit = s.UnitId, Period = s.Period.ToString(), Indicator = s.IndicatorCode, RecordedAt = s.RecordedAt, Note = s.Note, Evidence = s.Evidence, SelfAssessedPoints = s.SelfAssessedPoints, AppraisedPoints = s.AppraisedPoints };
        if (!m.IsApplicable)
        {
            dto.Applicable = false;
        }
        else if (m.Kind == MeasureKind.Ratio)
        {
            dto.Numerator = m.Numerator;
            dto.Denominator = m.Denominator;
            dto.Excluded = m.Excluded == 0 ? null : m.Excluded;
        }
        else if (m.Kind == MeasureKind.YesNo)
        {
            dto.Answer = m.Answer;
        }
        else
        {
            dto.Value = m.Value;
            dto.Count = m.Count;
        }

        return dto;
    }

    internal static AdjustmentDto ToDto(Adjustment a) =>
        new() { Unit = a.UnitId, Period = a.Period.ToString(), Points = a.Points, Reason = a.Reason, RecordedAt = a.RecordedAt, Evidence = a.Evidence };

    private static ValidationResult<SubmissionSet> Read(Stream utf8Json, Framework framework, ProblemBag bag, ReadLimits limits)
    {
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > limits.MaxDocumentBytes)
        {
            bag.Add(new Problem(ProblemCodes.LimitExceeded, JsonFormat.TooLargeMessage(utf8Json.Length - utf8Json.Position, limits), "$", bag.Source));
            return new ValidationResult<SubmissionSet>(null, bag.Problems);
        }

        var json = new JsonStream(utf8Json, limits);
        var reader = new FileReader(framework, bag, limits);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var rootType = json.Next(true, out _, out var root);
            if (rootType != JsonTokenType.StartObject)
            {
                root?.Dispose();
                bag.Error(ProblemCodes.InvalidValue, "$", rootType == JsonTokenType.None ? "The document is empty." : "Expected an object here.");
                return new ValidationResult<SubmissionSet>(null, bag.Problems);
            }

            while (json.Next(false, out string? name, out var stray) is var type && type != JsonTokenType.EndObject)
            {
                stray?.Dispose();
                if (type != JsonTokenType.PropertyName)
                {
                    throw new JsonException("Expected a property name.");
                }

                string path = "$." + name;
                if (!seen.Add(name!))
                {
                    bag.Error(ProblemCodes.Duplicate, path, JsonFormat.DuplicateMessage(name!));
                }

                switch (name)
                {
                    case "units":
                        Items(json, path, bag, limits, reader.Unit);
                        reader.UnitsDone();
                        break;
                    case "submissions":
                        reader.SubmissionsGiven |= Items(json, path, bag, limits, reader.Submission);
                        break;
                    case "adjustments":
                        Items(json, path, bag, limits, reader.Adjustment);
                        break;
                    case "lineage":
                        Items(json, path, bag, limits, reader.Lineage);
                        break;
                    default:
                        using (var value = Expect(json, path, bag, out _))
                        {
                            if (name == "framework" && value!.RootElement.ValueKind is JsonValueKind.String or JsonValueKind.Null)
                            {
                                var element = value.RootElement;
                                JsonFormat.CheckStrings(element, path, name, limits, bag);
                                if (JsonFormat.TryText(element.GetString, path, new ProblemBag(), out string id) && element.ValueKind == JsonValueKind.String)
                                {
                                    reader.FrameworkId(id);
                                }
                            }
                            else if (name == "framework")
                            {
                                bag.Error(ProblemCodes.InvalidValue, path, "'framework' must be a string.");
                            }
                            else if (!name!.StartsWith('$'))
                            {
                                bag.Error(ProblemCodes.UnknownField, path, "Unknown field '" + name + "'.");
                            }
                            else
                            {
                                // Ignored, but read by the same rule as the rest (lengths, duplicate names).
                                JsonFormat.CheckStrings(value!.RootElement, path, name, limits, bag);
                            }
                        }

                        break;
                }
            }

            // Nothing may follow the root object but white space and comments.
            json.Next(false, out _, out var after);
            after?.Dispose();
        }
        catch (JsonException ex)
        {
            JsonFormat.ReportSyntax(ex, bag, limits);
            return new ValidationResult<SubmissionSet>(null, bag.Problems);
        }
        catch (DocumentTooLargeException ex)
        {
            bag.Add(new Problem(ProblemCodes.LimitExceeded, JsonFormat.TooLargeMessage(ex.Bytes, limits), "$", bag.Source));
            return new ValidationResult<SubmissionSet>(null, bag.Problems);
        }
        catch (InvalidTextException ex)
        {
            bag.Add(ex.ToProblem(bag.Source));
            return new ValidationResult<SubmissionSet>(null, bag.Problems);
        }

        if (!reader.SubmissionsGiven)
        {
            bag.Error(ProblemCodes.MissingField, "$.submissions", "'submissions' is required (it may be an empty array).");
        }

        return reader.Finish();
    }

    /// <summary>Reads the next token, which must start a value (not a name or an end).</summary>
    private static JsonDocument? Expect(JsonStream json, string path, ProblemBag bag, out JsonTokenType type)
    {
        type = json.Next(false, out _, out var value);
        if (value is null)
        {
            throw new JsonException("Expected a value at " + path + ".");
        }

        return value;
    }

    /// <summary>Reads an array item by item, holding one item at a time; returns whether an array was there (null counts as absent).</summary>
    private static bool Items(JsonStream json, string path, ProblemBag bag, ReadLimits limits, Func<JsonElement, int, bool> item)
    {
        var type = json.Next(true, out _, out var value);
        if (type != JsonTokenType.StartArray)
        {
            using (value)
            {
                if (type != JsonTokenType.Null)
                {
                    string name = path[(path.LastIndexOf('.') + 1)..];
                    bag.Error(ProblemCodes.InvalidValue, path, "'" + name + "' must be an array.");
                }

                return false;
            }
        }

        bool more = true;
        for (int i = 0; json.Next(false, out _, out var element) != JsonTokenType.EndArray; i++)
        {
            using (element)
            {
                if (element is null)
                {
                    throw new JsonException("Expected a value or the end of the array.");
                }

                if (more)
                {
                    string itemPath = ProblemBag.Index(path, i);
                    JsonFormat.CheckStrings(element.RootElement, itemPath, null, limits, bag);
                    more = item(element.RootElement, i);
                }
            }
        }

        return true;
    }

    /// <summary>Gathers a submissions file read item by item, from a whole document or from a stream.</summary>
    private sealed class FileReader
    {
        private readonly Framework _framework;
        private readonly ProblemBag _bag;
        private readonly ReadLimits _limits;
        private readonly List<Unit> _units = [];
        private readonly List<LineageEvent> _lineage = [];
        private readonly List<string> _lineagePaths = [];
        private readonly List<Submission> _submissions = [];
        private readonly List<string> _paths = [];
        private readonly List<Adjustment> _adjustments = [];
        private readonly List<string> _adjustmentPaths = [];
        private readonly List<int> _unitChecksDue = [];
        private readonly List<int> _adjustmentChecksDue = [];
        private readonly Dictionary<string, string> _hints = new(StringComparer.Ordinal);
        private HashSet<string>? _declared;
        private string[]? _indicatorCodes;

        public FileReader(Framework framework, ProblemBag bag, ReadLimits limits)
        {
            _framework = framework;
            _bag = bag;
            _limits = limits;
        }

        public bool SubmissionsGiven { get; set; }

        /// <summary>The hint for an unknown indicator code, worked out once per code however often it is met.</summary>
        public string IndicatorHint(string code) =>
            Hint(code, _indicatorCodes ??= _framework.Indicators.Select(i => i.Code).ToArray(), "indicators");

        private string Hint(string wrong, IReadOnlyCollection<string> known, string what)
        {
            string key = what + "\n" + wrong;
            if (!_hints.TryGetValue(key, out string? hint))
            {
                hint = Suggestions.Hint(wrong, known, what);
                _hints[key] = hint;
            }

            return hint;
        }

        /// <summary>Checks the units read (once): their hierarchy, and from then on each item's unit as it is read.</summary>
        public void UnitsDone()
        {
            if (_declared is null)
            {
                UnitHierarchy.Check(_units, _bag, "$.units");
                _declared = new HashSet<string>(_units.Select(u => u.Id), StringComparer.Ordinal);
            }
        }

        private void CheckUnit(string unitId, string path)
        {
            if (_declared!.Count > 0 && !_declared.Contains(unitId))
            {
                _bag.Error(ProblemCodes.UnknownUnit, path + ".unit", "Unit '" + unitId + "' is not declared in 'units'." + Hint(unitId, _declared, "declared units"));
            }
        }

        public void FrameworkId(string? id)
        {
            if (id is not null && !string.Equals(id, _framework.Id, StringComparison.Ordinal))
            {
                _bag.Warning(ProblemCodes.InvalidValue, "$.framework", "The file is for framework '" + id + "' but is read for '" + _framework.Id + "'.");
            }
        }

        public bool Unit(JsonElement element, int i)
        {
            var unit = ReadUnit(element, ProblemBag.Index("$.units", i), _bag);
            if (unit is not null)
            {
                _units.Add(unit);
            }

            return true;
        }

        public bool Lineage(JsonElement element, int i)
        {
            string path = ProblemBag.Index("$.lineage", i);
            if (ReadLineage(element, path, _bag) is LineageEvent e)
            {
                _lineage.Add(e);
                _lineagePaths.Add(path);
            }

            return true;
        }

        public bool Submission(JsonElement element, int i)
        {
            if (i >= _limits.MaxSubmissions)
            {
                return TooMany("$.submissions", i, "submissions");
            }

            string path = ProblemBag.Index("$.submissions", i);
            var submission = ReadSubmission(element, path, _framework, _bag, IndicatorHint);
            if (submission is not null)
            {
                if (_declared is null)
                {
                    _unitChecksDue.Add(_submissions.Count);
                }
                else
                {
                    CheckUnit(submission.UnitId, path);
                }

                _submissions.Add(submission);
                _paths.Add(path);
            }

            return true;
        }

        public bool Adjustment(JsonElement element, int i)
        {
            if (i >= _limits.MaxSubmissions)
            {
                return TooMany("$.adjustments", i, "adjustments");
            }

            string path = ProblemBag.Index("$.adjustments", i);
            var adjustment = ReadAdjustment(element, path, _framework, _bag);
            if (adjustment is not null)
            {
                if (_declared is null)
                {
                    _adjustmentChecksDue.Add(_adjustments.Count);
                }
                else
                {
                    CheckUnit(adjustment.UnitId, path);
                }

                _adjustments.Add(adjustment);
                _adjustmentPaths.Add(path);
            }

            return true;
        }

        private bool TooMany(string path, int i, string what)
        {
            _bag.Error(ProblemCodes.LimitExceeded, ProblemBag.Index(path, i), "More than " + ReadLimits.N(_limits.MaxSubmissions) + " " + what
                + " in one file (ReadLimits.MaxSubmissions): the rest is not read. Split the file.");
            return false;
        }

        public ValidationResult<SubmissionSet> Finish()
        {
            var bag = _bag;
            UnitsDone();
            foreach (int i in _unitChecksDue)
            {
                CheckUnit(_submissions[i].UnitId, _paths[i]);
            }

            foreach (int i in _adjustmentChecksDue)
            {
                CheckUnit(_adjustments[i].UnitId, _adjustmentPaths[i]);
            }

            UnitHierarchy.CheckLineage(_units, _lineage, bag, "$.units", "$.lineage", _lineagePaths);
            for (int i = 0; i < _lineage.Count; i++)
            {
                // A share for an indicator the framework does not have would silently fall back to the default.
                foreach (string code in _lineage[i].Shares?.ByIndicator.Keys ?? [])
                {
                    if (_framework.FindIndicator(code) is null)
                    {
                        bag.Error(ProblemCodes.UnknownIndicator, _lineagePaths[i] + ".shares[\"" + code + "\"]", "The shares of the split name indicator '" + code + "', which the framework does not have." + IndicatorHint(code));
                    }
                }
            }

            SubmissionChecks.Check(_submissions, _paths, _framework, bag);
            SubmissionChecks.CheckAdjustments(_adjustments, _adjustmentPaths, _framework, bag);
            if (bag.HasErrors)
            {
                return new ValidationResult<SubmissionSet>(null, bag.Problems);
            }

            var hierarchy = UnitHierarchy.Build(_units, _lineage);
            return new ValidationResult<SubmissionSet>(new SubmissionSet(_submissions, hierarchy, _adjustments), bag.Problems);
        }
    }

    private static Adjustment? ReadAdjustment(JsonElement element, string path, Framework framework, ProblemBag bag)
    {
        var dto = JsonFormat.Read(element, JsonFormat.Context.AdjustmentDto, path, bag);
        if (dto is null)
        {
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        string? unit = JsonFormat.Identifier(dto.Unit, path, "unit", bag);
        string? reason = JsonFormat.Required(dto.Reason, path, "reason", bag);
        ReportingPeriod period = default;
        bool periodOk = JsonFormat.Required(dto.Period, path, "period", bag) is not null;
        if (periodOk && !ReportingPeriod.TryParse(dto.Period, framework.Calendar, out period))
        {
            bag.Error(ProblemCodes.InvalidPeriod, path + ".period", "'" + dto.Period + "' is not a period: write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31, in the years 0002 to 9998.");
            periodOk = false;
        }

        if (dto.Points is null)
        {
            bag.Error(ProblemCodes.MissingField, path + ".points", "'points' is required: positive for a bonus, negative for a deduction.");
        }

        if (dto.RecordedAt is null)
        {
            bag.Error(ProblemCodes.MissingField, path + ".recordedAt", "'recordedAt' is required: the instant the adjustment was recorded.");
        }

        return unit is null || reason is null || !periodOk || dto.Points is not decimal points || dto.RecordedAt is not Instant at
            ? null
            : new Adjustment(unit, period, points, reason, at, dto.Evidence);
    }

    private static Unit? ReadUnit(JsonElement element, string path, ProblemBag bag)
    {
        var dto = JsonFormat.Read(element, JsonFormat.Context.UnitDto, path, bag);
        if (dto is null)
        {
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        string? id = JsonFormat.Identifier(dto.Id, path, "id", bag);
        var name = JsonFormat.Text(dto.Name, path + ".name", bag);
        if (dto.Parent is not null && !Identifiers.Check(dto.Parent, path + ".parent", "parent", bag))
        {
            return null;
        }

        if (id is not null && string.Equals(id, dto.Parent, StringComparison.Ordinal))
        {
            bag.Error(ProblemCodes.UnitCycle, path + ".parent", "Unit '" + id + "' cannot report to itself.");
            return null;
        }

        if (dto.From is LocalDate from && dto.To is LocalDate to && to < from)
        {
            bag.Error(ProblemCodes.InvalidValue, path + ".to", "Unit '" + id + "' ends (\"to\": " + NodaTime.Text.LocalDatePattern.Iso.Format(to) + ") before it starts (\"from\": " + NodaTime.Text.LocalDatePattern.Iso.Format(from) + ").");
            return null;
        }

        return id is null || name is null ? null : new Unit(id, name, dto.Kind ?? string.Empty, dto.Parent, dto.From, dto.To);
    }

    /// <summary>Reads a lineage event: its kind decides which fields it has (see docs/formats.md); every missing or stray field is reported.</summary>
    private static LineageEvent? ReadLineage(JsonElement element, string path, ProblemBag bag)
    {
        var dto = JsonFormat.Read(element, JsonFormat.Context.LineageDto, path, bag);
        if (dto is null)
        {
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        string? kindName = JsonFormat.Required(dto.Kind, path, "kind", bag);
        LineageEventKind? kind = kindName switch
        {
            null => null,
            "rename" => LineageEventKind.Rename,
            "move" => LineageEventKind.Move,
            "merge" => LineageEventKind.Merge,
            "split" => LineageEventKind.Split,
            "absorb" => LineageEventKind.Absorb,
            "dissolve" => LineageEventKind.Dissolve,
            _ => Bad(bag, path + ".kind", "'kind' is \"rename\", \"move\", \"merge\", \"split\", \"absorb\" or \"dissolve\"."),
        };
        if (dto.Date is null)
        {
            bag.Error(ProblemCodes.MissingField, path + ".date", "'date' is required: the effective date, the first day of the new state (units that end exist until the day before).");
        }

        if (kind is not LineageEventKind k || dto.Date is not LocalDate date)
        {
            return null;
        }

        bool single = k is LineageEventKind.Rename or LineageEventKind.Move or LineageEventKind.Dissolve;
        bool ok = true;
        void Stray(bool present, string field)
        {
            if (present)
            {
                bag.Error(ProblemCodes.UnknownField, path + "." + field, "A " + kindName + " has no '" + field + "'.");
                ok = false;
            }
        }

        Stray(!single && dto.Unit is not null, "unit");
        Stray(single && dto.From is not null, "from");
        Stray(single && dto.Into is not null, "into");
        Stray(k != LineageEventKind.Rename && dto.Name is not null, "name");
        Stray(k != LineageEventKind.Move && dto.Parent is not null, "parent");
        Stray(k != LineageEventKind.Split && dto.Shares is not null, "shares");
        string? unit = single ? JsonFormat.Identifier(dto.Unit, path, "unit", bag) : null;
        string[]? from = single ? null : Ids(dto.From, path + ".from", k == LineageEventKind.Merge ? 2 : 1, k == LineageEventKind.Merge ? int.MaxValue : 1, bag);
        string[]? into = single ? null : Ids(dto.Into, path + ".into", k == LineageEventKind.Split ? 2 : 1, k == LineageEventKind.Split ? int.MaxValue : 1, bag);
        if (from is not null && into is not null)
        {
            string[] all = [.. from, .. into];
            foreach (var twice in all.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                bag.Error(into.Contains(twice.Key, StringComparer.Ordinal) && from.Contains(twice.Key, StringComparer.Ordinal) ? ProblemCodes.LineageCycle : ProblemCodes.Duplicate, path, "The " + kindName + " names unit '" + twice.Key + "' twice" + (into.Contains(twice.Key, StringComparer.Ordinal) && from.Contains(twice.Key, StringComparer.Ordinal) ? ", on both sides: a unit cannot be its own successor." : "."));
                ok = false;
            }
        }

        LocalizedText? name = k == LineageEventKind.Rename ? JsonFormat.Text(dto.Name, path + ".name", bag) : null;
        if (k == LineageEventKind.Move && dto.Parent is not null && !Identifiers.Check(dto.Parent, path + ".parent", "parent", bag))
        {
            ok = false;
        }

        if (k == LineageEventKind.Move && unit is not null && string.Equals(unit, dto.Parent, StringComparison.Ordinal))
        {
            bag.Error(ProblemCodes.UnitCycle, path + ".parent", "Unit '" + unit + "' cannot report to itself.");
            ok = false;
        }

        SplitShares? shares = k == LineageEventKind.Split ? ReadShares(dto.Shares, path + ".shares", bag, ref ok) : null;
        if (!ok || (single && unit is null) || (!single && (from is null || into is null)) || (k == LineageEventKind.Rename && name is null))
        {
            return null;
        }

        return k switch
        {
            LineageEventKind.Rename => LineageEvent.Rename(date, unit!, name!),
            LineageEventKind.Move => LineageEvent.Move(date, unit!, dto.Parent),
            LineageEventKind.Dissolve => LineageEvent.Dissolve(date, unit!),
            LineageEventKind.Merge => LineageEvent.Merge(date, from!, into![0]),
            LineageEventKind.Split => LineageEvent.Split(date, from![0], into!, shares),
            _ => LineageEvent.Absorb(date, from![0], into![0]),
        };
    }

    private static LineageEventKind? Bad(ProblemBag bag, string path, string message)
    {
        bag.Error(ProblemCodes.InvalidValue, path, message);
        return null;
    }

    private static string[]? Ids(List<string>? ids, string path, int min, int max, ProblemBag bag)
    {
        string field = path[(path.LastIndexOf('.') + 1)..];
        if (ids is null)
        {
            bag.Error(ProblemCodes.MissingField, path, "'" + field + "' is required: an array of unit identifiers.");
            return null;
        }

        if (ids.Count < min || ids.Count > max)
        {
            string count = min == max ? "one unit" : "at least " + Num.Format(min) + " units";
            bag.Error(ProblemCodes.InvalidValue, path, "'" + field + "' names " + count + " here; it names " + Num.Format(ids.Count) + ".");
            return null;
        }

        bool ok = true;
        for (int i = 0; i < ids.Count; i++)
        {
            ok &= JsonFormat.Identifier(ids[i], path, "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", bag) is not null;
        }

        return ok ? [.. ids] : null;
    }

    /// <summary>Reads split shares: <c>"*"</c> (the default) or an indicator code → an object of unit → share, or <c>"notDivisible"</c>.</summary>
    private static SplitShares? ReadShares(Dictionary<string, JsonElement>? shares, string path, ProblemBag bag, ref bool ok)
    {
        if (shares is null)
        {
            return SplitShares.NotDivisible;
        }

        Dictionary<string, decimal>? byDefault = null;
        var byIndicator = new List<KeyValuePair<string, IEnumerable<KeyValuePair<string, decimal>>?>>();
        foreach (var (key, value) in shares)
        {
            string at = path + "[\"" + key + "\"]";
            Dictionary<string, decimal>? set = null;
            if (value.ValueKind == JsonValueKind.String && value.GetString() == NotDivisible)
            {
                set = null;
            }
            else if (value.ValueKind == JsonValueKind.Object)
            {
                set = new Dictionary<string, decimal>(StringComparer.Ordinal);
                foreach (var share in value.EnumerateObject())
                {
                    if (share.Value.ValueKind != JsonValueKind.Number || !share.Value.TryGetDecimal(out decimal d))
                    {
                        bag.Error(ProblemCodes.InvalidValue, at + "[\"" + share.Name + "\"]", "A share is a number from 0 to 1.");
                        ok = false;
                        continue;
                    }

                    set[share.Name] = d;
                }
            }
            else
            {
                bag.Error(ProblemCodes.InvalidValue, at, "Shares are an object of new unit → share (a number from 0 to 1), or \"notDivisible\".");
                ok = false;
                continue;
            }

            if (key == "*")
            {
                byDefault = set;
            }
            else
            {
                byIndicator.Add(new(key, set));
            }
        }

        return new SplitShares(byDefault, byIndicator);
    }

    private static Submission? ReadSubmission(JsonElement element, string path, Framework framework, ProblemBag bag, Func<string, string> indicatorHint)
    {
        var dto = JsonFormat.Read(element, JsonFormat.Context.SubmissionDto, path, bag);
        if (dto is null)
        {
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        string? unit = JsonFormat.Identifier(dto.Unit, path, "unit", bag);
        string? indicatorCode = JsonFormat.Identifier(dto.Indicator, path, "indicator", bag);
        ReportingPeriod period = default;
        bool periodOk = JsonFormat.Required(dto.Period, path, "period", bag) is not null;
        if (periodOk && !ReportingPeriod.TryParse(dto.Period, framework.Calendar, out period))
        {
            bag.Error(ProblemCodes.InvalidPeriod, path + ".period", "'" + dto.Period + "' is not a period: write 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-03-31, in the years 0002 to 9998.");
            periodOk = false;
        }

        if (dto.RecordedAt is null)
        {
            bag.Error(ProblemCodes.MissingField, path + ".recordedAt", "'recordedAt' is required: the instant this revision was recorded, e.g. 2026-01-10T02:00:00Z.");
        }

        if (unit is null || indicatorCode is null || !periodOk || dto.RecordedAt is not Instant recordedAt)
        {
            return null;
        }

        var indicator = framework.FindIndicator(indicatorCode);
        if (indicator is null)
        {
            bag.Error(
                ProblemCodes.UnknownIndicator,
                path + ".indicator",
                "Framework '" + framework.Id + "' has no indicator '" + indicatorCode + "'." + indicatorHint(indicatorCode));
            return null;
        }

        var measurement = ReadMeasurement(dto, indicator, path, bag);
        return measurement is Measurement m ? new Submission(unit, period, indicatorCode, m, recordedAt, new SubmissionOptions { Note = dto.Note, Evidence = dto.Evidence, SelfAssessedPoints = dto.SelfAssessedPoints, AppraisedPoints = dto.AppraisedPoints }) : null;
    }

    private static Measurement? ReadMeasurement(SubmissionDto dto, Indicator indicator, string path, ProblemBag bag)
    {
        bool ratioFields = dto.Numerator is not null || dto.Denominator is not null || dto.Excluded is not null;
        int given = (ratioFields ? 1 : 0) + (dto.Value is not null ? 1 : 0) + (dto.Answer is not null ? 1 : 0);
        if (dto.Count is not null && (indicator.Measure != MeasureKind.Duration || dto.Applicable == false))
        {
            bag.Error(ProblemCodes.MeasureMismatch, path + ".count", "'count' (the number of cases a mean duration is taken over) is for durations only.");
            return null;
        }

        if (dto.Applicable == false)
        {
            if (given > 0)
            {
                bag.Error(ProblemCodes.InvalidValue, path, "A submission declared not applicable carries no figures.");
                return null;
            }

            return Measurement.NotApplicable(indicator.Measure);
        }

        string expected = indicator.Measure switch
        {
            MeasureKind.Ratio => "'numerator' and 'denominator' (and 'excluded' if any)",
            MeasureKind.YesNo => "'answer' (true or false)",
            _ => "'value'",
        };
        if (given == 0)
        {
            bag.Error(ProblemCodes.MissingField, path, "Indicator '" + indicator.Code + "' measures " + FileNames.Of(indicator.Measure) + ": give " + expected + ", or \"applicable\": false.");
            return null;
        }

        if (given > 1)
        {
            bag.Error(ProblemCodes.MeasureMismatch, path, "Give one kind of figure: " + expected + " for indicator '" + indicator.Code + "'.");
            return null;
        }

        switch (indicator.Measure)
        {
            case MeasureKind.Ratio when ratioFields:
                if (dto.Numerator is null || dto.Denominator is null)
                {
                    bag.Error(ProblemCodes.MissingField, path + (dto.Numerator is null ? ".numerator" : ".denominator"), "A ratio needs both 'numerator' and 'denominator'.");
                    return null;
                }

                return Measurement.Ratio(dto.Numerator.Value, dto.Denominator.Value, dto.Excluded ?? 0);
            case MeasureKind.YesNo when dto.Answer is bool answer:
                return Measurement.YesNo(answer);
            case MeasureKind.Quantity when dto.Value is decimal v:
                return Measurement.Quantity(v);
            case MeasureKind.Duration when dto.Value is decimal v:
                return dto.Count is decimal count ? Measurement.Duration(v, count) : Measurement.Duration(v);
            case MeasureKind.Percentage when dto.Value is decimal v:
                return Measurement.Percentage(v);
            default:
                bag.Error(ProblemCodes.MeasureMismatch, path, "Indicator '" + indicator.Code + "' measures " + FileNames.Of(indicator.Measure) + ": give " + expected + ".");
                return null;
        }
    }
}
