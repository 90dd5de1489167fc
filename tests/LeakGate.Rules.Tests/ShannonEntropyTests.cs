// Covers ShannonEntropy: bits per character for known strings, including non-ASCII text.
namespace LeakGate.Rules.Tests;

public class ShannonEntropyTests
{
    [Theory]
    [InlineData("", 0.0)]
    [InlineData("a", 0.0)]
    [InlineData("aaaa", 0.0)]
    [InlineData("ab", 1.0)]
    [InlineData("abab", 1.0)]
    [InlineData("abcd", 2.0)]
    [InlineData("0123456789abcdef", 4.0)]
    [InlineData("éèêë", 2.0)]
    [InlineData("aé", 1.0)]
    public void Known_values(string text, double expected)
    {
        Assert.Equal(expected, ShannonEntropy.Of(text), 10);
    }

    [Fact]
    public void Uneven_distribution_scores_between_the_extremes()
    {
        // -(2/3 log2 2/3 + 1/3 log2 1/3)
        Assert.Equal(0.9182958340544896, ShannonEntropy.Of("aab"), 10);
    }

    [Fact]
    public void Random_token_scores_higher_than_a_word()
    {
        Assert.True(ShannonEntropy.Of("Hq7Lw2Zp9Xc4Vb6Nm1Ks") > 4.0);
        Assert.True(ShannonEntropy.Of("passwordpassword") < 3.0);
    }

    [Fact]
    public void Order_of_characters_does_not_matter()
    {
        Assert.Equal(ShannonEntropy.Of("aabbbc"), ShannonEntropy.Of("bcabab"), 12);
    }
}
