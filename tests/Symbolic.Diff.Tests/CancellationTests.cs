using System.Diagnostics;
using static Symbolic.Diff.Tests.TestSupport;

namespace Symbolic.Diff.Tests;

/// <summary>
/// Long operations stop when their token is cancelled: an <see cref="OperationCanceledException"/>, soon, and the
/// next call gives the same answer as if nothing had happened (pooled workspaces returned, no half-built state).
/// </summary>
public class CancellationTests
{
    // Only there to catch a hang: a cancelled operation stops within milliseconds.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan CancelAfter = TimeSpan.FromMilliseconds(50);

    private static CancellationToken Cancelled => new(canceled: true);

    [Fact]
    public void EveryLongOperation_WithACancelledToken_ThrowsBeforeDoingAnything()
    {
        var f = P("x^2*y + sin(x*y)");
        var xy = new[] { V("x"), V("y") };
        Assert.Throws<OperationCanceledException>(() => Calculus.Diff(f, V("x"), Cancelled));
        Assert.Throws<OperationCanceledException>(() => Calculus.Diff(f, V("x"), 3, Cancelled));
        Assert.Throws<OperationCanceledException>(() => Calculus.Diff(f, xy, Cancelled));
        Assert.Throws<OperationCanceledException>(() => Calculus.Gradient(f, xy, Cancelled));
        Assert.Throws<OperationCanceledException>(() => Calculus.Hessian(f, xy, Cancelled));
        Assert.Throws<OperationCanceledException>(() => Calculus.Jacobian([f, f], xy, Cancelled));
        Assert.Throws<OperationCanceledException>(() => Calculus.SparseHessian(f, xy, Cancelled));
        Assert.Throws<OperationCanceledException>(() => Calculus.SparseJacobian([f, f], xy, Cancelled));
        Assert.Throws<OperationCanceledException>(() => Calculus.HessianVectorProduct(f, xy, [Expr.One, Expr.Zero], Cancelled));
        Assert.Throws<OperationCanceledException>(() => Simplifier.Simplify(f, Cancelled));
        Assert.Throws<OperationCanceledException>(() => Simplifier.Simplify(f, RuleSet.Default, cancellationToken: Cancelled));
    }

    [Fact]
    public void RepeatedDerivative_CancelledWhileRunning_StopsPromptly_AndTheNextCallWorks()
    {
        // The 12th derivative of this has over a million nodes: seconds of work, far more than the cancel delay.
        var f = P("sin(cos(tan(x^x)))");
        AssertStopsPromptly(token => Calculus.Diff(f, V("x"), 12, token));
        Assert.Same(P("x^x*(log(x) + 1)"), Calculus.Diff(P("x^x"), V("x"), 1, CancellationToken.None));
    }

    [Fact]
    public void Hessian_CancelledWhileRunning_StopsPromptly_AndTheNextGradientIsUnchanged()
    {
        var before = Calculus.Gradient(P("x^2*y + exp(x*y)"));
        AssertStopsPromptly(token => Calculus.Hessian(WideFunction(300), cancellationToken: token));
        // The sweep's pooled workspace came back clean: the same gradient, the same objects.
        var after = Calculus.Gradient(P("x^2*y + exp(x*y)"));
        Assert.Equal(before, after);
    }

    [Fact]
    public void Simplify_CancelledWhileRunning_StopsPromptly_AndTheNextCallWorks()
    {
        var input = LongSum(10_000);
        AssertStopsPromptly(token => Simplifier.Simplify(input, token));
        Assert.Same(P("y + 1"), Simplifier.Simplify(P("y + sin(x)^2 + cos(x)^2"), CancellationToken.None));
        // The intern table is consistent: building a node again gives the same object as parsing it.
        Assert.Same(Expr.Add(V("x"), Expr.Multiply(2, V("y"))), P("x + 2*y"));
    }

    /// <summary>(x1 + … + xn)^3 · exp(x1·…·xn): a dense Hessian of n² entries, each a sizeable expression.</summary>
    private static Expr WideFunction(int n)
    {
        var xs = Enumerable.Range(1, n).Select(i => V($"x{i}")).ToArray();
        return Expr.Multiply(Expr.Pow(Expr.Add(xs), 3), Expr.Apply("exp", Expr.Multiply(xs)));
    }

    /// <summary>A sum of n distinct terms exp(-(x - i)^2)·(x^2 + i·x + 1)^3: hundreds of thousands of nodes to visit.</summary>
    private static Expr LongSum(int n) => Expr.Add(Enumerable.Range(1, n).Select(i =>
    {
        var shifted = Expr.Add(V("x"), Expr.Num(-i));
        return Expr.Multiply(Expr.Apply("exp", Expr.Negate(Expr.Pow(shifted, 2))),
            Expr.Pow(Expr.Add(Expr.Pow(V("x"), 2), Expr.Multiply(i, V("x")), Expr.One), 3));
    }));

    private static void AssertStopsPromptly(Func<CancellationToken, object> operation)
    {
        using var source = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        // The time is taken before Cancel, which publishes it: the operation cannot see the cancellation first.
        var cancelledAt = TimeSpan.Zero;
        var canceller = Task.Run(async () =>
        {
            await Task.Delay(CancelAfter);
            cancelledAt = clock.Elapsed;
            await source.CancelAsync();
        });
        var thrown = Assert.ThrowsAny<OperationCanceledException>(() => operation(source.Token));
        canceller.Wait();
        Assert.Equal(source.Token, thrown.CancellationToken);
        // Only there to catch a hang: the operation stops within milliseconds of the cancellation.
        Assert.True(clock.Elapsed - cancelledAt < HangLimit, $"took {clock.Elapsed - cancelledAt} after the cancellation to stop");
    }
}
