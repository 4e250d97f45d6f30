using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.DotNet.Interactive.Events;

namespace Symbolic.Interactive.Tests;

/// <summary>
/// Runs every cell of <c>docs/notebooks/gradients.ipynb</c> in an in-process C# kernel, as Polyglot Notebooks
/// would, and holds the outputs saved in the file to what the cells produce now. The cell that loads the package
/// from NuGet is replaced by references to the built assemblies plus the package's own <c>extension.dib</c>.
/// <c>SYMBOLIC_WRITE_NOTEBOOK=1</c> writes the produced outputs back into the notebook instead.
/// </summary>
public class NotebookTests
{
    private const string PackageLoadPrefix = "#r \"nuget: Symbolic.Interactive";

    [Fact]
    public async Task GradientsNotebook_EveryCellRuns_AndItsSavedOutputsAreWhatItProduces()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Notebooks", "gradients.ipynb");
        var document = Notebook.Read(File.OpenRead(path), Kernels());
        using var kernel = await LoadedKernel();

        var cells = document.Elements.Where(e => e.KernelName == "csharp").ToList();
        Assert.Contains(cells, c => c.Contents.StartsWith(PackageLoadPrefix, StringComparison.Ordinal));
        var latexCells = 0;
        foreach (var cell in cells.Where(c => !c.Contents.StartsWith(PackageLoadPrefix, StringComparison.Ordinal)))
        {
            var result = await kernel.SubmitCodeAsync(cell.Contents);
            var failure = result.Events.OfType<CommandFailed>().FirstOrDefault();
            Assert.True(failure is null, $"cell failed:\n{cell.Contents}\n{failure?.Message}");
            var produced = result.Events.OfType<DisplayEvent>().Select(Output).ToList();

            if (Environment.GetEnvironmentVariable("SYMBOLIC_WRITE_NOTEBOOK") == "1")
            {
                cell.Outputs.Clear();
                cell.Outputs.AddRange(produced);
                continue;
            }
            Assert.True(produced.Count == cell.Outputs.Count, $"cell produced {produced.Count} outputs, the notebook saved {cell.Outputs.Count}:\n{cell.Contents}");
            foreach (var (now, saved) in produced.Zip(cell.Outputs))
            {
                var data = Data(now);
                if (data.ContainsKey("text/latex")) latexCells++;
                foreach (var mimeType in new[] { "text/latex", "text/plain" }.Where(data.ContainsKey))
                    Assert.Equal(Text(data[mimeType]), Text(Data(saved)[mimeType]));
            }
        }

        if (Environment.GetEnvironmentVariable("SYMBOLIC_WRITE_NOTEBOOK") == "1")
        {
            using var output = File.Create(Path.Combine(RepositoryRoot(), "docs", "notebooks", "gradients.ipynb"));
            Notebook.Write(document, output, Kernels());
            return;
        }
        Assert.True(latexCells >= 6, $"only {latexCells} outputs carried text/latex");
        AssertAnswers(kernel);
    }

    /// <summary>The worked examples' numbers, read back from the kernel's variables.</summary>
    private static void AssertAnswers(CSharpKernel kernel)
    {
        Assert.True(kernel.TryGetValue<double[]>("slopesAt2", out var slopes));
        Assert.Equal([3, 4, 12, 0.5], slopes);
        Assert.True(kernel.TryGetValue<double[]>("jGradientAtPoint", out var jGradient));
        Assert.Equal([3, 6, 9], jGradient);
        Assert.True(kernel.TryGetValue<object>("descent", out var descent));
        var point = (double[])descent.GetType().GetProperty("Point")!.GetValue(descent)!;
        Assert.Equal(-3 * Math.Pow(0.8, 100), point[0], 1e-22);
        Assert.Equal(4 * Math.Pow(0.8, 100), point[1], 1e-22);
        Assert.True(kernel.TryGetValue<double>("slopeAlong", out var slopeAlong));
        Assert.Equal((11 - Math.Cos(0.5)) / Math.Sqrt(14), slopeAlong, 14);
        Assert.True(kernel.TryGetValue<double>("largestError", out var largestError));
        Assert.InRange(largestError, 0, 1e-8);
    }

    private static async Task<CSharpKernel> LoadedKernel()
    {
        var kernel = new CSharpKernel().UseKernelHelpers();
        kernel.AddAssemblyReferences(new[] { "Symbolic.Parser", "Symbolic.Diff", "Symbolic.Codegen", "Symbolic.Interactive" }
            .Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll")));
        var extension = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Notebooks", "extension.dib"))
            .Replace("#!csharp", "", StringComparison.Ordinal);
        var loaded = await kernel.SubmitCodeAsync(extension);
        Assert.Empty(loaded.Events.OfType<CommandFailed>());
        return kernel;
    }

    private static InteractiveDocumentOutputElement Output(DisplayEvent produced)
    {
        var data = produced.FormattedValues.ToDictionary(v => v.MimeType, v => (object)v.Value);
        if (produced is not ReturnValueProduced) return new DisplayElement(data);
        var element = new ReturnValueElement();
        foreach (var (mimeType, value) in data) element.Data[mimeType] = value;
        return element;
    }

    private static IDictionary<string, object> Data(InteractiveDocumentOutputElement output) => output switch
    {
        ReturnValueElement r => r.Data,
        DisplayElement d => d.Data,
        _ => new Dictionary<string, object>(),
    };

    /// <summary>A saved output reads back as the lines of its text (Jupyter's multiline string); a produced one is one string.</summary>
    private static string Text(object value) => value switch
    {
        string text => text,
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } lines => string.Concat(lines.EnumerateArray().Select(l => l.GetString())),
        System.Text.Json.JsonElement element => element.GetString() ?? "",
        IEnumerable<object> lines => string.Concat(lines.Select(l => l.ToString())),
        _ => value.ToString() ?? "",
    };

    private static KernelInfoCollection Kernels() => new() { new Microsoft.DotNet.Interactive.Documents.KernelInfo("csharp", "C#", ["c#", "C#"]) };

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Symbolic.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("Symbolic.sln not found above the test binaries");
    }
}
