// Covers LineContext: the clipped line around a secret and where the secret lies in it.
namespace LeakGate.Engine.Tests;

public class LineContextTests
{
    [Fact]
    public void Cuts_the_line_holding_the_secret()
    {
        var text = "first\r\nkey = SECRETVALUE # note\nlast";

        var context = LineContext.From(text, text.IndexOf("SECRET", StringComparison.Ordinal), 11);

        Assert.Equal("key = SECRETVALUE # note", context.Text);
        Assert.Equal(6, context.SecretOffset);
        Assert.Equal(11, context.SecretLength);
    }

    [Fact]
    public void Long_lines_are_clipped_around_the_secret()
    {
        var text = new string('a', 500) + " S3CR3T " + new string('b', 500);
        var start = text.IndexOf("S3CR3T", StringComparison.Ordinal);

        var context = LineContext.From(text, start, 6);

        Assert.True(context.Text.Length <= 206, $"context is {context.Text.Length} characters");
        Assert.Equal("S3CR3T", context.Text.Substring(context.SecretOffset, context.SecretLength));
    }

    [Fact]
    public void Secret_that_continues_past_the_line_is_cut_at_the_line_end()
    {
        var text = "pem: BEGIN\nBODY\nEND";

        var context = LineContext.From(text, 5, text.Length - 5);

        Assert.Equal("pem: BEGIN", context.Text);
        Assert.Equal(5, context.SecretOffset);
        Assert.Equal(5, context.SecretLength);
    }
}
