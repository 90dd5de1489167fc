// Covers Re2Translator: RE2 syntax from gitleaks configs becomes .NET syntax with the same meaning, or is rejected.
using System.Text.RegularExpressions;

namespace LeakGate.Rules.Tests;

public class Re2TranslatorTests
{
    private static Regex Compile(string re2) => new(Re2Translator.Translate(re2), RegexOptions.CultureInvariant);

    [Fact]
    public void Python_style_named_group_becomes_dotnet_named_group()
    {
        var translated = Re2Translator.Translate(@"key=(?P<secret>[a-z]+)");

        Assert.Equal(@"key=(?<secret>[a-z]+)", translated);
        Assert.Equal("abc", new Regex(translated).Match("key=abc").Groups["secret"].Value);
    }

    [Fact]
    public void Escaped_parenthesis_is_not_taken_for_a_named_group()
    {
        var regex = Compile(@"\(?P<x>");

        Assert.Matches(regex, "(P<x>");
        Assert.Matches(regex, "P<x>");
    }

    [Theory]
    [InlineData("[[:alnum:]]", "0-9A-Za-z")]
    [InlineData("[[:alpha:]]", "A-Za-z")]
    [InlineData("[[:digit:]]", "0-9")]
    [InlineData("[[:xdigit:]]", "0-9A-Fa-f")]
    [InlineData("[[:upper:][:lower:]]", "A-Za-z")]
    [InlineData("[_[:word:]-]", "_0-9A-Za-z_-")]
    public void Posix_classes_expand_to_ascii_ranges(string re2, string members)
    {
        Assert.Equal("[" + members + "]", Re2Translator.Translate(re2));
    }

