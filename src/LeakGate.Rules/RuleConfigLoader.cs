using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Serialization;

namespace LeakGate.Rules;

/// <summary>
/// Reads LeakGate rule files and gitleaks v8 configs (one format is a superset of the other) into a
/// <see cref="RuleConfig"/>. Every problem is a <see cref="RuleConfigException"/> naming file, line and rule.
/// </summary>
public static class RuleConfigLoader
{
    private static readonly string[] TopLevelKeys = ["title", "minVersion", "description", "extend", "rules", "allowlist", "allowlists"];
    private static readonly string[] ExtendKeys = ["useDefault", "path", "url", "disabledRules"];
    private static readonly string[] RuleKeys =
    [
        "id", "description", "regex", "secretGroup", "entropy", "keywords", "path", "tags", "allowlist", "allowlists",
        "severity", "confidence", "validate", "examples", "negativeExamples",
    ];
    private static readonly string[] AllowlistKeys = ["description", "condition", "regexes", "regexTarget", "paths", "stopwords", "commits", "targetRules"];

    /// <summary>Loads a config file. Files named like gitleaks' config follow gitleaks' rule: without
    /// <c>[extend] useDefault = true</c> they replace the default pack; LeakGate configs extend it.</summary>
    public static RuleConfig LoadFile(string path)
    {
        string text;
        try
        {
            text = System.IO.File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RuleConfigException(path, null, null, $"cannot read config: {ex.Message}");
        }
        var isGitleaks = Path.GetFileName(path).Contains("gitleaks", StringComparison.OrdinalIgnoreCase);
        return Parse(text, path, defaultUseDefault: !isGitleaks, compileRegexes: true);
    }

