using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using Cchc.Scoring;

namespace Cchc.Scoring.Cli;

/// <summary>
/// Writes every file the command line writes, atomically: the content goes to a temporary file in the same folder,
/// is flushed to disk, then replaces the target in one move. A write that fails (disk full, no permission) leaves the
/// old file as it was and no partial file. A device (<c>/dev/null</c>, <c>/dev/stdout</c>) is written directly, as it
/// cannot be replaced.
/// </summary>
internal static class OutputFile
{
    /// <summary>The problem code of an output file that cannot be written, or that names one of the inputs.</summary>
    public const string UnwritableFile = "unwritable-file";

    /// <summary>Writes <paramref name="path"/> with what <paramref name="write"/> puts in the stream.</summary>
    /// <param name="path">The file to write (replaced if it exists).</param>
    /// <param name="write">Writes the content; the stream is closed after it.</param>
    /// <returns>Null on success, else the problem (code <see cref="UnwritableFile"/>) saying why.</returns>
    public static Problem? Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        string? temporary = null;
        try
        {
            if (Directory.Exists(path))
            {
                return Unwritable(path, "This is a directory, not a file.");
            }

            string target = Resolve(path);
            if (IsDevice(path, target))
            {
                using var direct = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                write(direct);
                direct.Flush();
                return null;
            }

            string folder = System.IO.Path.GetDirectoryName(target) ?? ".";
            temporary = System.IO.Path.Combine(folder, "." + System.IO.Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
            temporary = null;
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return Unwritable(path, "The file cannot be written: the folder " + (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".") + " does not exist.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            // The message names the temporary file when that is what failed: name the file asked for instead.
            string message = temporary is null ? ex.Message : ex.Message.Replace(temporary, path, StringComparison.Ordinal);
            return Unwritable(path, "The file cannot be written: " + message);
        }
        finally
        {
            if (temporary is not null)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Nothing more can be done; the write itself has been reported.
                }
            }
        }
    }

    /// <summary>
    /// Refuses an output that is one of the inputs of the same call (compared as full paths, symbolic links followed):
    /// writing it would destroy the input.
    /// </summary>
    /// <returns>Null when <paramref name="output"/> is not an input, else the problem.</returns>
    public static Problem? CheckNotInput(string output, IEnumerable<string> inputs)
    {
        string target = Key(output);
        var clash = inputs.FirstOrDefault(input => string.Equals(Key(input), target, PathComparison));
        return clash is null
            ? null
            : Unwritable(output, "This is also an input of the command (" + clash + "); writing it would destroy the input: choose another output file.");
    }

    /// <summary>A problem for an output file.</summary>
    public static Problem Unwritable(string path, string message) => new(UnwritableFile, message, source: path);

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static string Key(string path)
    {
        try
        {
            return Resolve(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            return path;
        }
    }

    /// <summary>The full path with symbolic links followed (of the file and, for a file that does not exist yet, of its folder).</summary>
    private static string Resolve(string path)
    {
        string full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full) || Directory.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            var final = File.ResolveLinkTarget(full, returnFinalTarget: true);
            if (final is not null)
            {
                full = final.FullName;
            }
        }

        string? folder = System.IO.Path.GetDirectoryName(full);
        if (folder is not null && Directory.Exists(folder))
        {
            var resolvedFolder = Directory.ResolveLinkTarget(folder, returnFinalTarget: true);
            if (resolvedFolder is not null)
            {
                full = System.IO.Path.Combine(resolvedFolder.FullName, System.IO.Path.GetFileName(full));
            }
        }

        return full;
    }

    /// <summary>Devices (and <c>/dev/stdout</c>, <c>/dev/fd/N</c>, <c>/proc/…</c>) cannot be replaced by a move: they are written in place.</summary>
    private static bool IsDevice(string path, string target)
    {
        foreach (string candidate in new[] { System.IO.Path.GetFullPath(path), target })
        {
            if (candidate.StartsWith("/dev/", StringComparison.Ordinal) || candidate.StartsWith("/proc/", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
