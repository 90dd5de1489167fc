// The gate in front of LG1001's matcher: a literal's lines are matched only when a keyword starts inside them, so an
// off-by-one here would silently drop findings at the first or last character of a line.
namespace LeakGate.Analyzers.Tests;

public sealed class KeywordPositionsTests
{
    private static readonly KeywordPositions Positions = new([10, 20, 30], everywhere: false);

    [Theory]
    [InlineData(10, 11, true)]
    [InlineData(0, 11, true)]
    [InlineData(29, 31, true)]
    [InlineData(0, 10, false)]
    [InlineData(11, 20, false)]
    [InlineData(31, 100, false)]
    public void A_range_holds_a_keyword_when_one_starts_at_or_after_its_start_and_before_its_end(int start, int end, bool expected) =>
        Assert.Equal(expected, Positions.AnyWithin(start, end));

    [Fact]
    public void A_pack_with_unkeyed_rules_has_candidates_everywhere() =>
        Assert.True(new KeywordPositions([], everywhere: true).AnyWithin(0, 1));

    [Fact]
    public void The_default_pack_finds_its_keywords_where_they_start()
    {
        var text = "class A { string note = \"plain\"; }\nstring stripe = \"sk_live_\";";
        var positions = DefaultPackMatcher.KeywordPositionsIn(text);
        var line2 = text.IndexOf('\n') + 1;
        Assert.False(positions.AnyWithin(0, line2 - 1));
        Assert.True(positions.AnyWithin(line2, text.Length));
    }
}
