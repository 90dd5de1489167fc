// Covers KeywordPrefilter: case-insensitive keyword hits, overlapping keywords, unkeyed rules, and texts without hits.
namespace LeakGate.Rules.Tests;

public class KeywordPrefilterTests
{
    private static readonly Rule[] Rules =
    [
        new("tok", "tok_[a-z]+") { Keywords = ["tok"] },
        new("token", "token=[a-z]+") { Keywords = ["token"] },
        new("secret", "secret=[a-z]+") { Keywords = ["secret", "passwd"] },
        new("also-token", "[a-z]+") { Keywords = ["token"] },
        new("unkeyed", "[0-9]{40}"),
        new("path-only", null) { Keywords = ["ignored"] },
        new("nonascii", "ñandu=[a-z]+") { Keywords = ["ñandu"] },
    ];

    private static List<(int Position, string Keyword, string[] Rules)> Hits(string text)
    {
        var prefilter = new KeywordPrefilter(Rules);
        var hits = new List<(int Position, int Keyword)>();
        prefilter.FindHits(text, hits);
        return hits
            .Select(h => (h.Position, text.Substring(h.Position, prefilter.KeywordLength(h.Keyword)).ToLowerInvariant(), prefilter.RulesOf(h.Keyword).Select(i => Rules[i].Id).ToArray()))
            .OrderBy(h => h.Position).ThenBy(h => h.Item2.Length)
            .ToList();
    }

    [Fact]
    public void Finds_keywords_case_insensitively()
    {
        var hits = Hits("my SeCrEt is here");

        var hit = Assert.Single(hits);
        Assert.Equal(3, hit.Position);
        Assert.Equal("secret", hit.Keyword);
        Assert.Equal(["secret"], hit.Rules);
    }

    [Fact]
    public void Reports_every_keyword_that_starts_at_the_same_position()
    {
        var hits = Hits("x TOKEN=abc");

        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.Equal(2, h.Position));
        Assert.Equal("tok", hits[0].Keyword);
        Assert.Equal(["tok"], hits[0].Rules);
        Assert.Equal("token", hits[1].Keyword);
        Assert.Equal(["token", "also-token"], hits[1].Rules);
    }

    [Fact]
    public void Finds_repeated_and_adjacent_occurrences()
    {
        var hits = Hits("toktok passwd secret");

        Assert.Equal([(0, "tok"), (3, "tok"), (7, "passwd"), (14, "secret")], hits.Select(h => (h.Position, h.Keyword)));
        Assert.Equal(["secret"], hits[2].Rules);
    }

    [Fact]
    public void Finds_keywords_that_start_with_a_non_ascii_letter()
    {
        var hits = Hits("el ÑANDU=x");

        var hit = Assert.Single(hits);
        Assert.Equal(3, hit.Position);
        Assert.Equal(["nonascii"], hit.Rules);
    }

    [Fact]
    public void Text_without_keywords_has_no_hits()
    {
        Assert.Empty(Hits("nothing to see here, only t0ken and sec-ret"));
        Assert.Empty(Hits(""));
    }

    [Fact]
    public void Rules_without_keywords_are_listed_as_unkeyed_and_path_only_rules_are_left_out()
    {
        var prefilter = new KeywordPrefilter(Rules);

        Assert.Equal([4], prefilter.UnkeyedRules);
        var hits = new List<(int, int)>();
        prefilter.FindHits("ignored", hits);
        Assert.Empty(hits);
    }

    [Fact]
    public void Rule_set_without_any_keyword_finds_nothing()
    {
        var prefilter = new KeywordPrefilter([new Rule("unkeyed", "[0-9]+")]);
        var hits = new List<(int, int)>();

        prefilter.FindHits("token secret 123", hits);

        Assert.Empty(hits);
        Assert.Equal([0], prefilter.UnkeyedRules);
    }

    [Fact]
    public void Finds_hits_past_the_vectorized_block_size()
    {
        var text = new string('.', 10_000) + "Token" + new string('.', 5_000) + "SECRET";

        var hits = Hits(text);

        Assert.Equal([(10_000, "tok"), (10_000, "token"), (15_005, "secret")], hits.Select(h => (h.Position, h.Keyword)));
    }
}
