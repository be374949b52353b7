using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Cchc.Scoring.Dossiers.Samples;

/// <summary>
/// Makes realistic synthetic dossiers for tests, samples and benchmarks: the same seed always gives the same
/// dossiers (a fixed SplitMix64 sequence, independent of the platform's random generator). Every figure is invented.
/// </summary>
public static class DossierGenerator
{
    /// <summary>The units used when none are given: the illustrative units of the built-in sample.</summary>
    public static IReadOnlyList<string> DefaultUnits { get; } = ["BQLDA", "KHTC", "QLKCHT", "QLVT", "SO", "TTDK", "TTRA", "TTSH", "VP"];

    private static readonly int[] AllowedDays = [1, 3, 5, 7, 10, 15, 20];

    /// <summary>Generates dossiers received during one year.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="count">How many dossiers.</param>
    /// <param name="year">The year of reception (some dossiers end in the next year, some are still in progress).</param>
    /// <param name="units">The units, or null for <see cref="DefaultUnits"/>.</param>
    /// <returns>The dossiers, lazily.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or <paramref name="year"/> is not between 2000 and 2100.</exception>
    /// <exception cref="ArgumentException"><paramref name="units"/> is empty.</exception>
    public static IEnumerable<Dossier> Generate(int seed, long count, int year = 2025, IReadOnlyList<string>? units = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        units ??= DefaultUnits;
        if (units.Count == 0)
        {
            throw new ArgumentException("At least one unit is needed.", nameof(units));
        }

        return Iterate(seed, count, year, units.ToArray());
    }

    private static IEnumerable<Dossier> Iterate(int seed, long count, int year, string[] units)
    {
        var rng = new SplitMix64(unchecked((ulong)(uint)seed));
        var start = new LocalDateTime(year, 1, 1, 0, 0);
        int days = DateTime.IsLeapYear(year) ? 366 : 365;
        var procedures = Enumerable.Range(1, 120).Select(i => "TTHC-" + i.ToString("000", CultureInfo.InvariantCulture)).ToArray();
        for (long n = 0; n < count; n++)
        {
            // Units of unequal size: a squared uniform favours the first units.
            string unit = units[(int)(rng.Unit() * rng.Unit() * units.Length)];
            string procedure = procedures[rng.Below(procedures.Length)];
            var received = start.PlusDays(rng.Below(days)).PlusMinutes(450 + rng.Below(570));
            int allowed = AllowedDays[rng.Below(AllowedDays.Length)];
            var due = received.Date.PlusDays(allowed).At(new LocalTime(17, 0));

            double channelDraw = rng.Unit();
            var channel = channelDraw < 0.55 ? Channel.Online : channelDraw < 0.95 ? Channel.InPerson : Channel.Post;
            double levelDraw = rng.Unit();
            var level = levelDraw < 0.5 ? OnlineServiceLevel.Full : levelDraw < 0.85 ? OnlineServiceLevel.Partial : OnlineServiceLevel.None;

            double supplementDraw = rng.Unit();
            int supplements = supplementDraw < 0.85 ? 0 : supplementDraw < 0.97 ? 1 : 2;
            int supplementWait = supplements == 0 ? 0 : 60 + rng.Below(supplements * 4320);

            // Processing takes a share of the allowed time; about one in ten overruns it.
            double share = Math.Pow(rng.Unit(), 0.7) * 1.12;
            long minutes = (long)(share * allowed * 1440) + supplementWait + 5;
            LocalDateTime? ended = received.PlusMinutes(minutes);
            double statusDraw = rng.Unit();
            var status = statusDraw < 0.80 ? EndStatus.Finished : statusDraw < 0.88 ? EndStatus.Returned
                : statusDraw < 0.91 ? EndStatus.Stopped : statusDraw < 0.93 ? EndStatus.Withdrawn : EndStatus.InProgress;
            if (status == EndStatus.InProgress)
            {
                ended = null;
            }

            bool electronic = status is EndStatus.Finished or EndStatus.Returned && rng.Unit() < (channel == Channel.Online ? 0.85 : 0.3);
            bool digitised = rng.Unit() < 0.75;
            bool? paidOnline = rng.Unit() < 0.6 ? rng.Unit() < (channel == Channel.Online ? 0.7 : 0.15) : null;
            double feedbackDraw = rng.Unit();
            var feedback = feedbackDraw < 0.7 ? Feedback.None : feedbackDraw < 0.97 ? Feedback.Satisfied : feedbackDraw < 0.99 ? Feedback.Neutral : Feedback.Dissatisfied;
            int? waiting = channel == Channel.InPerson ? (int)Math.Min(240, -Math.Log(1 - rng.Unit()) * 12) : null;
            bool secret = rng.Unit() < 0.002;

            yield return new Dossier(
                "HS-" + year.ToString(CultureInfo.InvariantCulture) + "-" + n.ToString("D8", CultureInfo.InvariantCulture),
                procedure,
                unit,
                received,
                due,
                ended,
                status,
                channel,
                level,
                electronic,
                digitised,
                paidOnline,
                supplements,
                supplementWait,
                feedback,
                waiting,
                secret);
        }
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood), a small generator whose sequence is fixed by its seed.</summary>
    private sealed class SplitMix64(ulong state)
    {
        private ulong _state = state;

        public ulong Next()
        {
            unchecked
            {
                ulong z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }

        public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

        public int Below(int n) => (int)((Next() >> 33) % (ulong)n);
    }
}
