using System;
using System.IO;
using System.IO.Compression;

namespace Cchc.Scoring.Office;

/// <summary>
/// Deterministic Office packages: one source file compiled into the Reports and Forms packages (which must not depend
/// on each other), so that the workbook, the Word report and the forms are rewritten by the same code.
/// </summary>
internal static class OfficePackage
{
    /// <summary>The time stamp of every entry: the zip format's earliest, 1980-01-01.</summary>
    public static readonly DateTimeOffset ZipTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Rewrites an Office package with the same entries in the same order and a fixed time stamp, so that the bytes
    /// depend only on the content.
    /// </summary>
    /// <param name="package">The package as the OpenXml SDK wrote it.</param>
    /// <returns>The rewritten package.</returns>
    public static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = ZipTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
