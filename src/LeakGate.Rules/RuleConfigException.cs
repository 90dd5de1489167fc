namespace LeakGate.Rules;

/// <summary>A config or rule file is invalid; the message names the file, line and rule.</summary>
public sealed class RuleConfigException : Exception
{
    public RuleConfigException(string? file, int? line, string? ruleId, string message, Exception? inner = null)
        : base(Format(file, line, ruleId, message), inner)
    {
        File = file;
        Line = line;
        RuleId = ruleId;
    }

    public string? File { get; }
    public int? Line { get; }
    public string? RuleId { get; }

    private static string Format(string? file, int? line, string? ruleId, string message)
    {
        var where = file ?? "<config>";
        if (line is not null) where += $":{line}";
        return ruleId is null ? $"{where}: {message}" : $"{where}: rule '{ruleId}': {message}";
    }
}
