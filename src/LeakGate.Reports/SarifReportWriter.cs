using LeakGate.Engine;
using LeakGate.Rules;
using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;

namespace LeakGate.Reports;

/// <summary>
/// SARIF 2.1.0 through the Sarif.Sdk object model: one run, every rule that fired with help and
/// security-severity, results with relative URIs under %SRCROOT%, regions, a masked snippet, and
/// location-independent partial fingerprints so an alert survives line moves.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SourceRootId = "%SRCROOT%";
    public const string FingerprintKey = "leakgateFingerprint/v1";

    public void Write(ScanResult result, ReportContext context, TextWriter output)
    {
        var rules = result.Findings.Select(f => f.Rule).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index);
        var run = new Run
        {
            Tool = new Tool
            {
                Driver = new ToolComponent
                {
                    Name = "LeakGate",
                    Version = context.ToolVersion,
                    SemanticVersion = context.ToolVersion,
                    Rules = rules.Select(Describe).ToList(),
                },
            },
            AutomationDetails = new RunAutomationDetails { Id = context.AutomationId },
            Results = result.Findings.Select(f => ToResult(f, ruleIndex[f.RuleId], context)).ToList(),
            Invocations = [ToInvocation(result)],
            ColumnKind = ColumnKind.Utf16CodeUnits,
        };
        if (context.ScanRoot is not null)
        {
            var root = context.ScanRoot.EndsWith('/') ? context.ScanRoot : context.ScanRoot + "/";
            run.OriginalUriBaseIds = new Dictionary<string, ArtifactLocation> { [SourceRootId] = new() { Uri = new Uri("file://" + root) } };
        }
        if (context.VersionControl is { } vcs)
        {
            run.VersionControlProvenance =
            [
                new VersionControlDetails
                {
                    RepositoryUri = vcs.RepositoryUri, RevisionId = vcs.RevisionId, Branch = vcs.Branch,
                    MappedTo = context.ScanRoot is null ? null : new ArtifactLocation { UriBaseId = SourceRootId },
                },
            ];
        }
        var log = new SarifLog { Version = SarifVersion.Current, SchemaUri = new Uri("https://json.schemastore.org/sarif-2.1.0.json"), Runs = [run] };
        output.Write(JsonConvert.SerializeObject(log, Formatting.Indented));
        output.WriteLine();
    }

    private static ReportingDescriptor Describe(Rule rule)
    {
        var descriptor = new ReportingDescriptor
        {
            Id = rule.Id,
            Name = RuleName(rule.Id),
            ShortDescription = new MultiformatMessageString { Text = rule.Description },
            FullDescription = new MultiformatMessageString { Text = $"{rule.Description}. Detected by a {SeverityScale.Name(rule.Confidence)}-confidence rule." },
            Help = new MultiformatMessageString { Text = HelpText(rule, markdown: false), Markdown = HelpText(rule, markdown: true) },
            DefaultConfiguration = new ReportingConfiguration { Level = LevelOf(rule.Severity) },
        };
        descriptor.SetProperty("tags", rule.Tags.Prepend("security").Prepend("secret").Distinct().ToList());
        descriptor.SetProperty("security-severity", SeverityScale.SecuritySeverity(rule.Severity));
        descriptor.SetProperty("precision", rule.Confidence switch { Confidence.High => "very-high", Confidence.Medium => "high", _ => "medium" });
        return descriptor;
    }

    private static string HelpText(Rule rule, bool markdown)
    {
        var heading = markdown ? $"**{rule.Description}** (`{rule.Id}`)" : $"{rule.Description} ({rule.Id})";
        return string.Join(markdown ? "\n\n" : "\n",
            heading,
            "A credential was committed. Treat it as leaked: revoke or rotate it at the provider, then remove it from the code and read it from a secret store or the environment instead.",
            markdown ? "If the value is not a secret, add `leakgate:allow` in a comment on the same line, or add the finding to the baseline (`leakgate baseline create`)."
                     : "If the value is not a secret, add leakgate:allow in a comment on the same line, or add the finding to the baseline (leakgate baseline create).");
    }

    private static Result ToResult(Finding finding, int ruleIndex, ReportContext context)
    {
        var (secret, line) = Redactor.Present(finding, context.Redact);
        var result = new Result
        {
            RuleId = finding.RuleId,
            RuleIndex = ruleIndex,
            Level = LevelOf(finding.Severity),
            Message = new Message { Text = $"{finding.Rule.Description} found: {secret}" + (finding.Encodings.Count > 0 ? $" (inside {string.Join("-in-", finding.Encodings)} text)" : "") },
            Locations =
            [
                new Location
                {
                    PhysicalLocation = new PhysicalLocation
                    {
                        ArtifactLocation = new ArtifactLocation { Uri = RelativeUri(finding.Origin.Path), UriBaseId = context.ScanRoot is null ? null : SourceRootId },
                        Region = new Region
                        {
                            StartLine = finding.StartLine, StartColumn = finding.StartColumn,
                            EndLine = finding.EndLine, EndColumn = Math.Max(finding.EndColumn, finding.EndLine == finding.StartLine ? finding.StartColumn + 1 : 1),
                            Snippet = new ArtifactContent { Text = line },
                        },
                    },
                },
            ],
            PartialFingerprints = new Dictionary<string, string> { [FingerprintKey] = finding.Fingerprint },
        };
        result.SetProperty("confidence", SeverityScale.Name(finding.Confidence));
        result.SetProperty("entropy", Math.Round(finding.Entropy, 3));
        if (finding.Origin.Commit is { } commit)
        {
            result.SetProperty("commit", commit.Sha);
            result.SetProperty("author", $"{commit.AuthorName} <{commit.AuthorEmail}>");
            result.SetProperty("date", commit.Date.ToString("O"));
        }
        return result;
    }

    private static Invocation ToInvocation(ScanResult result) => new()
    {
        ExecutionSuccessful = !result.Diagnostics.HasErrors && !result.Interrupted,
        ToolExecutionNotifications = result.Diagnostics.Messages.Select(m => new Notification
        {
            Level = m.Level == ScanMessageLevel.Error ? FailureLevel.Error : FailureLevel.Warning,
            Message = new Message { Text = m.Path is null ? m.Text : $"{m.Path}: {m.Text}" },
        }).ToList(),
    };

    private static FailureLevel LevelOf(Severity severity) => severity >= Severity.High ? FailureLevel.Error : severity == Severity.Medium ? FailureLevel.Warning : FailureLevel.Note;

    private static Uri RelativeUri(string path) =>
        new(string.Join('/', path.Split('/').Select(Uri.EscapeDataString)), UriKind.Relative);

    /// <summary>"aws-access-key-id" → "AwsAccessKeyId": SARIF names are identifiers, ids stay kebab-case.</summary>
    private static string RuleName(string id) =>
        string.Concat(id.Split('-', '_', '.').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
