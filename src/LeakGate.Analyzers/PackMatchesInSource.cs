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
    public static List<(Rule Rule, TextSpan Secret)> Within(SourceText text, TextSpan span, string? path) =>
        Inside(InLines(text, LinesOf(text, span), path), span);

    /// <summary>The whole lines that hold <paramref name="span"/>.</summary>
    public static TextSpan LinesOf(SourceText text, TextSpan span) =>
        TextSpan.FromBounds(text.Lines.GetLineFromPosition(span.Start).Start, text.Lines.GetLineFromPosition(span.End).End);

    /// <summary>Every match of the pack in <paramref name="lines"/>, with its secret's span in <paramref name="text"/>.</summary>
    public static List<(Rule Rule, TextSpan Secret)> InLines(SourceText text, TextSpan lines, string? path) =>
        [.. DefaultPackMatcher.Find(text.ToString(lines), path).Select(m => (m.Rule, new TextSpan(lines.Start + m.SecretStart, m.SecretLength)))];

    /// <summary>The matches whose secret lies inside <paramref name="span"/>.</summary>
    public static List<(Rule Rule, TextSpan Secret)> Inside(List<(Rule Rule, TextSpan Secret)> matches, TextSpan span) =>
        matches.FindAll(m => span.Contains(m.Secret));
}
