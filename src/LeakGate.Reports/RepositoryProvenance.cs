namespace LeakGate.Reports;

/// <summary>The repository and revision a git scan covered (SARIF <c>run.versionControlProvenance</c>).</summary>
public sealed record RepositoryProvenance(Uri RepositoryUri, string? RevisionId, string? Branch);