    [Theory]
    [InlineData("^[[:alnum:]]+$", "aZ09", "a-b")]
    [InlineData("^[[:space:]]+$", " \t\r\n\v\f", "\u00a0")]
    [InlineData("^[[:punct:]]+$", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", "a")]
    [InlineData("^[[:print:]]+$", "a b~", "\t")]
    [InlineData("^[[:graph:]]+$", "a!~", " ")]
    [InlineData("^[[:blank:]]+$", " \t", "\n")]
    [InlineData("^[[:cntrl:]]+$", "\u0001\u007f", "a")]
    [InlineData("^[[:ascii:]]+$", "a\u0000\u007f", "é")]
    [InlineData("^[^[:space:]]+$", "abc", "a b")]
    [InlineData("^[[:alpha:]]+$", "abcXYZ", "é")]
    public void Posix_classes_match_what_re2_matches(string re2, string matching, string notMatching)
    {
        var regex = Compile(re2);

        Assert.Matches(regex, matching);
        Assert.DoesNotMatch(regex, notMatching);
    }

    [Fact]
    public void Unknown_or_negated_posix_class_is_rejected()
    {
        Assert.Throws<RegexTranslationException>(() => Re2Translator.Translate("[[:letters:]]"));
        Assert.Throws<RegexTranslationException>(() => Re2Translator.Translate("[[:^alpha:]]"));
        Assert.Throws<RegexTranslationException>(() => Re2Translator.Translate("[[:alpha"));
    }

    [Theory]
    [InlineData(@"\pL", @"\p{L}")]
    [InlineData(@"\PN", @"\P{N}")]
    [InlineData(@"[\pL\d]", @"[\p{L}0-9]")]
    [InlineData(@"\p{Lu}", @"\p{Lu}")]
    public void One_letter_unicode_classes_get_braces(string re2, string expected)
    {
        Assert.Equal(expected, Re2Translator.Translate(re2));
    }

    [Fact]
    public void One_letter_unicode_class_matches_letters()
    {
        var regex = Compile(@"^\pL+$");

        Assert.Matches(regex, "héllo");
        Assert.DoesNotMatch(regex, "h3llo");
    }

    [Theory]
    [InlineData(@"\x{41}", @"\u0041", "A")]
    [InlineData(@"\x{e9}", @"\u00E9", "é")]
    [InlineData(@"[\x{30}-\x{39}]", @"[\u0030-\u0039]", "7")]
    public void Braced_hex_escape_becomes_a_unicode_escape(string re2, string expected, string matching)
    {
        Assert.Equal(expected, Re2Translator.Translate(re2));
        Assert.Matches(Compile("^" + re2 + "$"), matching);
    }

    [Fact]
    public void Plain_hex_escape_is_kept()
    {
        Assert.Equal(@"\x60", Re2Translator.Translate(@"\x60"));
        Assert.Matches(Compile(@"^\x60$"), "`");
    }

    [Theory]
    [InlineData(@"\x{110000}")]
    [InlineData(@"\x{zz}")]
    [InlineData(@"\x{41")]
    public void Hex_escape_outside_dotnet_range_or_malformed_is_rejected(string re2)
    {
        Assert.Throws<RegexTranslationException>(() => Re2Translator.Translate(re2));
    }

    [Fact]
    public void Quoted_literal_is_escaped()
    {
        var regex = Compile(@"^\Qa.b*c(d)\E+$");

        Assert.Matches(regex, "a.b*c(d)");
        Assert.Matches(regex, "a.b*c(d))");
        Assert.DoesNotMatch(regex, "aXbbbc(d)");
    }

    [Fact]
    public void Quoted_literal_without_end_runs_to_the_end_of_the_pattern()
    {
        var regex = Compile(@"^x\Q[y]+");

        Assert.Matches(regex, "x[y]+");
        Assert.DoesNotMatch(regex, "xyy");
    }

    [Fact]
    public void Digit_and_word_classes_are_ascii_only_like_re2()
    {
        var digits = Compile(@"^\d+$");
        var words = Compile(@"^\w+$");
        var inClass = Compile(@"^[\d\w.]+$");

        Assert.Matches(digits, "0123456789");
        Assert.DoesNotMatch(digits, "\u0663\u0664"); // Arabic-Indic digits are \d in .NET, not in RE2
        Assert.Matches(words, "az_AZ09");
        Assert.DoesNotMatch(words, "café");
        Assert.Matches(inClass, "a.1_");
        Assert.DoesNotMatch(inClass, "é");
        Assert.Equal("[0-9]{4}[0-9A-Za-z_]", Re2Translator.Translate(@"\d{4}\w"));
    }

    [Theory]
    [InlineData("(?U)a+")]
    [InlineData("(?iU)a+")]
    [InlineData("x(?U:a+)")]
    [InlineData("(?i-U)a+")]
    public void Ungreedy_flag_is_rejected(string re2)
    {
        var ex = Assert.Throws<RegexTranslationException>(() => Re2Translator.Translate(re2));
        Assert.Contains("U", ex.Message);
    }

    [Fact]
    public void Any_byte_escape_is_rejected()
    {
        var ex = Assert.Throws<RegexTranslationException>(() => Re2Translator.Translate(@"a\Cb"));
        Assert.Contains(@"\C", ex.Message);
    }

    [Fact]
    public void Unterminated_class_is_rejected()
    {
        Assert.Throws<RegexTranslationException>(() => Re2Translator.Translate("[abc"));
    }

    [Theory]
    [InlineData("[]a]", "]", "b")]
    [InlineData("[^]a]", "b", "]")]
    [InlineData("[a[]", "[", "b")]
    public void Brackets_inside_a_class_are_literal(string re2, string matching, string notMatching)
    {
        var regex = Compile("^" + re2 + "$");

        Assert.Matches(regex, matching);
        Assert.DoesNotMatch(regex, notMatching);
    }

    [Theory]
    [InlineData(@"(?i)\b(ghp_[0-9a-zA-Z]{36})\b")]
    [InlineData(@"(?:^|[^A-Za-z0-9])(AKIA[A-Z2-7]{16})")]
    [InlineData(@"a{2,5}?b|c*")]
    [InlineData(@"(?s)-----BEGIN.*?-----END")]
    public void Patterns_without_re2_only_syntax_are_unchanged(string pattern)
    {
        Assert.Equal(pattern, Re2Translator.Translate(pattern));
    }
}
