using LeakGate.Rules;
using Microsoft.CodeAnalysis.Text;

namespace LeakGate.Analyzers;

/// <summary>
/// Runs the default pack over the source lines that hold a span (a literal) and keeps the matches whose secret lies
/// inside it. Matching whole lines, as the CLI does, lets a rule see its keyword in the symbol name
/// (<c>herokuKey = "…"</c>) and keeps inline <c>leakgate:allow</c> comments working.
/// </summary>
internal static class PackMatchesInSource
{
    public static List<(Rule Rule, TextSpan Secret)> Within(SourceText text, TextSpan span, string? path)
    {
        var first = text.Lines.GetLineFromPosition(span.Start);
        var last = text.Lines.GetLineFromPosition(span.End);
        var window = TextSpan.FromBounds(first.Start, last.End);
        var found = new List<(Rule, TextSpan)>();
        foreach (var match in DefaultPackMatcher.Find(text.ToString(window), path))
        {
            var secret = new TextSpan(window.Start + match.SecretStart, match.SecretLength);
            if (span.Contains(secret)) found.Add((match.Rule, secret));
        }
        return found;
    }
}
