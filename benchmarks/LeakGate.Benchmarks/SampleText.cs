using System.Text;

namespace LeakGate.Benchmarks;

/// <summary>
/// Deterministic benchmark inputs of <see cref="Bytes"/> ASCII characters each: the repository's own C# sources
/// (ordinary code), minified JavaScript on very long lines, base64-heavy text, and text dense with near-miss tokens.
/// </summary>
public static class SampleText
{
    public const int Bytes = 4 * 1024 * 1024;

    public static string SourceCode() => Repeat(RepositorySources());

    /// <summary>The same code with every word that holds a rule keyword removed: the prefilter's no-hit case.</summary>
    public static string SourceCodeWithoutKeywords(Func<string, bool> hasKeyword) =>
        Repeat(string.Join(' ', RepositorySources().Split([' ', '\n', '\t', '(', ')', '.', ';'], StringSplitOptions.RemoveEmptyEntries).Where(w => !hasKeyword(w))));

    public static string MinifiedJavaScript()
    {
        var random = new Random(1);
        var text = new StringBuilder(Bytes);
        string[] parts = ["function(e,t){", "return ", "var n=", "e.exports=", "t.default=", "};", "if(!e)throw new Error(\"x\");", "for(var r=0;r<e.length;r++)", "n.push(", ");"];
        while (text.Length < Bytes)
        {
            text.Append(parts[random.Next(parts.Length)]);
            text.Append(Identifier(random, random.Next(1, 4)));
            if (random.Next(1000) == 0) text.Append('\n');
        }
        return text.ToString(0, Bytes);
    }

    public static string Base64Heavy()
    {
        var random = new Random(2);
        var text = new StringBuilder(Bytes);
        var source = Encoding.UTF8.GetBytes(RepositorySources());
        while (text.Length < Bytes)
        {
            var offset = random.Next(source.Length - 3000);
            text.Append("  data: ").Append(Convert.ToBase64String(source, offset, random.Next(48, 3000))).Append('\n');
        }
        return text.ToString(0, Bytes);
    }

    /// <summary>Lines that look like credentials but are not: wrong lengths, placeholders, references, hashes.</summary>
    public static string NearMisses()
    {
        var random = new Random(3);
        var text = new StringBuilder(Bytes);
        string[] templates =
        [
            "token = \"ghp_{0}\"", "aws_access_key_id = AKIA{1}", "password: ${{DB_PASSWORD}}", "api_key = \"<your-api-key>\"",
            "secret = os.environ[\"SECRET_{1}\"]", "sha256 = \"{2}\"", "client_secret: \"xxxxxxxxxxxxxxxxxxxxxxxx\"", "slack_token = \"xoxb-{1}\"",
            "Authorization: Bearer {{{{token}}}}", "password = getPassword()", "key = \"sk-{0}...\"",
        ];
        while (text.Length < Bytes)
        {
            var template = templates[random.Next(templates.Length)];
            text.AppendFormat(template, Identifier(random, 3), Identifier(random, 1).ToUpperInvariant(), Hex(random, 64)).Append('\n');
        }
        return text.ToString(0, Bytes);
    }

    private static string Repeat(string unit)
    {
        var text = new StringBuilder(Bytes + unit.Length);
        while (text.Length < Bytes) text.Append(unit).Append('\n');
        return text.ToString(0, Bytes);
    }

    private static string Identifier(Random random, int words)
    {
        string[] vocabulary = ["value", "item", "count", "index", "result", "handler", "options", "buffer", "node", "state", "render", "module"];
        return string.Concat(Enumerable.Range(0, words).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
    }

    private static string Hex(Random random, int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => "0123456789abcdef"[random.Next(16)]));

    private static string RepositorySources()
    {
        var root = RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return string.Join('\n', files.Select(File.ReadAllText));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Scanner.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("run the benchmarks from inside the LeakGate repository (Scanner.sln not found above " + AppContext.BaseDirectory + ")");
    }
}
