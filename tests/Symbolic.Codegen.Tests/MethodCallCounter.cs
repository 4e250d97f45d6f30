using System.Linq.Expressions;

namespace Symbolic.Codegen.Tests;

/// <summary>Counts the calls of a method (by name) in an expression tree: how CSE is observed.</summary>
internal sealed class MethodCallCounter(string methodName) : ExpressionVisitor
{
    private int count;

    public static int Count(Expression tree, string methodName)
    {
        var counter = new MethodCallCounter(methodName);
        counter.Visit(tree);
        return counter.count;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.Name == methodName) count++;
        return base.VisitMethodCall(node);
    }
}
