namespace Symbolic.Codegen.Tests;

/// <summary>The error every compiled delegate gives for an array too short for the compiled variables.</summary>
internal static class ArrayErrors
{
    /// <summary>Asserts that <paramref name="call"/> throws the <see cref="ArgumentException"/> naming <paramref name="name"/> and the length needed.</summary>
    public static ArgumentException AssertTooShort(string name, int length, Action call)
    {
        var error = Assert.Throws<ArgumentException>(call);
        Assert.Equal(name, error.ParamName);
        Assert.Equal($"{name} must have at least {length} element{(length == 1 ? "" : "s")} (Parameter '{name}')", error.Message);
        return error;
    }
}
