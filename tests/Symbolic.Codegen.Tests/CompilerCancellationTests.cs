using System.Diagnostics;

namespace Symbolic.Codegen.Tests;

/// <summary>Every compiler entry point stops on a cancelled token, and the next compilation works.</summary>
public class CompilerCancellationTests
{
    private static CancellationToken Cancelled => new(canceled: true);

    [Fact]
    public void EveryEntryPoint_WithACancelledToken_Throws()
    {
        var f = Expressions.Parse("x^2*y + sin(x*y)");
        Assert.Throws<OperationCanceledException>(() => Compiler.Value(f, cancellationToken: Cancelled));
        Assert.Throws<OperationCanceledException>(() => Compiler.ValueLambda(f, cancellationToken: Cancelled));
        Assert.Throws<OperationCanceledException>(() => Compiler.ValueAndGradient(f, cancellationToken: Cancelled));
        Assert.Throws<OperationCanceledException>(() => Compiler.Jvp(f, cancellationToken: Cancelled));
        Assert.Throws<OperationCanceledException>(() => Compiler.DirectionalDerivative(f, cancellationToken: Cancelled));
        Assert.Throws<OperationCanceledException>(() => Compiler.Hessian(f, cancellationToken: Cancelled));
        Assert.Throws<OperationCanceledException>(() => Compiler.BatchValue(f, cancellationToken: Cancelled));
        Assert.Throws<OperationCanceledException>(() => Compiler.BatchValueAndGradient(f, cancellationToken: Cancelled));
    }

    [Fact]
    public void HessianOfAWideFunction_CancelledWhileBuilding_StopsPromptly_AndTheNextCompileWorks()
    {
        var xs = Enumerable.Range(1, 300).Select(i => Expr.Var($"x{i}")).ToArray();
        var wide = Expr.Multiply(Expr.Pow(Expr.Add(xs), 3), Expr.Apply("exp", Expr.Multiply(xs)));
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var clock = Stopwatch.StartNew();
        var cancelledAt = TimeSpan.Zero;
        using var registration = source.Token.Register(() => cancelledAt = clock.Elapsed);
        Assert.ThrowsAny<OperationCanceledException>(() => Compiler.Hessian(wide, cancellationToken: source.Token));
        Assert.True(cancelledAt > TimeSpan.Zero, "ended with a cancellation before the token was cancelled");
        // Only there to catch a hang.
        Assert.True(clock.Elapsed - cancelledAt < TimeSpan.FromSeconds(20), $"took {clock.Elapsed - cancelledAt} to stop");

        var hessian = Compiler.Hessian(Expressions.Parse("x^2*y"));
        var h = new double[4];
        hessian([3, 5], h);
        Assert.Equal([10.0, 6.0, 6.0, 0.0], h);
    }
}
