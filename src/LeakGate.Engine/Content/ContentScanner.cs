using LeakGate.Rules;

namespace LeakGate.Engine.Content;

/// <summary>
/// The engine's door for structured files: an item of a handled kind is scanned as text (unless it is a container)
/// and then expanded by its handler, each derived item going through this same door (so an archive in an image layer
/// opens too); everything else goes straight to the <see cref="ItemScanner"/>.
/// </summary>
internal sealed class ContentScanner(ItemScanner scanner, RuleSet ruleSet, ScanSettings settings, IReadOnlyList<IContentHandler> handlers)
{
    public List<Finding> Scan(ScanItem item, ScanDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        var context = new ContentContext(settings.ContentLimits, new ExpansionBudget(settings.ContentLimits), diagnostics, settings.MaxFileSize, cancellationToken);
        return Scan(item, context);
    }

    private List<Finding> Scan(ScanItem item, ContentContext context)
    {
        var handler = handlers.FirstOrDefault(h => h.Handles(item.Origin.Path));
        if (handler is null || ruleSet.IsPathAllowlisted(item.Origin.Path) || item.Length > settings.MaxFileSize)
        {
            return scanner.Scan(item, context.Diagnostics, context.CancellationToken);
        }
        var own = handler.ScansOriginal ? scanner.Scan(item, context.Diagnostics, context.CancellationToken) : [];
        var derived = new List<Finding>();
        try
        {
            foreach (var inner in handler.Expand(item, context))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (inner.IsFile) derived.AddRange(Scan(inner.Item, context with { ArchiveDepth = context.ArchiveDepth + 1 }));
                else derived.AddRange(ScanValue(inner, context));
            }
        }
        catch (ContentFormatException ex)
        {
            context.Diagnostics.Warn(item.Origin.Path, ex.Message + (handler.ScansOriginal ? "; scanned as plain text" : ""));
        }
        catch (ExpansionLimitException ex)
        {
            context.Diagnostics.Error(item.Origin.Path, ex.Message);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or NotSupportedException)
        {
            context.Diagnostics.Error(item.Origin.Path, $"cannot read archive: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A text item's own scan has already reported that it cannot be read: one error per file.
            if (!handler.ScansOriginal) context.Diagnostics.Error(item.Origin.Path, $"cannot read: {ex.Message}");
        }
        // A value found both in the plain text and by the handler is reported once, with the handler's richer origin.
        var shadowed = derived.Select(f => (f.Fingerprint, f.StartLine)).ToHashSet();
        own.RemoveAll(f => shadowed.Contains((f.Fingerprint, f.StartLine)));
        own.AddRange(derived);
        return own;
    }

    /// <summary>Scans a value or verbatim lines as text and reports what they hold at their place in the parent.</summary>
    private IEnumerable<Finding> ScanValue(DerivedItem value, ContentContext context) =>
        scanner.Scan(value.Item, context.Diagnostics, context.CancellationToken)
            .Where(f => f.Rule.Pattern is not null) // path rules already fired on the parent
            .Select(f => value.Pin is { } pin
                ? f with
                {
                    StartLine = pin.Line, StartColumn = pin.Column, EndLine = pin.Line, EndColumn = pin.Column + pin.Length,
                    Encodings = [.. value.Encodings, .. f.Encodings],
                }
                : f with { StartLine = f.StartLine + value.LineOffset!.Value, EndLine = f.EndLine + value.LineOffset.Value });
}
