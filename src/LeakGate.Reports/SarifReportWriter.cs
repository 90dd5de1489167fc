using LeakGate.Engine;
using LeakGate.Rules;
using Microsoft.CodeAnalysis.Sarif;
using Newtonsoft.Json;

namespace LeakGate.Reports;

/// <summary>
/// SARIF 2.1.0 through the Sarif.Sdk object model: one run, every rule that fired with help and
/// security-severity, results with relative URIs under %SRCROOT%, regions, a masked snippet, and
/// location-independent partial fingerprints so an alert survives line moves. At most GitHub's documented
/// limits per run (results, tags per rule), with a warning notification when findings are left out.
/// </summary>
public sealed class SarifReportWriter(int maxResults = SarifReportWriter.MaxResultsPerRun) : IReportWriter
{
    public const string SourceRootId = "%SRCROOT%";
    public const string FingerprintKey = "leakgateFingerprint/v1";
    /// <summary>Where people learn about the tool (SARIF <c>tool.driver.informationUri</c>, which GitHub's ingestion rules ask for).</summary>
    public const string InformationUri = "https://github.com/leakgate/leakgate";
    /// <summary>GitHub code scanning rejects a run with more results than this (its documented hard limit).</summary>
    public const int MaxResultsPerRun = 25_000;
    /// <summary>GitHub accepts 20 tags per rule but shows only 10; more are dropped here rather than there.</summary>
    public const int MaxTagsPerRule = 10;

    public void Write(ScanResult result, ReportContext context, TextWriter output)
    {
        // Over the cap, the most severe findings are kept (GitHub also prioritizes by severity), in their original order.
        var findings = result.Findings.Count <= maxResults ? result.Findings
            : result.Findings.Select((f, i) => (f, i)).OrderByDescending(p => p.f.Severity).Take(maxResults).OrderBy(p => p.i).Select(p => p.f).ToList();
        var rules = findings.Select(f => f.Rule).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index);
        var run = new Run
        {
            Tool = new Tool
            {
                Driver = new ToolComponent
                {
                    Name = "LeakGate",
                    InformationUri = new Uri(InformationUri),
                    Version = context.ToolVersion,
                    SemanticVersion = context.ToolVersion,
                    Rules = rules.Select(Describe).ToList(),
                },
            },
            AutomationDetails = new RunAutomationDetails { Id = context.AutomationId },
            Results = findings.Select(f => ToResult(f, ruleIndex[f.RuleId], context)).ToList(),
            Invocations = [ToInvocation(result, findings.Count)],
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
        descriptor.SetProperty("tags", rule.Tags.Prepend("security").Prepend("secret").Distinct().Take(MaxTagsPerRule).ToList());
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
        if (finding.Origin.Details.Count > 0)
        {
            // The place inside a structured file (Secret and key, resource address, image layer, CI job and step).
            result.SetProperty("location", finding.Origin.Details.ToDictionary(d => d.Name, d => d.Value));
        }
        if (finding.Origin.Commit is { } commit)
        {
            result.SetProperty("commit", commit.Sha);
            result.SetProperty("author", $"{commit.AuthorName} <{commit.AuthorEmail}>");
            result.SetProperty("date", commit.Date.ToString("O"));
        }
        return result;
    }

    private static Invocation ToInvocation(ScanResult result, int written)
    {
        var notifications = result.Diagnostics.Messages.Select(m => new Notification
        {
            Level = m.Level == ScanMessageLevel.Error ? FailureLevel.Error : FailureLevel.Warning,
            Message = new Message { Text = m.Path is null ? m.Text : $"{m.Path}: {m.Text}" },
        }).ToList();
        if (written < result.Findings.Count)
        {
            notifications.Add(new Notification
            {
                Level = FailureLevel.Warning,
                Message = new Message
                {
                    Text = $"SARIF results truncated: {written} of {result.Findings.Count} findings written, the most severe first, because GitHub code scanning " +
                        $"rejects runs with more than {MaxResultsPerRun} results. Use --format json for the complete list.",
                },
            });
        }
        return new Invocation { ExecutionSuccessful = !result.Diagnostics.HasErrors && !result.Interrupted, ToolExecutionNotifications = notifications };
    }

    private static FailureLevel LevelOf(Severity severity) => severity >= Severity.High ? FailureLevel.Error : severity == Severity.Medium ? FailureLevel.Warning : FailureLevel.Note;

    private static Uri RelativeUri(string path) =>
        new(string.Join('/', path.Split('/').Select(Uri.EscapeDataString)), UriKind.Relative);

    /// <summary>"aws-access-key-id" → "AwsAccessKeyId": SARIF names are identifiers, ids stay kebab-case.</summary>
    private static string RuleName(string id) =>
        string.Concat(id.Split('-', '_', '.').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
