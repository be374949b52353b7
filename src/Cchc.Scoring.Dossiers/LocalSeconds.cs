using System;
using System.Globalization;
using NodaTime;

namespace Cchc.Scoring.Dossiers;

/// <summary>Local civil times as whole seconds since 0001-01-01T00:00, parsed and formatted without culture.</summary>
internal static class LocalSeconds
{
    /// <summary>The marker of "no time".</summary>
    public const long None = long.MinValue;

    private const long SecondsPerDay = 86_400;

    /// <summary>Seconds of a NodaTime local date-time (sub-second parts dropped); -1 before year 1 (a time no period holds).</summary>
    public static long From(LocalDateTime value) => value.Year < 1 ? -1 : value.ToDateTimeUnspecified().Ticks / TimeSpan.TicksPerSecond;

    /// <summary>Seconds of the start of a date.</summary>
    public static long From(LocalDate date) => DaysFromCivil(date.Year, date.Month, date.Day) * SecondsPerDay;

    /// <summary>The local date-time of some seconds.</summary>
    public static LocalDateTime ToLocalDateTime(long seconds) =>
        LocalDateTime.FromDateTime(new DateTime(seconds * TimeSpan.TicksPerSecond, DateTimeKind.Unspecified));

    /// <summary>The date of some seconds.</summary>
    public static LocalDate ToDate(long seconds) => ToLocalDateTime(seconds).Date;

    /// <summary>
    /// Parses <c>yyyy-MM-dd</c>, <c>yyyy-MM-ddTHH:mm</c> or <c>yyyy-MM-ddTHH:mm:ss</c> (a space may stand for the T;
    /// a fraction of a second after the seconds is accepted and dropped).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, out long seconds) => TryParse(s, DossierTimeFormat.Iso, out seconds);

    /// <summary>
    /// Parses a time in a declared format: ISO 8601 (as above) always; with <see cref="DossierTimeFormat.DayMonthYear"/>
    /// also <c>d/M/yyyy</c>, <c>d/M/yyyy H:mm</c> or <c>d/M/yyyy H:mm:ss</c> (day and month of one or two digits, a
    /// four-digit year, hours of one or two digits).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, DossierTimeFormat format, out long seconds)
    {
        if (format == DossierTimeFormat.DayMonthYear && s.IndexOf('/') >= 0)
        {
            return TryParseDayMonthYear(s, out seconds);
        }

        return TryParseIso(s, out seconds);
    }

    /// <summary>True when a text has the shape of a day/month/year date (<c>03/04/2025</c>), whatever the format declared.</summary>
    public static bool LooksDayMonthYear(ReadOnlySpan<char> s) => TryParseDayMonthYear(s, out _);

    private static bool TryParseDayMonthYear(ReadOnlySpan<char> s, out long seconds)
    {
        seconds = 0;
        int i = 0;
        if (!Number(s, ref i, 1, 2, out int day) || !Expect(s, ref i, '/')
            || !Number(s, ref i, 1, 2, out int month) || !Expect(s, ref i, '/')
            || !Number(s, ref i, 4, 4, out int year)
            || year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        if (i < s.Length)
        {
            if (s[i] != ' ')
            {
                return false;
            }

            i++;
            if (!Number(s, ref i, 1, 2, out hour) || !Expect(s, ref i, ':') || !Number(s, ref i, 2, 2, out minute) || hour > 23 || minute > 59)
            {
                return false;
            }

            if (i < s.Length && (!Expect(s, ref i, ':') || !Number(s, ref i, 2, 2, out second) || second > 59 || i != s.Length))
            {
                return false;
            }
        }

        seconds = (DaysFromCivil(year, month, day) * SecondsPerDay) + (hour * 3600L) + (minute * 60L) + second;
        return true;
    }

    private static bool Number(ReadOnlySpan<char> s, ref int i, int min, int max, out int value)
    {
        value = 0;
        int start = i;
        while (i < s.Length && i - start < max && s[i] >= '0' && s[i] <= '9')
        {
            value = (value * 10) + (s[i] - '0');
            i++;
        }

        return i - start >= min && (i == s.Length || s[i] < '0' || s[i] > '9');
    }

    private static bool Expect(ReadOnlySpan<char> s, ref int i, char c)
    {
        if (i < s.Length && s[i] == c)
        {
            i++;
            return true;
        }

        return false;
    }

    private static bool TryParseIso(ReadOnlySpan<char> s, out long seconds)
    {
        seconds = 0;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-')
        {
            return false;
        }

        if (!Digits(s, 0, 4, out int year) || !Digits(s, 5, 2, out int month) || !Digits(s, 8, 2, out int day)
            || year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        if (s.Length > 10)
        {
            if ((s[10] != 'T' && s[10] != ' ') || s.Length < 16 || s[13] != ':'
                || !Digits(s, 11, 2, out hour) || !Digits(s, 14, 2, out minute) || hour > 23 || minute > 59)
            {
                return false;
            }

            if (s.Length > 16)
            {
                if (s.Length < 19 || s[16] != ':' || !Digits(s, 17, 2, out second) || second > 59)
                {
                    return false;
                }

                if (s.Length > 19)
                {
                    if (s[19] != '.' || s.Length == 20 || !AllDigits(s[20..]))
                    {
                        return false;
                    }
                }
            }
        }

        seconds = (DaysFromCivil(year, month, day) * SecondsPerDay) + (hour * 3600L) + (minute * 60L) + second;
        return true;
    }

    /// <summary>Writes <c>yyyy-MM-ddTHH:mm:ss</c> into a buffer of at least 19 characters; returns the length.</summary>
    public static int Format(long seconds, Span<char> destination)
    {
        var dt = new DateTime(seconds * TimeSpan.TicksPerSecond, DateTimeKind.Unspecified);
        dt.TryFormat(destination, out int written, "yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>Days since 0001-01-01 of a proleptic Gregorian date.</summary>
    public static long DaysFromCivil(int year, int month, int day)
    {
        // Howard Hinnant's days_from_civil, shifted from 1970-01-01 to 0001-01-01 (719162 days apart).
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400;
        int yoe = y - (era * 400);
        int mp = (month + 9) % 12;
        int doy = (((153 * mp) + 2) / 5) + day - 1;
        int doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return ((long)era * 146097) + doe - 719468 + 719162;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            int d = s[i] - '0';
            // Not (uint)d > 9: the project checks arithmetic, and a character below '0' makes that cast throw.
            if (d < 0 || d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }
}
