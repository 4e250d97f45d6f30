using SkiaSharp;

namespace Symbolic.Repl.Tests.Plots;

/// <summary>How much of an image is drawn on: the share of pixels that are not near-white.</summary>
internal static class PixelCheck
{
    public static double InkFraction(SKBitmap image)
    {
        var inked = 0;
        for (var y = 0; y < image.Height; y += 2)
            for (var x = 0; x < image.Width; x += 2)
            {
                var c = image.GetPixel(x, y);
                if (c.Red < 200 || c.Green < 200 || c.Blue < 200) inked++;
            }
        return inked / (double)((image.Height + 1) / 2 * ((image.Width + 1) / 2));
    }

    /// <summary>The number of clearly different colours (3 bits a channel): curves and contours in colour, not just a frame.</summary>
    public static int Colours(SKBitmap image)
    {
        var seen = new HashSet<uint>();
        for (var y = 0; y < image.Height; y += 3)
            for (var x = 0; x < image.Width; x += 3)
            {
                var c = image.GetPixel(x, y);
                seen.Add((uint)(c.Red >> 5) << 6 | (uint)(c.Green >> 5) << 3 | (uint)(c.Blue >> 5));
            }
        return seen.Count;
    }
}
