// Covers LineSpanning: which regexes stay on one line, reach the adjacent lines, or span blocks (search window sizes).
namespace LeakGate.Rules.Tests;

public class LineSpanningTests
{
    [Theory]
    [InlineData(@"\b(AKIA[A-Z2-7]{16})\b")]
    [InlineData(@"password[ \t]*=[ \t]*""([^\s""']{8,})""")]
    [InlineData(@"token=([^\r\n&]+)")]
    [InlineData(@"(?i)key: (.+)")]
    [InlineData(@"(?:^|[^A-Za-z0-9_])((?:AKIA|ASIA)[A-Z2-7]{16})(?:[^A-Za-z0-9_]|$)")]
    [InlineData(@"(?im)(?:^|[^\w.-])([\w.-]*token)[ \t]*=[ \t]*""([^\s""]{16,})""")]
    [InlineData(@"(?:[^\w]|^)(dp\.sa\.[A-Za-z0-9]{40})(?:$|\W)")]
    [InlineData(@"(?m)password=(\S{8,})[ \t]*\r?$")]
    public void Patterns_that_cannot_match_a_line_break_are_single_line(string pattern) =>
        Assert.Equal(LineSpan.SingleLine, LineSpanning.Classify(pattern));

    [Theory]
    [InlineData(@"password\s*[:=]\s*""([^""\s]{8,})""")]
    [InlineData(@"machine\s+\S+\s+login\s+\S+\s+password\s+(\S+)")]
    [InlineData(@"(?:\s+(?:repository|username)\s*=\s*\S+){0,2}\s+password")]
    [InlineData(@"key(?:^|[^A-Za-z])value")]
    [InlineData(@"(?:^|[^A-Za-z]){2}key")]
    public void Whitespace_between_tokens_reaches_adjacent_lines(string pattern) =>
        Assert.Equal(LineSpan.Adjacent, LineSpanning.Classify(pattern));

    [Theory]
    [InlineData(@"-----BEGIN RSA PRIVATE KEY-----[\s\S]{64,}?-----END")]
    [InlineData(@"-----BEGIN[ A-Z]*KEY-----\n(?:[A-Za-z0-9+/=]{40,}\s+)+")]
    [InlineData(@"Builder\s*\{[^}]*Password\s*=\s*""([^""]+)""")]
    [InlineData(@"(?s)BEGIN.*END")]
    [InlineData(@"password\s*[:=]\s*""([^""]{8,})""")]
    public void Patterns_that_repeat_over_line_breaks_are_blocks(string pattern) =>
        Assert.Equal(LineSpan.Block, LineSpanning.Classify(pattern));
}
