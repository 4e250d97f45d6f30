using SkiaSharp;
using Svg.Skia;

namespace Symbolic.Repl.Plots;

/// <summary>Writes a plot as SVG, or as PNG (rendered by Svg.Skia) when the file name ends in <c>.png</c>.</summary>
internal static class PlotFile
{
    /// <summary>The pixel scale of PNG output: 1.5 × the SVG's 900 × 520 points, sharp on most screens.</summary>
    private const float PngScale = 1.5f;

    /// <summary>True when <paramref name="path"/> asks for a PNG.</summary>
    public static bool IsPng(string path) => path.EndsWith(".png", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Writes <paramref name="canvas"/> to <paramref name="path"/> in the format its extension names; returns a warning
    /// when a PNG had to be written without its text because no font file was found.
    /// </summary>
    public static string? Write(SvgCanvas canvas, string path)
    {
        var svg = canvas.ToBytes();
        if (!IsPng(path))
        {
            File.WriteAllBytes(path, svg);
            return null;
        }
        using var document = new SKSvg();
        document.Settings.TypefaceProviders = [new PlotFonts()];
        using var input = new MemoryStream(svg);
        if (document.Load(input) is null) throw ReplErrors.PngFailed();
        using var output = File.Create(path);
        if (!document.Save(output, SKColors.White, SKEncodedImageFormat.Png, 100, PngScale, PngScale))
            throw ReplErrors.PngFailed();
        return PlotFonts.Available ? null : "no font file was found (e.g. apt-get install fonts-dejavu-core), so the PNG has no text; the SVG would";
    }
}
