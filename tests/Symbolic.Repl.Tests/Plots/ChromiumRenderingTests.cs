using SkiaSharp;
using Xunit.Abstractions;

namespace Symbolic.Repl.Tests.Plots;

/// <summary>
/// Each kind of plot opened in headless Chromium, as a user's browser shows it, and checked not to be blank.
/// Needs Debian's chromium (.ci/run installs it); without it the test says why and passes without checking.
/// </summary>
public class ChromiumRenderingTests(ITestOutputHelper output)
{
    private static readonly string Folder = SymdiffProcess.TempDirectory();

    private static string? Chromium() =>
        new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    [Theory]
    [InlineData("curve", "plot(x^3 - x, x, -2, 2, at=1, out=curve)")]
    [InlineData("contour", "plot(x^2 + 3*y^2, x, -3, 3, y, -3, 3, out=contour)")]
    [InlineData("pole", "plot(tan(x), x, -3, 3, out=pole)")]
    public void EachKindOfPlot_RendersInChromium(string name, string command)
    {
        if (Chromium() is not { } chromium)
        {
            output.WriteLine("skipped: no chromium on PATH (apt-get install chromium); the SVG content tests still ran");
            return;
        }
        var run = SymdiffProcess.Run(["-e", command], workingDirectory: Folder);
        Assert.Equal(0, run.ExitCode);
        var png = Path.Combine(Folder, name + ".png");
        var profile = SymdiffProcess.TempDirectory();
        var browser = SymdiffProcess.RunProgram(chromium,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", $"--screenshot={png}", "--window-size=900,520",
            new Uri(Path.Combine(Folder, name + ".svg")).AbsoluteUri,
        ], stdin: (byte[]?)null, timeoutSeconds: 120);
        Assert.True(File.Exists(png), $"chromium wrote no screenshot: {browser.StandardError}");
        using var image = SKBitmap.Decode(png);
        Assert.NotNull(image);
        var ink = PixelCheck.InkFraction(image);
        output.WriteLine($"{name}: {ink:P1} of the pixels drawn on, {PixelCheck.Colours(image)} colours");
        Assert.InRange(ink, 0.01, 0.7);
        Assert.True(PixelCheck.Colours(image) >= 4, "more than a frame: curves or contours in colour");
    }
}
