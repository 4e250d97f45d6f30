namespace Symbolic;

/// <summary>The general power rule, in the two parts the forward and reverse passes share.</summary>
internal static class PowerRule
{
    /// <summary>∂(b^e)/∂b · db = e·b^(e−1)·db.</summary>
    public static PendingProduct BaseTerm(Power p, PendingProduct db) =>
        db.IsZero ? db : db.Times(Expr.Pow(p.Base, Expr.Add(p.Exponent, Expr.MinusOne))).Times(p.Exponent);

    /// <summary>∂(b^e)/∂e · de = b^e·log(b)·de.</summary>
    public static PendingProduct ExponentTerm(Power p, PendingProduct de) =>
        de.IsZero ? de : de.Times(Expr.Log(p.Base)).Times(p);
}
