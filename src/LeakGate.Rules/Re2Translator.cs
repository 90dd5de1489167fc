using System.Text;

namespace LeakGate.Rules;

/// <summary>
/// Rewrites Go RE2 syntax (what gitleaks configs use) into .NET syntax with the same meaning:
/// <c>(?P&lt;name&gt;</c> groups, POSIX <c>[[:alpha:]]</c> classes, <c>\pL</c> one-letter Unicode classes,
/// <c>\x{HHHH}</c>, <c>\Q…\E</c> literals, and RE2's ASCII-only <c>\d</c>, <c>\w</c>, <c>\s</c> and their complements. RE2 features with
/// no .NET equivalent (<c>(?U)</c>, <c>\C</c>) raise <see cref="RegexTranslationException"/>.
/// </summary>
public static class Re2Translator
{
    private static readonly Dictionary<string, string> PosixClasses = new()
    {
        ["alnum"] = "0-9A-Za-z", ["alpha"] = "A-Za-z", ["ascii"] = @"\x00-\x7F", ["blank"] = @"\t ",
        ["cntrl"] = @"\x00-\x1F\x7F", ["digit"] = "0-9", ["graph"] = @"!-~", ["lower"] = "a-z",
        ["print"] = @" -~", ["punct"] = @"!-/:-@\[-`{-~", ["space"] = @"\t\n\v\f\r ", ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_", ["xdigit"] = "0-9A-Fa-f",
    };

    // RE2's \d, \w and \s are ASCII-only, and so are their complements \D, \W and \S: .NET's are Unicode-aware.
    private const string Re2Space = @"\t\n\f\r ";
    private const string NotDigit = @"\x00-/:-\uFFFF";
    private const string NotWord = @"\x00-/:-@\[-\^`{-\uFFFF";
    private const string NotSpace = @"\x00-\x08\x0B\x0E-\x1F!-\uFFFF";

    public static string Translate(string pattern)
    {
        var output = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                i = TranslateEscape(pattern, i, inClass, output);
                continue;
            }
            if (inClass)
            {
                if (c == '[' && pattern.AsSpan(i).StartsWith("[:"))
                {
                    i = TranslatePosixClass(pattern, i, output);
                    continue;
                }
                if (c == '[') output.Append('\\');
                else if (c == ']') inClass = false;
                output.Append(c);
                continue;
            }
            if (c == '[')
            {
                inClass = true;
                output.Append(c);
                if (i + 1 < pattern.Length && pattern[i + 1] == '^') output.Append(pattern[++i]);
                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    output.Append(@"\]");
                    i++;
                }
                continue;
            }
            if (c == '(' && pattern.AsSpan(i).StartsWith("(?P<"))
            {
                output.Append("(?<");
                i += 3;
                continue;
            }
            if (c == '(' && i + 1 < pattern.Length && pattern[i + 1] == '?')
            {
                CheckFlags(pattern, i);
            }
            output.Append(c);
        }
        if (inClass) throw new RegexTranslationException("unterminated character class");
        return output.ToString();
    }

    private static void CheckFlags(string pattern, int start)
    {
        var end = start + 2;
        while (end < pattern.Length && char.IsAsciiLetter(pattern[end]) || end < pattern.Length && pattern[end] == '-') end++;
        var flags = pattern.AsSpan(start + 2, end - start - 2);
        if (flags.Contains('U')) throw new RegexTranslationException("RE2 flag U (ungreedy) has no .NET equivalent");
    }

    private static int TranslatePosixClass(string pattern, int start, StringBuilder output)
    {
        var close = pattern.IndexOf(":]", start + 2, StringComparison.Ordinal);
        if (close < 0) throw new RegexTranslationException($"unterminated POSIX class at offset {start}");
        var name = pattern[(start + 2)..close];
        var negated = name.StartsWith('^');
        if (negated) name = name[1..];
        if (!PosixClasses.TryGetValue(name, out var members))
        {
            throw new RegexTranslationException($"unknown POSIX class [:{name}:]");
        }
        if (negated) throw new RegexTranslationException($"negated POSIX class [:^{name}:] inside a set has no .NET equivalent");
        output.Append(members);
        return close + 1;
    }

    private static int TranslateEscape(string pattern, int start, bool inClass, StringBuilder output)
    {
        var next = pattern[start + 1];
        switch (next)
        {
            case 'd':
                output.Append(inClass ? "0-9" : "[0-9]");
                return start + 1;
            case 'w':
                output.Append(inClass ? "0-9A-Za-z_" : "[0-9A-Za-z_]");
                return start + 1;
            case 's':
                output.Append(inClass ? Re2Space : $"[{Re2Space}]");
                return start + 1;
            // The complements are spelled as ranges so that they also work inside a set ([\D_] and the like).
            case 'D':
                output.Append(inClass ? NotDigit : $"[{NotDigit}]");
                return start + 1;
            case 'W':
                output.Append(inClass ? NotWord : $"[{NotWord}]");
                return start + 1;
            case 'S':
                output.Append(inClass ? NotSpace : $"[{NotSpace}]");
                return start + 1;
            case 'C':
                throw new RegexTranslationException(@"RE2 \C (any byte) has no .NET equivalent");
            case 'p' or 'P' when start + 2 < pattern.Length && pattern[start + 2] != '{':
                output.Append('\\').Append(next).Append('{').Append(pattern[start + 2]).Append('}');
                return start + 2;
            case 'x' when start + 2 < pattern.Length && pattern[start + 2] == '{':
                return TranslateHexEscape(pattern, start, output);
            case 'Q':
                var end = pattern.IndexOf(@"\E", start + 2, StringComparison.Ordinal);
                var literal = end < 0 ? pattern[(start + 2)..] : pattern[(start + 2)..end];
                output.Append(System.Text.RegularExpressions.Regex.Escape(literal));
                return end < 0 ? pattern.Length - 1 : end + 1;
            default:
                output.Append('\\').Append(next);
                return start + 1;
        }
    }

    private static int TranslateHexEscape(string pattern, int start, StringBuilder output)
    {
        var close = pattern.IndexOf('}', start + 3);
        if (close < 0) throw new RegexTranslationException($@"unterminated \x{{…}} at offset {start}");
        var hex = pattern[(start + 3)..close];
        if (!int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var code))
        {
            throw new RegexTranslationException($@"invalid \x{{{hex}}}");
        }
        if (code > 0xFFFF) throw new RegexTranslationException($@"\x{{{hex}}} is outside the range .NET regexes can name");
        output.Append($@"\u{code:X4}");
        return close;
    }
}
