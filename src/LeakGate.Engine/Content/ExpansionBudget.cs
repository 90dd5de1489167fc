namespace LeakGate.Engine.Content;

/// <summary>
/// Bytes and entries still allowed for one outermost file, shared by every archive nested inside it, so nesting cannot
/// multiply the limits. Used by one worker at a time.
/// </summary>
public sealed class ExpansionBudget(ContentLimits limits)
{
    public long BytesLeft { get; private set; } = limits.MaxExpandedBytes;
    public int EntriesLeft { get; private set; } = limits.MaxEntries;

    /// <summary>Counts one more entry; false when the entry limit is reached.</summary>
    public bool TakeEntry()
    {
        if (EntriesLeft <= 0) return false;
        EntriesLeft--;
        return true;
    }

    public void Spend(long bytes) => BytesLeft -= bytes;
}
