using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;

namespace Cchc.Scoring.Reports.Tests;

/// <summary>
/// Just enough of a PNG decoder to look at a screenshot: checks the signature and chunk CRCs' framing, inflates the
/// IDAT stream and undoes the scanline filters of 8-bit, non-interlaced greyscale, RGB and RGBA images.
/// </summary>
internal sealed class Png
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private Png(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        Channels = channels;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public int Channels { get; }

    /// <summary>The unfiltered pixel bytes, row by row.</summary>
    public byte[] Pixels { get; }

    public static Png Decode(byte[] file)
    {
        if (file.Length < Signature.Length || !file.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file (bad signature)");
        }

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        int at = Signature.Length;
        bool end = false;
        while (!end)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    int depth = data[8], colour = data[9], interlace = data[12];
                    if (depth != 8 || interlace != 0)
                    {
                        throw new InvalidDataException("only 8-bit, non-interlaced images are read here");
                    }

                    channels = colour switch
                    {
                        0 => 1,
                        2 => 3,
                        4 => 2,
                        6 => 4,
                        _ => throw new InvalidDataException("colour type " + colour + " is not read here"),
                    };
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    end = true;
                    break;
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        byte[] raw = inflated.ToArray();
        int stride = width * channels;
        if (raw.Length != (stride + 1) * height)
        {
            throw new InvalidDataException("the image data has " + raw.Length + " bytes, expected " + ((stride + 1) * height));
        }

        var pixels = new byte[stride * height];
        for (int y = 0; y < height; y++)
        {
            int filter = raw[y * (stride + 1)];
            for (int x = 0; x < stride; x++)
            {
                int value = raw[(y * (stride + 1)) + 1 + x];
                int a = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                int b = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int c = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                int predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException("unknown filter " + filter),
                };
                pixels[(y * stride) + x] = unchecked((byte)(value + predictor));
            }
        }

        return new Png(width, height, channels, pixels);
    }

    /// <summary>How many pixels have each colour (RGB; alpha ignored).</summary>
    public Dictionary<int, int> Colours()
    {
        var counts = new Dictionary<int, int>();
        for (int i = 0; i < Pixels.Length; i += Channels)
        {
            int colour = Channels >= 3 ? (Pixels[i] << 16) | (Pixels[i + 1] << 8) | Pixels[i + 2] : Pixels[i];
            counts[colour] = counts.GetValueOrDefault(colour) + 1;
        }

        return counts;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