    /// <summary>Parses TOML text. <paramref name="compileRegexes"/> compiles every rule now (user configs) rather
    /// than on first keyword hit (the embedded pack, whose regexes the test suite compiles); <paramref name="builtIn"/>
    /// marks the default pack's own files.</summary>
    public static RuleConfig Parse(string text, string? sourceName, bool defaultUseDefault, bool compileRegexes, bool builtIn = false)
    {
        var metadata = new TomlMetadataStore();
        TomlTable root;
        try
        {
            root = TomlSerializer.Deserialize(text, new RuleConfigTomlContext(new TomlSerializerOptions { MetadataStore = metadata, SourceName = sourceName }).TomlTable)
                ?? throw new RuleConfigException(sourceName, null, null, "empty document");
        }
        catch (TomlException wrapper)
        {
            // Through a source-generated context the syntax error arrives wrapped in a conversion error of the root table.
            var ex = wrapper;
            while (ex.InnerException is TomlException inner) ex = inner;
            var first = ex.Message.Split('\n')[0];
            var colon = first.IndexOf(": error : ", StringComparison.Ordinal);
            throw new RuleConfigException(sourceName, ex.Line > 0 ? ex.Line : null, null, "invalid TOML: " + (colon >= 0 ? first[(colon + 10)..] : first));
        }
        catch (ArgumentOutOfRangeException)
        {
            // Tomlyn's lexer fails this way while describing some bad escapes (a string ending in a backslash at the
            // end of the file, found by fuzzing): still a bad file, not a crash.
            throw new RuleConfigException(sourceName, null, null, "invalid TOML: an unterminated string or escape sequence");
        }

        var reader = new TomlTableReader(root, metadata, sourceName, 1, null);
        reader.RejectUnknownKeys(TopLevelKeys);
        var extend = reader.Table("extend");
        extend?.RejectUnknownKeys(ExtendKeys);
        if (extend?.Has("url") == true) throw extend.Error("url", "[extend] url is not supported: download the file and use [extend] path");

        var extendPath = extend?.String("path");
        if (extendPath is not null && sourceName is not null && !Path.IsPathRooted(extendPath))
        {
            extendPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sourceName)) ?? ".", extendPath);
        }

        var rules = new List<Rule>();
        var ids = new HashSet<string>();
        foreach (var ruleReader in reader.Tables("rules"))
        {
            var rule = ReadRule(ruleReader, compileRegexes, builtIn);
            if (!ids.Add(rule.Id)) throw new RuleConfigException(sourceName, ruleReader.TableLine, rule.Id, "duplicate rule id");
            rules.Add(rule);
        }

        var allowlists = reader.Tables("allowlist").Concat(reader.Tables("allowlists")).Select(a => ReadAllowlist(a, compileRegexes)).ToList();
        return new RuleConfig
        {
            Title = reader.String("title"),
            SourcePath = sourceName,
            UseDefault = extend?.Bool("useDefault") ?? defaultUseDefault,
            ExtendPath = extendPath,
            DisabledRules = extend?.Strings("disabledRules") ?? [],
            Rules = rules,
            Allowlists = allowlists,
        };
    }

    private static Rule ReadRule(TomlTableReader reader, bool compileRegex, bool builtIn)
    {
        var id = reader.String("id") ?? throw new RuleConfigException(reader.File, reader.TableLine, null, "rule has no 'id'");
        reader.RuleId = id;
        reader.RejectUnknownKeys(RuleKeys);
        var regex = reader.String("regex");
        var path = reader.String("path");

        var translated = regex is null ? null : TranslateRegex(reader, "regex", regex);
        var rule = new Rule(id, translated)
        {
            Description = reader.String("description") ?? id,
            SecretGroup = SecretGroupFor(regex, reader.IntegerOrString("secretGroup")),
            MinEntropy = reader.Number("entropy"),
            Keywords = reader.Strings("keywords").Select(k => k.ToLowerInvariant()).Where(k => k.Length > 0).Distinct().ToList(),
            PathFilter = path is null ? null : CompileAuxiliary(reader, "path", path, compileRegex),
            Tags = reader.Strings("tags"),
            Severity = ParseEnum<Severity>(reader, "severity") ?? Severity.High,
            Confidence = ParseEnum<Confidence>(reader, "confidence") ?? Confidence.Medium,
            Checksum = ParseChecksum(reader),
            Examples = reader.Strings("examples"),
            NegativeExamples = reader.Strings("negativeExamples"),
            Allowlists = reader.Tables("allowlist").Concat(reader.Tables("allowlists")).Select(a => ReadAllowlist(a, compileRegex)).ToList(),
            Source = reader.File is null ? null : $"{reader.File}:{reader.TableLine}",
            BuiltIn = builtIn,
        };
        if (compileRegex) CompileRule(reader, rule);
        return rule;
    }

    private static void CompileRule(TomlTableReader reader, Rule rule)
    {
        try
        {
            rule.EnsureCompiled();
        }
        catch (ArgumentException ex)
        {
            throw reader.Error("regex", $"regex does not compile: {ex.Message}");
        }
        if (rule.SecretGroup is { } group && rule.Regex is { } compiled)
        {
            var exists = int.TryParse(group, out var number) ? compiled.GetGroupNumbers().Contains(number) : compiled.GroupNumberFromName(group) >= 0;
            if (!exists) throw reader.Error("secretGroup", $"secretGroup {group} does not exist in the regex");
        }
    }

    /// <summary>A numeric secretGroup is an RE2 group number; translated to the group .NET reports for it.</summary>
    private static string? SecretGroupFor(string? re2Pattern, string? secretGroup) =>
        re2Pattern is not null && int.TryParse(secretGroup, out var number) ? Re2GroupNumbering.ToDotNetGroup(re2Pattern, number) : secretGroup;

    private static string TranslateRegex(TomlTableReader reader, string key, string pattern)
    {
        try
        {
            return Re2Translator.Translate(pattern);
        }
        catch (RegexTranslationException ex)
        {
            throw reader.Error(key, $"regex cannot be translated from RE2: {ex.Message}");
        }
    }

    /// <summary>A path or allowlist pattern: translated now, built on first use, or now when <paramref name="validate"/>.</summary>
    private static DeferredRegex CompileAuxiliary(TomlTableReader reader, string key, string pattern, bool validate)
    {
        var regex = new DeferredRegex(TranslateRegex(reader, key, pattern));
        if (!validate) return regex;
        try
        {
            _ = regex.Value;
        }
        catch (ArgumentException ex)
        {
            throw reader.Error(key, $"regex does not compile: {ex.Message}");
        }
        return regex;
    }

    private static Allowlist ReadAllowlist(TomlTableReader reader, bool validate)
    {
        reader.RejectUnknownKeys(AllowlistKeys);
        var condition = reader.String("condition")?.ToUpperInvariant();
        if (condition is not (null or "OR" or "AND")) throw reader.Error("condition", "condition must be \"OR\" or \"AND\"");
        var target = reader.String("regexTarget")?.ToLowerInvariant();
        return new Allowlist
        {
            Description = reader.String("description"),
            RequireAll = condition == "AND",
            Regexes = reader.Strings("regexes").Select(r => CompileAuxiliary(reader, "regexes", r, validate)).ToList(),
            RegexTarget = target switch
            {
                null or "secret" => RegexTarget.Secret,
                "match" => RegexTarget.Match,
                "line" => RegexTarget.Line,
                _ => throw reader.Error("regexTarget", "regexTarget must be \"secret\", \"match\" or \"line\""),
            },
            Paths = reader.Strings("paths").Select(p => CompileAuxiliary(reader, "paths", p, validate)).ToList(),
            Stopwords = reader.Strings("stopwords"),
            Commits = reader.Strings("commits"),
            TargetRules = reader.Strings("targetRules"),
        };
    }

    private static T? ParseEnum<T>(TomlTableReader reader, string key) where T : struct, Enum
    {
        var text = reader.String(key);
        if (text is null) return null;
        if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _)) return value;
        throw reader.Error(key, $"'{key}' must be one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
    }

    private static ChecksumKind ParseChecksum(TomlTableReader reader) => reader.String("validate") switch
    {
        null => ChecksumKind.None,
        "github-crc32" => ChecksumKind.GitHubCrc32,
        "npm-crc32" => ChecksumKind.NpmCrc32,
        "cloudflare-crc32" => ChecksumKind.CloudflareCrc32,
        var other => throw reader.Error("validate", $"unknown checksum kind '{other}' (known: github-crc32, npm-crc32, cloudflare-crc32)"),
    };
}
