using System;
using System.Collections.Generic;
using System.Text;

namespace Cchc.Scoring.Fuzz;

/// <summary>
/// A small deterministic mutational fuzzer: from a seeded generator, it flips, deletes, inserts, duplicates and
/// splices bytes of corpus inputs, and inserts tokens that matter to the formats (brackets, quotes, numbers at the
/// edges of decimal, dates, periods, field names). The same seed gives the same inputs on every machine.
/// </summary>
public sealed class Mutator
{
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", "\"", ",", ":", "null", "true", "false", "-", "0", "-0", "1e308", "-1e309", "79228162514264337593543950336",
        "0.0000000000000000000000000001", "1E-400", "NaN", "\"\\u0000\"", "\"\\ud800\"", "\u00e9", "\ufeff", "\n", "\r\n", "//", "/*", "*/", "\"$x\":",
        "\"2025\"", "\"2025-Q5\"", "\"2025-H0\"", "\"9999-12\"", "\"0001-01-01..9999-12-31\"", "2025-02-29", "\"2026-01-10T02:00:00Z\"", "\"-9999-01-01T00:00:00Z\"",
        "\"units\":", "\"submissions\":", "\"adjustments\":", "\"areas\":", "\"indicators\":", "\"rule\":", "\"kind\":", "\"points\":", "\"target\":", "\"baseline\":",
        "\"change\":", "\"add\":", "\"retire\":", "\"base\":", "\"bands\":", "\"milestones\":", "\"deadline\":", "\"steps\":", "\"pieces\":",
        "2147483648", "-2147483649", "9223372036854775808", "1000000000000000", ",,", "\"\"", "\",\"", "\"\n\"",
    ];

    private readonly Random _random;

    /// <summary>Creates a mutator.</summary>
    /// <param name="seed">The seed: the same seed, the same sequence of inputs.</param>
    public Mutator(int seed) => _random = new Random(seed);

    /// <summary>A mutation of <paramref name="input"/>, sometimes spliced with <paramref name="other"/>.</summary>
    /// <param name="input">The input to mutate.</param>
    /// <param name="other">Another corpus input, for splicing.</param>
    /// <returns>The new input.</returns>
    public byte[] Mutate(byte[] input, byte[] other)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(other);
        var bytes = new List<byte>(input);
        int rounds = 1 + _random.Next(4);
        for (int r = 0; r < rounds; r++)
        {
            int at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
            switch (_random.Next(8))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + _random.Next(16)));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]));
                    break;
                case 3 when bytes.Count > 0:
                    int length = Math.Min(bytes.Count - at, 1 + _random.Next(64));
                    bytes.InsertRange(_random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4 when other.Length > 0:
                    int from = _random.Next(other.Length);
                    int take = Math.Min(other.Length - from, 1 + _random.Next(128));
                    bytes.InsertRange(at, new ArraySegment<byte>(other, from, take));
                    break;
                case 5 when bytes.Count > 0:
                    bytes[at] = (byte)_random.Next(256);
                    break;
                case 6 when bytes.Count > 0:
                    // Replace a digit run's digit: numbers are where the arithmetic is.
                    bytes[at] = (byte)('0' + _random.Next(10));
                    break;
                default:
                    if (bytes.Count > 0)
                    {
                        bytes.RemoveRange(at, bytes.Count - at);
                    }

                    break;
            }
        }

        return bytes.ToArray();
    }
}
