using System.Collections.Concurrent;
using LeakGate.Rules;
using Microsoft.CodeAnalysis.Text;

namespace LeakGate.Analyzers;

/// <summary>
/// <see cref="PackMatchesInSource"/> for the many literals of one syntax tree. The keyword prefilter runs once over
/// the tree's text; a literal whose lines hold no keyword, most of them, is passed over after a binary search,
/// without copying its lines or touching a regex, and literals that share lines share one match of those lines.
/// </summary>
internal sealed class PackMatchesInTree
{
    private readonly SourceText _text;
    private readonly string? _path;
    private readonly KeywordPositions _keywords;
    private readonly ConcurrentDictionary<TextSpan, List<(Rule Rule, TextSpan Secret)>> _matchesByLines = new();

    public PackMatchesInTree(SourceText text, string? path)
    {
        _text = text;
        _path = path;
        _keywords = DefaultPackMatcher.KeywordPositionsIn(text.ToString());
    }

    public SourceText Text => _text;

    public List<(Rule Rule, TextSpan Secret)> Within(TextSpan span)
    {
        var lines = PackMatchesInSource.LinesOf(_text, span);
        if (!_keywords.AnyWithin(lines.Start, lines.End)) return [];
        var matches = _matchesByLines.GetOrAdd(lines, l => PackMatchesInSource.InLines(_text, l, _path));
        return PackMatchesInSource.Inside(matches, span);
    }
}
