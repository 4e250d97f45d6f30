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
        using var source = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        // The time is taken before Cancel, which publishes it: the operation cannot see the cancellation first.
        var cancelledAt = TimeSpan.Zero;
        // A thread of its own, not the thread pool: with the other test classes running on two cores the pool can be
        // starved for seconds, and a canceller queued there fired only after the whole Hessian was built.
        var canceller = new Thread(() =>
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(50));
            cancelledAt = clock.Elapsed;
            source.Cancel();
        });
        canceller.Start();
        var thrown = Assert.ThrowsAny<OperationCanceledException>(() => Compiler.Hessian(wide, cancellationToken: source.Token));
        canceller.Join();
        Assert.Equal(source.Token, thrown.CancellationToken);
        // Only there to catch a hang: the operation stops within milliseconds of the cancellation.
        Assert.True(clock.Elapsed - cancelledAt < TimeSpan.FromSeconds(20), $"took {clock.Elapsed - cancelledAt} after the cancellation to stop");

        var hessian = Compiler.Hessian(Expressions.Parse("x^2*y"));
        var h = new double[4];
        hessian([3, 5], h);
        Assert.Equal([10.0, 6.0, 6.0, 0.0], h);
    }
}
