namespace Symbolic;

/// <summary>
/// A count of work units one simplification may spend: sized in proportion to its input, so the cost of the rules
/// stays near-linear in the input however many ways their patterns could match.
/// </summary>
internal sealed class WorkBudget(long units)
{
    private long left = units;

    /// <summary>True once every unit is spent.</summary>
    public bool Spent => left <= 0;

    /// <summary>Spends one unit; false when none was left.</summary>
    public bool TrySpend() => --left >= 0;
}
