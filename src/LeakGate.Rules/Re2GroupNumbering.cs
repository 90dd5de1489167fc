namespace LeakGate.Rules;

/// <summary>
/// RE2 numbers capturing groups left to right, named or not; .NET numbers the unnamed ones first and the named
/// ones after them. A gitleaks rule's numeric <c>secretGroup</c> is an RE2 number, so when its regex mixes named
/// and unnamed groups this maps the number to the group .NET will report: its name, or its .NET number.
/// </summary>
internal static class Re2GroupNumbering
{
    public static string ToDotNetGroup(string re2Pattern, int re2Number)
    {
        var groups = CapturingGroups(re2Pattern);
        if (re2Number < 1 || re2Number > groups.Count || groups.All(name => name is null)) return re2Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var name = groups[re2Number - 1];
        if (name is not null) return name;
        var unnamedBefore = groups.Take(re2Number).Count(n => n is null);
        return unnamedBefore.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The capturing groups in order of their opening parenthesis: the name, or null when unnamed.</summary>
    private static List<string?> CapturingGroups(string pattern)
    {
        var groups = new List<string?>();
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                continue;
            }
            if (inClass)
            {
                if (c == ']') inClass = false;
                continue;
            }
            if (c == '[')
            {
                inClass = true;
                if (i + 1 < pattern.Length && pattern[i + 1] == '^') i++;
                if (i + 1 < pattern.Length && pattern[i + 1] == ']') i++;
                continue;
            }
            if (c != '(') continue;
            if (i + 1 >= pattern.Length || pattern[i + 1] != '?')
            {
                groups.Add(null);
                continue;
            }
            var nameStart = pattern.AsSpan(i).StartsWith("(?P<") ? i + 4 : pattern.AsSpan(i).StartsWith("(?<") && i + 3 < pattern.Length && pattern[i + 3] is not ('=' or '!') ? i + 3 : -1;
            if (nameStart < 0) continue;
            var close = pattern.IndexOf('>', nameStart);
            if (close > nameStart) groups.Add(pattern[nameStart..close]);
        }
        return groups;
    }
}
