using System.IO.Compression;
using System.Xml.Linq;

namespace Symbolic.Packaging.Tests;

[Collection(PackedSolutionCollection.Name)]
public class PackageContentTests(PackedSolution packed)
{
    public static TheoryData<string> PackageIds => new() { "Symbolic.Parser", "Symbolic.Diff", "Symbolic.Codegen", "Symbolic.Interactive", "Symbolic.Repl" };

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void Package_CarriesLicenceReadmeDescriptionTagsAndSymbols(string id)
    {
        Assert.True(packed.PackExitCode == 0, packed.PackOutput);
        var package = packed.PackageFile(id);
        Assert.True(File.Exists(packed.PackageFile(id, "snupkg")), $"no symbol package for {id}");
        using var zip = ZipFile.OpenRead(package);
        var metadata = Nuspec(zip).Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";

        Assert.Equal(id, Field("id"));
        Assert.Equal("MIT", Field("license"));
        Assert.Equal("README.md", Field("readme"));
        Assert.True(Field("description").Length > 40, $"{id}: description '{Field("description")}'");
        Assert.Contains("symbolic", Field("tags").Split(' '));
        Assert.Contains(zip.Entries, e => e.FullName == "LICENSE");
        var readme = new StreamReader(zip.GetEntry("README.md")!.Open()).ReadToEnd();
        Assert.StartsWith($"# {id}", readme);
        Assert.Contains("```", readme);
    }

    [Theory]
    [InlineData("Symbolic.Parser")]
    [InlineData("Symbolic.Diff")]
    [InlineData("Symbolic.Codegen")]
    [InlineData("Symbolic.Interactive")]
    public void LibraryPackage_ShipsItsXmlDocumentation(string id)
    {
        using var zip = ZipFile.OpenRead(packed.PackageFile(id));
        Assert.Contains(zip.Entries, e => e.FullName == $"lib/net10.0/{id}.dll");
        Assert.Contains(zip.Entries, e => e.FullName == $"lib/net10.0/{id}.xml");
    }

    [Fact]
    public void CodegenPackage_BringsDiffAndParserAtTheSameVersion()
    {
        using var zip = ZipFile.OpenRead(packed.PackageFile("Symbolic.Codegen"));
        var dependencies = Nuspec(zip).Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => (string)e.Attribute("id")!, e => (string)e.Attribute("version")!);
        Assert.Equal(packed.Version, dependencies["Symbolic.Diff"]);
        Assert.Equal(packed.Version, dependencies["Symbolic.Parser"]);
    }

    [Fact]
    public void InteractivePackage_CarriesTheExtensionScriptANotebookRunsOnLoading()
    {
        using var zip = ZipFile.OpenRead(packed.PackageFile("Symbolic.Interactive"));
        var script = zip.GetEntry("interactive-extensions/dotnet/extension.dib");
        Assert.NotNull(script);
        Assert.Contains("Symbolic.Interactive.SymbolicFormatters.Register();", new StreamReader(script.Open()).ReadToEnd());
    }

    private static XElement Nuspec(ZipArchive zip)
    {
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!;
    }
}
