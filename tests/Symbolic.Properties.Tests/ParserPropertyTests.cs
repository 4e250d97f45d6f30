using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Symbolic.Syntax;

namespace Symbolic.Properties.Tests;

public class ParserPropertyTests
{
    [Fact]
    public void ParseExpression_OfAnyNaturalNumber_KeepsItsText()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonNegativeInt>(), n =>
        {
            var text = n.Get.ToString(CultureInfo.InvariantCulture);
            var node = SyntaxParser.ParseExpression(text);
            return node is NumberSyntax number && number.Text == text;
        }).QuickCheckThrowOnFailure();
    }
}
