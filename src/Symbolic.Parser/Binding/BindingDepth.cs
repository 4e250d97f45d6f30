using Symbolic.Syntax;

namespace Symbolic.Binding;

/// <summary>
/// How deep <see cref="Binder"/> recurses on a syntax tree, measured without recursion, so ordinary input binds
/// inline and only truly deep input pays for a thread with a big stack (<see cref="DeepStack"/>).
/// </summary>
/// <remarks>
/// The binder walks chains of <c>+ -</c> and of <c>* /</c> and runs of signs in loops; it recurses only into
/// their operands, into both sides of <c>^</c> and into call arguments. The depth counted here follows the same
/// rule, so a sum of 100,000 terms is shallow while 10,000 nested brackets, calls or powers are deep.
/// </remarks>
internal static class BindingDepth
{
    /// <summary>The deepest nesting of recursive binding calls under <paramref name="root"/> (1 for a leaf).</summary>
    public static int Of(SyntaxNode root)
    {
        var deepest = 0;
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((root, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > deepest) deepest = depth;
            switch (node)
            {
                case UnarySyntax u:
                    // A run of signs is one loop in the binder.
                    pending.Push((u.Operand, u.Operand is UnarySyntax ? depth : depth + 1));
                    break;
                case BinarySyntax { Operator: BinaryOperator.Power } p:
                    pending.Push((p.Left, depth + 1));
                    pending.Push((p.Right, depth + 1));
                    break;
                case BinarySyntax b:
                    // The left spine of the same chain (a - b + c) is the binder's loop; operands recurse.
                    pending.Push((b.Left, SameChain(b, b.Left) ? depth : depth + 1));
                    pending.Push((b.Right, depth + 1));
                    break;
                case CallSyntax c:
                    foreach (var argument in c.Arguments) pending.Push((argument.Value, depth + 1));
                    break;
                case VectorSyntax v:
                    foreach (var item in v.Items) pending.Push((item, depth + 1));
                    break;
            }
        }
        return deepest;
    }

    private static bool SameChain(BinarySyntax parent, SyntaxNode child) =>
        child is BinarySyntax b && Group(b.Operator) == Group(parent.Operator);

    private static int Group(BinaryOperator op) => op switch
    {
        BinaryOperator.Add or BinaryOperator.Subtract => 0,
        BinaryOperator.Multiply or BinaryOperator.Divide => 1,
        _ => 2,
    };
}
