using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Symbolic.Properties.Tests;

/// <summary>
/// The one place where the generated counts live. The normal run (CI) uses <see cref="Cases"/> for
/// every property; the <c>[Trait("Category", "Deep")]</c> variants use <see cref="DeepCases"/>
/// (<c>dotnet test --filter Category=Deep</c>).
/// </summary>
public static class PropertyBudget
{
    /// <summary>Cases per property in the normal run (the issue asks for at least 1,000).</summary>
    public const int Cases = 1000;

    /// <summary>Cases per property in the nightly-style Deep run.</summary>
    public const int DeepCases = 20_000;

    /// <summary>Largest expression generated, in distinct nodes.</summary>
    public const int MaxNodes = 60;

    /// <summary>Most variables an expression ranges over (named x0 … x4).</summary>
    public const int MaxVariables = 5;

    /// <summary>Environment variable that fixes the FsCheck seed, to re-run a failure exactly.</summary>
    public const string SeedVariable = "SYMBOLIC_PROPERTY_SEED";

    /// <summary>
    /// The seed of this run: <c>SYMBOLIC_PROPERTY_SEED</c> when set, else a fresh one. It is printed with
    /// every failure.
    /// </summary>
    public static ulong RunSeed() =>
        Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } text
            ? ulong.Parse(text, CultureInfo.InvariantCulture)
            : (ulong)System.Random.Shared.NextInt64(1, long.MaxValue);

    /// <summary>
    /// Runs <paramref name="property"/> on <paramref name="cases"/> generated values. A failure throws with
    /// the case (its ToString shows the expression and the point), the seed, and the command that replays it.
    /// </summary>
    public static void Check<T>(string name, Gen<T> gen, int cases, Action<T> property)
    {
        var seed = RunSeed();
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(cases)
            .WithMaxRejected(cases * 10)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
        try
        {
            Prop.ForAll(Arb.From(gen), property).Check(config);
        }
        catch (Exception ex)
        {
            throw new PropertyFailedException(
                $"property '{name}' failed (seed {seed}).\n" +
                $"Re-run exactly: {SeedVariable}={seed} dotnet test tests/Symbolic.Properties.Tests -c Release --filter \"FullyQualifiedName~{name}\"\n" +
                ex.Message, ex);
        }
    }
}

/// <summary>A property found a counterexample; the message has the case, the seed and the replay command.</summary>
public sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
