using System;
using System.Globalization;
using System.IO;

namespace Cchc.Scoring.Forms;

/// <summary>
/// Fill-in forms: an Excel workbook (.xlsx) per unit and period for the unit to enter its figures in, and the reader
/// that turns a filled form back into submissions.
/// </summary>
/// <remarks>
/// A form has a header block (framework and version, unit, period, deadline, the instant the figures were recorded),
/// one row per indicator the unit reports (area, code, name, unit of measure, target, what to enter, the previous
/// value), cells for the figures, a note and an evidence reference. Every other cell is protected; the input cells
/// carry data validation. A hidden sheet records what the form is for, with a check, and every row carries a hidden
/// key tying it to its indicator: sorting, moving or inserting rows and columns cannot tie a figure to the wrong
/// indicator. The same inputs give the same bytes. See docs/collecting.md.
/// </remarks>
public static class SubmissionForm
{
    /// <summary>Writes the form of one unit for one period.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="period">The period to report on.</param>
    /// <param name="unit">The unit: the form lists the indicators that apply to its kind.</param>
    /// <param name="options">Language, previous values, figures to fill in; null for an empty Vietnamese form.</param>
    /// <returns>The .xlsx file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> or <paramref name="unit"/> is null.</exception>
    public static byte[] Render(Framework framework, ReportingPeriod period, Unit unit, FormOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(unit);
        return FormWriter.Write(framework, period, unit, options ?? new FormOptions());
    }

    /// <summary>Writes the form of one unit for one period to a stream.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="period">The period to report on.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="options">Language, previous values, figures to fill in; null for an empty Vietnamese form.</param>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/>, <paramref name="unit"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(Framework framework, ReportingPeriod period, Unit unit, Stream output, FormOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        byte[] bytes = Render(framework, period, unit, options);
        output.Write(bytes, 0, bytes.Length);
    }

    /// <summary>
    /// Reads a filled form. Never throws for bad data: a broken, encrypted or foreign workbook, a form for another
    /// framework or period, a cell that does not read, each gives a problem located at the workbook's sheet and cell
    /// (<see cref="Problem.Path"/> <c>2025-Q1!J12</c>); the set is null when there is an error. Typed numbers,
    /// formulas (their stored results), numbers typed as text and rows or columns moved read the same.
    /// </summary>
    /// <param name="workbook">The .xlsx file's bytes.</param>
    /// <param name="framework">The framework the form was written for.</param>
    /// <param name="source">The file name, for the problems; null when not known.</param>
    /// <param name="options">Limits, the period expected, the local offset; null for the defaults.</param>
    /// <returns>The submissions (with the unit declared), or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> or <paramref name="framework"/> is null.</exception>
    public static ValidationResult<SubmissionSet> Read(byte[] workbook, Framework framework, string? source = null, FormReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(framework);
        return FormReader.Read(workbook, framework, source, options ?? FormReadOptions.Default);
    }

    /// <summary>Reads a filled form from a stream, within <see cref="Serialization.ReadLimits.MaxDocumentBytes"/>; see <see cref="Read(byte[], Framework, string?, FormReadOptions?)"/>.</summary>
    /// <param name="workbook">The stream.</param>
    /// <param name="framework">The framework the form was written for.</param>
    /// <param name="source">The file name, for the problems; null when not known.</param>
    /// <param name="options">Limits, the period expected, the local offset; null for the defaults.</param>
    /// <returns>The submissions, or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> or <paramref name="framework"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<SubmissionSet> ReadStream(Stream workbook, Framework framework, string? source = null, FormReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(framework);
        options ??= FormReadOptions.Default;
        byte[]? bytes = ReadBounded(workbook, options.Limits.MaxDocumentBytes);
        return bytes is null
            ? new ValidationResult<SubmissionSet>(null, [new Problem(ProblemCodes.LimitExceeded, "The input goes on beyond " + options.Limits.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture) + " bytes (ReadLimits.MaxDocumentBytes).", null, source)])
            : Read(bytes, framework, source, options);
    }

    /// <summary>True when the bytes start like an .xlsx package or a compound document (an encrypted workbook, an .xls): what <see cref="Read(byte[], Framework, string?, FormReadOptions?)"/> reads or explains.</summary>
    /// <param name="bytes">The first bytes of a file (8 are enough).</param>
    /// <returns>True for a workbook.</returns>
    public static bool LooksLikeWorkbook(ReadOnlySpan<byte> bytes) =>
        FormReader.NotAPackage(bytes) is null || bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>Reads a stream whole, or null when it goes on beyond <paramref name="max"/> bytes.</summary>
    internal static byte[]? ReadBounded(Stream stream, long max)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
