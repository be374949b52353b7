using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cchc.Scoring;
using Cchc.Scoring.Rules;
using NodaTime;

namespace Cchc.Scoring.Serialization;

/// <summary>
/// Reads and writes the framework file format (<c>docs/formats.md</c>). Reading never throws for bad data: it returns
/// every problem with its JSON path, and a framework only when there is no error.
/// </summary>
public static class FrameworkJson
{
    /// <summary>Reads a framework.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="registry">The rule kinds allowed; <see cref="RuleRegistry.Default"/> when null.</param>
    /// <param name="source">The file name, to locate problems; null when not from a file.</param>
    /// <param name="limits">The limits (<see cref="ReadLimits.Default"/> when null); input beyond them is reported as <see cref="ProblemCodes.LimitExceeded"/>.</param>
    /// <returns>The framework, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<Framework> Read(string json, RuleRegistry? registry = null, string? source = null, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bag = new ProblemBag(source);
        using var document = JsonFormat.Parse(json, bag, limits);
        return Read(document, registry ?? RuleRegistry.Default, bag);
    }

    /// <summary>
    /// Reads a framework from the file's bytes: strict UTF-8, a UTF-8 byte order mark allowed; a UTF-16 or UTF-32 byte
    /// order mark, invalid bytes and lone surrogates are an <see cref="ProblemCodes.InvalidJson"/> problem with its line
    /// (<c>docs/errors.md</c>, "Reading rule"). Read files this way, not as text decoded beforehand.
    /// </summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="registry">The rule kinds allowed; <see cref="RuleRegistry.Default"/> when null.</param>
    /// <param name="source">The file name, to locate problems; null when not from a file.</param>
    /// <param name="limits">The limits (<see cref="ReadLimits.Default"/> when null); input beyond them is reported as <see cref="ProblemCodes.LimitExceeded"/>.</param>
    /// <returns>The framework, or every problem found.</returns>
    public static ValidationResult<Framework> ReadUtf8(ReadOnlySpan<byte> utf8Json, RuleRegistry? registry = null, string? source = null, ReadLimits? limits = null)
    {
        var bag = new ProblemBag(source);
        limits ??= ReadLimits.Default;
        if (utf8Json.Length > limits.MaxDocumentBytes)
        {
            bag.Add(new Problem(ProblemCodes.LimitExceeded, JsonFormat.TooLargeMessage(utf8Json.Length, limits), "$", source));
            return new ValidationResult<Framework>(null, bag.Problems);
        }

        using var document = JsonFormat.Parse(utf8Json.ToArray(), bag, limits);
        return Read(document, registry ?? RuleRegistry.Default, bag);
    }

    /// <summary>
    /// Reads a framework from a stream of its bytes, under the same rules as <see cref="ReadUtf8"/>.
    /// The stream is read to its end (no further than the size limit), not closed.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="registry">The rule kinds allowed; <see cref="RuleRegistry.Default"/> when null.</param>
    /// <param name="source">The file name, to locate problems; null when not from a file.</param>
    /// <param name="limits">The limits (<see cref="ReadLimits.Default"/> when null); a stream longer than <see cref="ReadLimits.MaxDocumentBytes"/> is reported as <see cref="ProblemCodes.LimitExceeded"/>.</param>
    /// <returns>The framework, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<Framework> ReadStream(Stream utf8Json, RuleRegistry? registry = null, string? source = null, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var bag = new ProblemBag(source);
        limits ??= ReadLimits.Default;
        if (JsonFormat.ReadAll(utf8Json, bag, limits) is not ReadOnlyMemory<byte> bytes)
        {
            return new ValidationResult<Framework>(null, bag.Problems);
        }

        using var document = JsonFormat.Parse(bytes, bag, limits);
        return Read(document, registry ?? RuleRegistry.Default, bag);
    }

    /// <summary>Writes a framework in the file format: two-space indents, <c>\n</c> line ends, properties in a fixed order.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The JSON text, ending with a line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static string Write(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var dto = new FrameworkDto
        {
            Id = framework.Id,
            Version = framework.Version,
            Name = JsonFormat.ToDto(framework.Name),
            Plan = new PlanDto { Start = framework.Plan.Start, End = framework.Plan.End },
            Calendar = framework.Calendar.Name,
            Deadline = TimeJson.ToDto(framework.Deadline),
            TrajectoryThresholds = TimeJson.ToDto(framework.TrajectoryThresholds),
            Rounding = RoundingDto(framework.Rounding),
            TotalPoints = framework.TotalPoints,
            Bands = framework.Bands.Select(b => new BandDto { Code = b.Code, Name = JsonFormat.ToDto(b.Name), Min = b.MinIndex }).ToList(),
            UnitRollUp = framework.DefaultUnitRollUp == UnitRollUpMethod.Pool ? null : RollUpName(framework.DefaultUnitRollUp),
            AdjustmentCaps = framework.MaxBonus == 0 && framework.MaxDeduction == 0 ? null : new AdjustmentCapsDto
            {
                MaxBonus = framework.MaxBonus == 0 ? null : framework.MaxBonus,
                MaxDeduction = framework.MaxDeduction == 0 ? null : framework.MaxDeduction,
            },
            MissingData = framework.MissingData.Method == MissingDataMethod.Zero ? null : MissingDataDto(framework.MissingData),
            SurveyOptional = framework.SurveyOptional ? true : null,
            Areas = framework.Areas.Select(a => JsonSerializer.SerializeToElement(
                new AreaDto
                {
                    Code = a.Code,
                    Name = JsonFormat.ToDto(a.Name),
                    NotApplicableTo = Kinds(a.NotApplicableTo),
                    Indicators = a.Indicators.Select(i => JsonSerializer.SerializeToElement(IndicatorDto(i), JsonFormat.Context.IndicatorDto)).ToList(),
                },
                JsonFormat.Context.AreaDto)).ToList(),
        };
        return JsonSerializer.Serialize(dto, JsonFormat.Context.FrameworkDto) + "\n";
    }

    internal static RoundingDto RoundingDto(RoundingPolicy rounding) => new()
    {
        Digits = rounding.Digits,
        Mode = rounding.Mode switch
        {
            RoundingMode.HalfToEven => "halfToEven",
            RoundingMode.Truncate => "truncate",
            _ => "halfAwayFromZero",
        },
        Level = rounding.Level switch
        {
            RoundingLevel.Area => "area",
            RoundingLevel.Index => "index",
            _ => "indicator",
        },
    };

    private static IndicatorDto IndicatorDto(Indicator indicator)
    {
        var target = indicator.Target;
        return new IndicatorDto
        {
            Code = indicator.Code,
            Name = JsonFormat.ToDto(indicator.Name),
            Measure = FileNames.Of(indicator.Measure),
            Unit = indicator.UnitOfMeasure,
            PeriodRollUp = indicator.PeriodRollUp is PeriodRollUpMethod rollUp ? FileNames.Of(rollUp) : null,
            Target = new TargetDto
            {
                Comparison = target.Comparison.Symbol(),
                Value = target.Value,
                Due = target.Due,
                Baseline = target.Baseline is null ? null : new BaselineDto { Period = target.Baseline.Period?.ToString(), Value = target.Baseline.Value },
                Change = target.Change == TargetChange.None ? null : ChangeName(target.Change),
                Milestones = TimeJson.ToDto(target.Milestones),
            },
            Rule = RuleElement(indicator.Rule),
            Points = indicator.MaxPoints,
            UnitRollUp = indicator.UnitRollUp is UnitRollUpMethod method ? RollUpName(method) : null,
            NotApplicableTo = Kinds(indicator.NotApplicableTo),
            MissingData = indicator.MissingData is MissingDataPolicy policy ? MissingDataDto(policy) : null,
            RequiredEvidence = Kinds(indicator.RequiredEvidence),
            SurveyOnly = indicator.IsSurveyOnly ? true : null,
        };
    }

    private static MissingDataDto MissingDataDto(MissingDataPolicy policy) => new()
    {
        Method = MissingDataName(policy.Method),
        Periods = policy.Method == MissingDataMethod.CarryForward ? policy.MaxPeriods : null,
    };

    /// <summary>The name of a missing-data method as written in files: <c>zero</c>, <c>notApplicable</c>, <c>carryForward</c>, <c>peerMean</c>.</summary>
    internal static string MissingDataName(MissingDataMethod method) => method switch
    {
        MissingDataMethod.NotApplicable => "notApplicable",
        MissingDataMethod.CarryForward => "carryForward",
        MissingDataMethod.PeerMean => "peerMean",
        _ => "zero",
    };

    /// <summary>Reads a <c>missingData</c> object; reports every problem at <paramref name="path"/>.</summary>
    internal static MissingDataPolicy? ReadMissingData(MissingDataDto? dto, string path, ProblemBag bag)
    {
        if (dto is null)
        {
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        switch (dto.Method)
        {
            case null:
                bag.Error(ProblemCodes.MissingField, path + ".method", "'method' is required: \"zero\", \"notApplicable\", \"carryForward\" or \"peerMean\".");
                return null;
            case "zero" or "notApplicable" or "peerMean":
                if (dto.Periods is not null)
                {
                    bag.Error(ProblemCodes.InvalidValue, path + ".periods", "'periods' belongs to \"carryForward\" only.");
                    return null;
                }

                return dto.Method switch
                {
                    "zero" => MissingDataPolicy.Zero,
                    "notApplicable" => MissingDataPolicy.NotApplicable,
                    _ => MissingDataPolicy.PeerMean,
                };
            case "carryForward":
                if (dto.Periods is not int periods)
                {
                    bag.Error(ProblemCodes.MissingField, path + ".periods", "'periods' is required with \"carryForward\": how many periods back a figure may come from (1 to " + Num.Format(MissingDataPolicy.MaxCarryForward) + ").");
                    return null;
                }

                if (periods < 1 || periods > MissingDataPolicy.MaxCarryForward)
                {
                    bag.Error(ProblemCodes.OutOfRange, path + ".periods", "'periods' is " + Num.Format(periods) + "; it must be 1 to " + Num.Format(MissingDataPolicy.MaxCarryForward) + ".");
                    return null;
                }

                return MissingDataPolicy.CarryForward(periods);
            default:
                bag.Error(ProblemCodes.InvalidValue, path + ".method", "'method' is \"zero\", \"notApplicable\", \"carryForward\" or \"peerMean\", not '" + dto.Method + "'.");
                return null;
        }
    }

    /// <summary>The name of a roll-up method as written in files: <c>pool</c>, <c>mean</c> or <c>own</c>.</summary>
    internal static string RollUpName(UnitRollUpMethod method) => method switch
    {
        UnitRollUpMethod.Mean => "mean",
        UnitRollUpMethod.Own => "own",
        _ => "pool",
    };

    private static List<string>? Kinds(IReadOnlyList<string> kinds) => kinds.Count == 0 ? null : kinds.ToList();

    private static List<string>? KindsOf(List<string>? kinds, string path, ProblemBag bag)
    {
        if (kinds is not null && kinds.Any(k => k is null))
        {
            bag.Error(ProblemCodes.InvalidValue, path, path.EndsWith(".requiredEvidence", StringComparison.Ordinal) ? "'requiredEvidence' is an array of evidence codes (strings)." : "'notApplicableTo' is an array of unit kinds (strings).");
            return kinds.Where(k => k is not null).ToList();
        }

        return kinds;
    }

    private static UnitRollUpMethod? ReadRollUp(string? text, string path, ProblemBag bag)
    {
        switch (text)
        {
            case null:
                return null;
            case "pool":
                return UnitRollUpMethod.Pool;
            case "mean":
                return UnitRollUpMethod.Mean;
            case "own":
                return UnitRollUpMethod.Own;
            default:
                bag.Error(ProblemCodes.InvalidValue, path, "'unitRollUp' is \"pool\", \"mean\" or \"own\".");
                return null;
        }
    }

    internal static JsonElement RuleElementOf(IScoringRule rule) => RuleElement(rule);

    private static JsonElement RuleElement(IScoringRule rule)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonFormat.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", rule.Kind);
            rule.WriteParameters(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static string ChangeName(TargetChange change) => change switch
    {
        TargetChange.RelativeReduction => "relativeReduction",
        TargetChange.AbsoluteReduction => "absoluteReduction",
        TargetChange.RelativeIncrease => "relativeIncrease",
        TargetChange.AbsoluteIncrease => "absoluteIncrease",
        _ => "none",
    };

    private static ValidationResult<Framework> Read(JsonDocument? document, RuleRegistry registry, ProblemBag bag)
    {
        if (document is null)
        {
            return new ValidationResult<Framework>(null, bag.Problems);
        }

        var dto = JsonFormat.Read(document.RootElement, JsonFormat.Context.FrameworkDto, "$", bag);
        if (dto is null)
        {
            return new ValidationResult<Framework>(null, bag.Problems);
        }

        JsonFormat.ReportExtra(dto, "$", bag);
        string? id = JsonFormat.Required(dto.Id, "$", "id", bag);
        string? version = JsonFormat.Required(dto.Version, "$", "version", bag);
        var name = JsonFormat.Text(dto.Name, "$.name", bag);
        var plan = Plan(dto.Plan, bag);
        var calendar = ReportingCalendar.Calendar;
        if (dto.Calendar is not null && !ReportingCalendar.TryFromName(dto.Calendar, out calendar))
        {
            bag.Error(ProblemCodes.InvalidValue, "$.calendar", "'calendar' must be \"calendar\", \"administrative\" or \"cutoff-N\" (N from 1 to 28).");
        }

        var deadline = TimeJson.ReadDeadline(dto.Deadline, bag);
        var thresholds = TimeJson.ReadThresholds(dto.TrajectoryThresholds, bag);
        var rounding = Rounding(dto.Rounding, bag);
        if (dto.TotalPoints is null)
        {
            bag.Error(ProblemCodes.MissingField, "$.totalPoints", "'totalPoints' is required (the declared sum of all points, usually 100).");
        }

        var bands = new List<ClassBand>();
        for (int b = 0; b < (dto.Bands?.Count ?? 0); b++)
        {
            var band = dto.Bands![b];
            string path = ProblemBag.Index("$.bands", b);
            JsonFormat.ReportExtra(band, path, bag);
            string? code = JsonFormat.Required(band.Code, path, "code", bag);
            var bandName = JsonFormat.Text(band.Name, path + ".name", bag);
            if (band.Min is null)
            {
                bag.Error(ProblemCodes.MissingField, path + ".min", "'min' is required (the lowest index of the band, inclusive).");
            }

            if (code is not null && bandName is not null && band.Min is decimal min)
            {
                bands.Add(new ClassBand(code, bandName, min));
            }
        }

        var defaultUnitRollUp = ReadRollUp(dto.UnitRollUp, "$.unitRollUp", bag);
        var missingData = ReadMissingData(dto.MissingData, "$.missingData", bag);
        JsonFormat.ReportExtra(dto.AdjustmentCaps, "$.adjustmentCaps", bag);
        var areas = new List<Area>();
        if (dto.Areas is null || dto.Areas.Count == 0)
        {
            bag.Error(ProblemCodes.MissingField, "$.areas", "A framework needs at least one area.");
        }

        for (int a = 0; a < (dto.Areas?.Count ?? 0); a++)
        {
            var area = ReadArea(dto.Areas![a], ProblemBag.Index("$.areas", a), calendar, registry, bag);
            if (area is not null)
            {
                areas.Add(area);
            }
        }

        if (bag.HasErrors)
        {
            return new ValidationResult<Framework>(null, bag.Problems);
        }

        var framework = new Framework(id!, version!, name!, plan!, calendar, rounding!, dto.TotalPoints!.Value, bands, areas, new FrameworkOptions
        {
            Deadline = deadline,
            TrajectoryThresholds = thresholds,
            DefaultUnitRollUp = defaultUnitRollUp ?? UnitRollUpMethod.Pool,
            MaxBonus = dto.AdjustmentCaps?.MaxBonus ?? 0,
            MaxDeduction = dto.AdjustmentCaps?.MaxDeduction ?? 0,
            MissingData = missingData,
            SurveyOptional = dto.SurveyOptional ?? false,
        });
        foreach (var problem in framework.Validate())
        {
            bag.Add(problem);
        }

        return new ValidationResult<Framework>(bag.HasErrors ? null : framework, bag.Problems);
    }

    private static DateInterval? Plan(PlanDto? plan, ProblemBag bag)
    {
        if (plan is null)
        {
            bag.Error(ProblemCodes.MissingField, "$.plan", "'plan' is required: { \"start\": \"2021-01-01\", \"end\": \"2025-12-31\" }.");
            return null;
        }

        JsonFormat.ReportExtra(plan, "$.plan", bag);
        if (plan.Start is not LocalDate start || plan.End is not LocalDate end)
        {
            bag.Error(ProblemCodes.MissingField, "$.plan", "The plan needs 'start' and 'end' dates.");
            return null;
        }

        if (end < start)
        {
            bag.Error(ProblemCodes.InvalidValue, "$.plan.end", "The plan ends before it starts.");
            return null;
        }

        return new DateInterval(start, end);
    }

    private static RoundingPolicy? Rounding(RoundingDto? dto, ProblemBag bag)
    {
        if (dto is null)
        {
            return RoundingPolicy.Default;
        }

        JsonFormat.ReportExtra(dto, "$.rounding", bag);
        int digits = dto.Digits ?? RoundingPolicy.Default.Digits;
        if (digits is < 0 or > 10)
        {
            bag.Error(ProblemCodes.OutOfRange, "$.rounding.digits", "'digits' lies between 0 and 10.");
            return null;
        }

        RoundingMode? mode = dto.Mode switch
        {
            null or "halfAwayFromZero" => RoundingMode.HalfAwayFromZero,
            "halfToEven" => RoundingMode.HalfToEven,
            "truncate" => RoundingMode.Truncate,
            _ => null,
        };
        RoundingLevel? level = dto.Level switch
        {
            null or "indicator" => RoundingLevel.Indicator,
            "area" => RoundingLevel.Area,
            "index" => RoundingLevel.Index,
            _ => null,
        };
        if (mode is null)
        {
            bag.Error(ProblemCodes.InvalidValue, "$.rounding.mode", "'mode' is \"halfAwayFromZero\", \"halfToEven\" or \"truncate\".");
        }

        if (level is null)
        {
            bag.Error(ProblemCodes.InvalidValue, "$.rounding.level", "'level' is \"indicator\", \"area\" or \"index\".");
        }

        return mode is null || level is null ? null : new RoundingPolicy(digits, mode.Value, level.Value);
    }

    private static Area? ReadArea(JsonElement element, string path, ReportingCalendar calendar, RuleRegistry registry, ProblemBag bag)
    {
        var dto = JsonFormat.Read(element, JsonFormat.Context.AreaDto, path, bag);
        if (dto is null)
        {
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        string? code = JsonFormat.Identifier(dto.Code, path, "code", bag);
        var name = JsonFormat.Text(dto.Name, path + ".name", bag);
        var indicators = new List<Indicator>();
        if (dto.Indicators is null || dto.Indicators.Count == 0)
        {
            bag.Error(ProblemCodes.MissingField, path + ".indicators", "An area needs at least one indicator.");
        }

        bool complete = true;
        for (int i = 0; i < (dto.Indicators?.Count ?? 0); i++)
        {
            var indicator = ReadIndicator(dto.Indicators![i], ProblemBag.Index(path + ".indicators", i), calendar, registry, bag);
            complete &= indicator is not null;
            if (indicator is not null)
            {
                indicators.Add(indicator);
            }
        }

        return code is null || name is null || !complete ? null : new Area(code, name, indicators, KindsOf(dto.NotApplicableTo, path + ".notApplicableTo", bag));
    }

    private static Indicator? ReadIndicator(JsonElement element, string path, ReportingCalendar calendar, RuleRegistry registry, ProblemBag bag)
    {
        var dto = JsonFormat.Read(element, JsonFormat.Context.IndicatorDto, path, bag);
        if (dto is null)
        {
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        string? code = JsonFormat.Identifier(dto.Code, path, "code", bag);
        var name = JsonFormat.Text(dto.Name, path + ".name", bag);
        MeasureKind measure = MeasureKind.Ratio;
        bool measureOk = JsonFormat.Required(dto.Measure, path, "measure", bag) is not null;
        if (measureOk && !FileNames.TryParse(dto.Measure, out measure))
        {
            bag.Error(ProblemCodes.InvalidValue, path + ".measure", "'measure' is \"ratio\", \"quantity\", \"duration\", \"percentage\" or \"yesNo\".");
            measureOk = false;
        }

        var target = ReadTarget(dto.Target, path + ".target", calendar, bag);
        if (dto.Points is null)
        {
            bag.Error(ProblemCodes.MissingField, path + ".points", "'points' is required (0 for a tracked-only indicator).");
        }

        var rule = ReadRule(dto.Rule, path + ".rule", registry, bag);
        bool periodRollUpOk = TimeJson.TryReadRollUp(dto.PeriodRollUp, path, bag, out var periodRollUp);
        var unitRollUp = ReadRollUp(dto.UnitRollUp, path + ".unitRollUp", bag);
        var notApplicableTo = KindsOf(dto.NotApplicableTo, path + ".notApplicableTo", bag);
        var missingData = ReadMissingData(dto.MissingData, path + ".missingData", bag);
        var requiredEvidence = KindsOf(dto.RequiredEvidence, path + ".requiredEvidence", bag);
        return code is null || name is null || !measureOk || target is null || rule is null || dto.Points is null || !periodRollUpOk
            ? null
            : new Indicator(code, name, measure, dto.Unit ?? string.Empty, target, rule, dto.Points.Value, new IndicatorOptions { PeriodRollUp = periodRollUp, UnitRollUp = unitRollUp, NotApplicableTo = notApplicableTo, MissingData = missingData, RequiredEvidence = requiredEvidence, SurveyOnly = dto.SurveyOnly ?? false });
    }

    private static Target? ReadTarget(TargetDto? dto, string path, ReportingCalendar calendar, ProblemBag bag)
    {
        if (dto is null)
        {
            bag.Error(ProblemCodes.MissingField, path, "'target' is required.");
            return null;
        }

        JsonFormat.ReportExtra(dto, path, bag);
        bool ok = true;
        Comparison comparison = Comparison.AtLeast;
        if (JsonFormat.Required(dto.Comparison, path, "comparison", bag) is null)
        {
            ok = false;
        }
        else if (!ComparisonExtensions.TryParse(dto.Comparison, out comparison))
        {
            bag.Error(ProblemCodes.InvalidValue, path + ".comparison", "'comparison' is \">=\", \">\", \"<=\", \"<\" or \"=\".");
            ok = false;
        }

        if (dto.Value is null)
        {
            bag.Error(ProblemCodes.MissingField, path + ".value", "'value' is required.");
            ok = false;
        }

        TargetChange change = dto.Change switch
        {
            null or "none" => TargetChange.None,
            "relativeReduction" => TargetChange.RelativeReduction,
            "absoluteReduction" => TargetChange.AbsoluteReduction,
            "relativeIncrease" => TargetChange.RelativeIncrease,
            "absoluteIncrease" => TargetChange.AbsoluteIncrease,
            _ => (TargetChange)(-1),
        };
        if (change < 0)
        {
            bag.Error(ProblemCodes.InvalidValue, path + ".change", "'change' is \"relativeReduction\", \"absoluteReduction\", \"relativeIncrease\" or \"absoluteIncrease\".");
            ok = false;
        }

        Baseline? baseline = null;
        if (dto.Baseline is BaselineDto b)
        {
            JsonFormat.ReportExtra(b, path + ".baseline", bag);
            if ((b.Period is null) == (b.Value is null))
            {
                bag.Error(ProblemCodes.InvalidTarget, path + ".baseline", "A baseline gives either 'period' or 'value'.");
                ok = false;
            }
            else if (b.Period is not null)
            {
                if (ReportingPeriod.TryParse(b.Period, calendar, out var period))
                {
                    baseline = Baseline.FromPeriod(period);
                }
                else
                {
                    bag.Error(ProblemCodes.InvalidPeriod, path + ".baseline.period", "'" + b.Period + "' is not a period: write 2021, 2021-H1, 2021-Q3, 2021-07 or 2021-01-01..2021-03-31, in the years 0002 to 9998.");
                    ok = false;
                }
            }
            else
            {
                baseline = Baseline.FromValue(b.Value!.Value);
            }
        }

        if (ok && (baseline is null) != (change == TargetChange.None))
        {
            bag.Error(ProblemCodes.InvalidTarget, path, baseline is null ? "A 'change' needs a 'baseline'." : "A 'baseline' needs a 'change' saying how the target is formed from it.");
            ok = false;
        }

        ok &= TimeJson.TryReadMilestones(dto.Milestones, path, bag, out var milestones);
        return ok ? new Target(comparison, dto.Value!.Value, dto.Due, baseline, change, milestones) : null;
    }

    private static IScoringRule? ReadRule(JsonElement? element, string path, RuleRegistry registry, ProblemBag bag)
    {
        if (element is not JsonElement rule || rule.ValueKind != JsonValueKind.Object)
        {
            bag.Error(element is null ? ProblemCodes.MissingField : ProblemCodes.InvalidValue, path, "'rule' is required: an object { \"kind\": …, parameters… }.");
            return null;
        }

        if (!rule.TryGetProperty("kind", out var kindElement) || kindElement.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(kindElement.GetString()))
        {
            bag.Error(ProblemCodes.MissingField, path + ".kind", "The rule needs a 'kind': one of " + string.Join(", ", registry.Kinds) + ".");
            return null;
        }

        string kind = kindElement.GetString()!;
        var factory = registry.Find(kind);
        if (factory is null)
        {
            bag.Error(ProblemCodes.UnknownRule, path + ".kind", "Unknown rule kind '" + kind + "'; the known kinds are " + string.Join(", ", registry.Kinds) + ".");
            return null;
        }

        var parameters = new RuleParameters(rule, path, bag);
        var created = factory.Create(parameters);
        parameters.ReportUnread();
        if (created is null && !parameters.HasErrors)
        {
            bag.Error(ProblemCodes.InvalidRuleParameter, path, "The rule '" + kind + "' could not be created from its parameters.");
        }

        return parameters.HasErrors ? null : created;
    }
}
