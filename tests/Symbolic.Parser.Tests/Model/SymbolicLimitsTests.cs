using Symbolic.Numbers;
using Symbolic.Printing;

namespace Symbolic.Parser.Tests.Model;

/// <summary>Limits changed for one piece of work hold there only: not on other threads, not after the scope.</summary>
public class SymbolicLimitsTests
{
    private static readonly Rational Two = new(2, 1);

    [Fact]
    public void Use_AppliesItsLimitsInsideTheScope_AndTheDefaultsAfter()
    {
        using (SymbolicLimits.Use(SymbolicLimits.Current with { MaxBits = 100 }))
        {
            Assert.Equal(100, Rational.MaxBits);
            var e = Assert.Throws<SymbolicException>(() => Two.Pow(200));
            Assert.Contains("over 100 bits", e.Message);
        }
        Assert.Equal(SymbolicLimits.Default.MaxBits, Rational.MaxBits);
        Assert.Equal(201, Two.Pow(200).Numerator.GetBitLength());
    }

    [Fact]
    public void Use_OnOneThread_LeavesAnotherThreadAtTheDefaults()
    {
        using var inside = new ManualResetEventSlim();
        using var looked = new ManualResetEventSlim();
        var seenElsewhere = 0;
        var other = new Thread(() =>
        {
            inside.Wait();
            seenElsewhere = ExpressionLimits.MaxNodes;
            looked.Set();
        });
        other.Start();
        using (SymbolicLimits.Use(SymbolicLimits.Current with { MaxNodes = 7 }))
        {
            inside.Set();
            looked.Wait();
            Assert.Equal(7, ExpressionLimits.MaxNodes);
        }
        other.Join();
        Assert.Equal(SymbolicLimits.Default.MaxNodes, seenElsewhere);
    }

    [Fact]
    public void Use_Nested_RestoresTheOuterLimits()
    {
        using (SymbolicLimits.Use(SymbolicLimits.Current with { MaxPrintLength = 1_000 }))
        {
            using (SymbolicLimits.Use(SymbolicLimits.Current with { MaxPrintLength = 10 }))
            {
                Assert.Equal(10, InfixPrinter.MaxLength);
                Assert.Throws<SymbolicException>(() => Expressions.Print(Expressions.Parse("x1 + x2 + x3 + x4 + x5")));
            }
            Assert.Equal(1_000, InfixPrinter.MaxLength);
            Assert.Equal(1_000, SymbolicLimits.Current.MaxPrintLength);
        }
    }
}
