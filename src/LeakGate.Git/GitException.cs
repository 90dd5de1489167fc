namespace LeakGate.Git;

/// <summary>A git problem the user must fix (not a repository, bare where a work tree is needed, a bad range); printed as one line, exit code 2.</summary>
public sealed class GitException(string message) : Exception(message);
