namespace Symbolic.Properties.Tests;

/// <summary>
/// A fact of the nightly-style Deep run (<c>[Trait("Category", "Deep")]</c>, <see cref="PropertyBudget.DeepCases"/>
/// cases). It runs only when <c>SYMBOLIC_DEEP=1</c>; otherwise it shows as skipped, so the normal run needs
/// no filter and stays fast.
/// </summary>
public sealed class DeepFactAttribute : FactAttribute
{
    /// <summary>Environment variable that enables the Deep facts.</summary>
    public const string Variable = "SYMBOLIC_DEEP";

    public DeepFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
            Skip = $"Deep run only: {Variable}=1 dotnet test tests/Symbolic.Properties.Tests -c Release --filter Category=Deep";
    }
}
