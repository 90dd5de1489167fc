namespace LeakGate.Rules;

/// <summary>
/// The default pack in the form a scan loads: the detection fields of every rule (no examples, regexes already
/// translated) in a small binary layout, written at build time from <c>rules/*.toml</c>. Reading it takes a few
/// milliseconds from a cold start, where parsing the TOML costs ~100 ms and a JSON serializer's first use ~70 ms.
/// The TOML files stay the source of truth.
/// </summary>
public static class CompiledRulePack
{
    private const string Magic = "LeakGateRulePack";
    public const int FormatVersion = 1;

    public static void Write(RuleConfig pack, Stream output)
    {
        using var writer = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        WriteList(writer, pack.Rules, WriteRule);
        WriteList(writer, pack.Allowlists, WriteAllowlist);
    }

    public static RuleConfig Read(Stream input, string sourceName)
    {
        using var reader = new BinaryReader(input, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != Magic) throw new RuleConfigException(sourceName, null, null, "not a compiled rule pack");
            var version = reader.ReadInt32();
            if (version != FormatVersion) throw new RuleConfigException(sourceName, null, null, $"compiled rule pack version {version}, expected {FormatVersion}");
            return new RuleConfig
            {
                Title = "LeakGate default rules",
                SourcePath = "(built-in)",
                Rules = ReadList(reader, ReadRule),
                Allowlists = ReadList(reader, ReadAllowlist),
            };
        }
        catch (EndOfStreamException)
        {
            throw new RuleConfigException(sourceName, null, null, "truncated compiled rule pack");
        }
    }

    private static void WriteRule(BinaryWriter writer, Rule rule)
    {
        writer.Write(rule.Id);
        WriteOptional(writer, rule.Pattern);
        writer.Write(rule.Description);
        WriteOptional(writer, rule.SecretGroup);
        WriteList(writer, rule.Keywords, (w, k) => w.Write(k));
        writer.Write(rule.MinEntropy.HasValue);
        writer.Write(rule.MinEntropy ?? 0);
        WriteOptional(writer, rule.PathFilter?.Pattern);
        WriteList(writer, rule.Allowlists, WriteAllowlist);
        WriteList(writer, rule.Tags, (w, t) => w.Write(t));
        writer.Write((int)rule.Severity);
        writer.Write((int)rule.Confidence);
        writer.Write((int)rule.Checksum);
        WriteOptional(writer, rule.Source);
    }

    private static Rule ReadRule(BinaryReader reader)
    {
        var id = reader.ReadString();
        var pattern = ReadOptional(reader);
        var description = reader.ReadString();
        var secretGroup = ReadOptional(reader);
        var keywords = ReadList(reader, r => r.ReadString());
        var hasEntropy = reader.ReadBoolean();
        var entropy = reader.ReadDouble();
        var path = ReadOptional(reader);
        return new Rule(id, pattern)
        {
            Description = description, SecretGroup = secretGroup, Keywords = keywords, MinEntropy = hasEntropy ? entropy : null,
            PathFilter = path is null ? null : new DeferredRegex(path, builtIn: true), Allowlists = ReadList(reader, ReadAllowlist),
            Tags = ReadList(reader, r => r.ReadString()), Severity = (Severity)reader.ReadInt32(), Confidence = (Confidence)reader.ReadInt32(),
            Checksum = (ChecksumKind)reader.ReadInt32(), Source = ReadOptional(reader), BuiltIn = true,
        };
    }

    private static void WriteAllowlist(BinaryWriter writer, Allowlist allowlist)
    {
        WriteOptional(writer, allowlist.Description);
        writer.Write(allowlist.RequireAll);
        WriteList(writer, allowlist.Regexes, (w, r) => w.Write(r.Pattern));
        writer.Write((int)allowlist.RegexTarget);
        WriteList(writer, allowlist.Paths, (w, p) => w.Write(p.Pattern));
        WriteList(writer, allowlist.Stopwords, (w, s) => w.Write(s));
        WriteList(writer, allowlist.Commits, (w, c) => w.Write(c));
        WriteList(writer, allowlist.TargetRules, (w, t) => w.Write(t));
    }

    private static Allowlist ReadAllowlist(BinaryReader reader) => new()
    {
        Description = ReadOptional(reader),
        RequireAll = reader.ReadBoolean(),
        Regexes = ReadList(reader, r => new DeferredRegex(r.ReadString(), builtIn: true)),
        RegexTarget = (RegexTarget)reader.ReadInt32(),
        Paths = ReadList(reader, r => new DeferredRegex(r.ReadString(), builtIn: true)),
        Stopwords = ReadList(reader, r => r.ReadString()),
        Commits = ReadList(reader, r => r.ReadString()),
        TargetRules = ReadList(reader, r => r.ReadString()),
    };

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteList<T>(BinaryWriter writer, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items) write(writer, item);
    }

    private static List<T> ReadList<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var count = reader.ReadInt32();
        var items = new List<T>(count);
        for (var i = 0; i < count; i++) items.Add(read(reader));
        return items;
    }
}
