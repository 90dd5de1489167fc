using System.Text.RegularExpressions;

namespace LeakGate.Rules;

/// <summary>How far a rule's regex can reach across lines, which sets the size of its search window.</summary>
public enum LineSpan
{
    /// <summary>Cannot match a line break: the window is the keyword's line.</summary>
    SingleLine,
    /// <summary>Across a few line breaks (<c>\s*</c> between a key and its value): the lines around the keyword.</summary>
    Adjacent,
    /// <summary>Across any number of lines (<c>[\s\S]*</c>, <c>[^}]*</c>, a repeated group holding <c>\s</c>): a block
    /// such as a PEM key or a configuration object, kilobytes long.</summary>
    Block,
}

/// <summary>
/// Classifies a regex by <see cref="LineSpan"/>, atom by atom: <c>\s</c> and <c>\n</c> match a line break, so
/// does a negated class that does not exclude it (<c>[^}]</c>, unlike <c>[^\s"']</c>), and <c>.</c> only under
/// <c>(?s)</c>. Whitespace repeated on its own (<c>\s*</c>) counts as adjacent lines; anything else repeated that
/// can match a line break counts as a block. A boundary group at either end, <c>(?:^|[^A-Za-z0-9_])</c> or
/// <c>(?:[^A-Za-z0-9_]|$)</c>, does not count: a search window begins and ends at a line break, where its anchor
/// alternative matches instead, and the secret it delimits is the same; likewise <c>\r?$</c> at a line's end.
/// </summary>
internal static class LineSpanning
{
    public static LineSpan Classify(string pattern)
    {
        pattern = TrailingBoundaryPattern.Replace(LeadingBoundaryPattern.Replace(pattern, "$1"), "").Replace(@"\r?$", "$");
        var span = LineSpan.SingleLine;
        var dotAll = false;
        var groups = new Stack<bool>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var atom = NewlineAtom.None;
            switch (pattern[i])
            {
                case '\\' when i + 1 < pattern.Length:
                    atom = pattern[++i] is 's' or 'n' or 'r' or 'v' or 'f' ? NewlineAtom.Whitespace : NewlineAtom.None;
                    break;
                case '[':
                    atom = ClassifyClass(pattern, ref i);
                    break;
                case '.':
                    atom = dotAll ? NewlineAtom.Other : NewlineAtom.None;
                    break;
                case '(':
                    if (i + 2 < pattern.Length && pattern[i + 1] == '?' && HasDotAllFlag(pattern, i + 2)) dotAll = true;
                    groups.Push(false);
                    continue;
                case ')' when groups.Count > 0:
                    atom = groups.Pop() ? NewlineAtom.Other : NewlineAtom.None;
                    break;
            }
            if (atom == NewlineAtom.None) continue;
            if (IsRepeated(pattern, i + 1) && atom == NewlineAtom.Other) return LineSpan.Block;
            span = LineSpan.Adjacent;
            if (groups.Count > 0)
            {
                groups.Pop();
                groups.Push(true);
            }
        }
        return span;
    }

    private enum NewlineAtom
    {
        None,
        Whitespace,
        Other,
    }

    /// <summary>Reads a character class from its '[' to its ']' and says whether it can match a line break.</summary>
    private static NewlineAtom ClassifyClass(string pattern, ref int i)
    {
        var negated = i + 1 < pattern.Length && pattern[i + 1] == '^';
        if (negated) i++;
        var excludesNewline = false;
        var hasWhitespace = false;
        var hasOther = false;
        var first = true;
        for (i++; i < pattern.Length; i++, first = false)
        {
            var c = pattern[i];
            if (c == ']' && !first) break;
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var escaped = pattern[++i];
                if (escaped is 's' or 'n' or 'r') { excludesNewline = true; hasWhitespace = true; }
                else if (escaped is 'S' or 'W' or 'D') hasOther = true;
                continue;
            }
            hasOther = true;
        }
        if (negated) return excludesNewline ? NewlineAtom.None : NewlineAtom.Other;
        if (hasWhitespace && hasOther) return NewlineAtom.Other;
        return hasWhitespace ? NewlineAtom.Whitespace : NewlineAtom.None;
    }

    private static bool IsRepeated(string pattern, int next) =>
        next < pattern.Length && (pattern[next] is '*' or '+' || (pattern[next] == '{' && !IsSmallBound(pattern, next)));

    /// <summary>A bound such as <c>{0,2}</c> that repeats at most twice.</summary>
    private static bool IsSmallBound(string pattern, int open)
    {
        var close = pattern.IndexOf('}', open);
        if (close < 0) return false;
        var bounds = pattern[(open + 1)..close].Split(',');
        return int.TryParse(bounds[^1], out var max) && max <= 2;
    }

    /// <summary>An inline flag group such as <c>(?s)</c> or <c>(?is:</c> that turns on single-line mode.</summary>
    private static bool HasDotAllFlag(string pattern, int start)
    {
        for (var i = start; i < pattern.Length && pattern[i] != ')' && pattern[i] != ':'; i++)
        {
            if (pattern[i] == '-') return false;
            if (pattern[i] == 's') return true;
            if (!char.IsAsciiLetter(pattern[i])) return false;
        }
        return false;
    }

    private const string BoundaryAtom = @"(?:\[(?:\\.|[^\]\\])+\]|\\[A-Za-z])";

    private static readonly Regex LeadingBoundaryPattern =
        new(@"^(\(\?[A-Za-z]+\))?\(\?:(?:\^\|" + BoundaryAtom + @"|" + BoundaryAtom + @"\|\^)\)(?![*+?{])", RegexOptions.CultureInvariant);

    private static readonly Regex TrailingBoundaryPattern =
        new(@"\(\?:(?:" + BoundaryAtom + @"\|(?:\$|\\z)|(?:\$|\\z)\|" + BoundaryAtom + @")\)$", RegexOptions.CultureInvariant);
}
