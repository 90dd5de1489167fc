namespace LeakGate.Engine;

/// <summary>The commit that introduced a blob, for findings from git history.</summary>
public sealed record CommitInfo(string Sha, string AuthorName, string AuthorEmail, DateTimeOffset Date, string MessageSummary);
