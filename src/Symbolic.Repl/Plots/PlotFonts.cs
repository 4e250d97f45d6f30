using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace Symbolic.Repl.Plots;

/// <summary>
/// The typeface PNG text is drawn with. The Skia build we ship has no fontconfig (so it needs no system libraries),
/// which means it cannot ask the system for "sans-serif"; this finds a sans-serif font file itself, DejaVu Sans or
/// Liberation Sans first (Debian's fonts-dejavu-core, fonts-liberation), and serves it for every family the SVG names.
/// </summary>
internal sealed class PlotFonts : ITypefaceProvider
{
    private static readonly string[] Preferred = ["DejaVuSans.ttf", "LiberationSans-Regular.ttf", "Arial.ttf", "Helvetica.ttc"];
    private static readonly Lazy<SKTypeface?> Sans = new(Find);

    /// <summary>True when some font was found, so PNG files carry their text.</summary>
    public static bool Available => Sans.Value is not null;

    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle) => Sans.Value;

    private static SKTypeface? Find()
    {
        var folders = new[]
        {
            "/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "/System/Library/Fonts",
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
            Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
        }.Where(f => f.Length > 0 && Directory.Exists(f)).ToArray();
        var files = folders.SelectMany(AllFiles).ToArray();
        var chosen = Preferred.Select(name => files.FirstOrDefault(f => Path.GetFileName(f).Equals(name, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(f => f is not null)
                     ?? files.FirstOrDefault(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) && f.Contains("Sans", StringComparison.Ordinal))
                     ?? files.FirstOrDefault(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase));
        return chosen is null ? null : SKTypeface.FromFile(chosen);
    }

    private static IEnumerable<string> AllFiles(string folder)
    {
        try { return Directory.EnumerateFiles(folder, "*.tt?", SearchOption.AllDirectories).ToArray(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }
}
