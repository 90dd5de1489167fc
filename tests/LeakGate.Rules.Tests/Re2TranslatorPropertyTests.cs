// Issue 9, properties of Re2Translator: a translated pattern compiles and matches exactly what RE2's documented
// semantics match, character by character, for sequences of RE2 atoms and any candidate text.
using System.Text.RegularExpressions;
using CsCheck;

namespace LeakGate.Rules.Tests;

public class Re2TranslatorPropertyTests
{
    /// <summary>An RE2 atom and, from RE2's syntax documentation, which one character it matches.</summary>
    private sealed record Atom(string Re2, Func<char, bool> Matches);

    private static readonly Atom[] Atoms =
    [
        new(@"\d", c => c is >= '0' and <= '9'),
        new(@"\D", c => c is not (>= '0' and <= '9')),
        new(@"\w", c => char.IsAsciiLetterOrDigit(c) || c == '_'),
        new(@"\W", c => !(char.IsAsciiLetterOrDigit(c) || c == '_')),
        new(@"\s", c => c is '\t' or '\n' or '\f' or '\r' or ' '),
        new(@"\S", c => c is not ('\t' or '\n' or '\f' or '\r' or ' ')),
        new("[[:alpha:]]", char.IsAsciiLetter),
        new("[[:digit:][:punct:]]", c => char.IsAsciiDigit(c) || (c is >= '!' and <= '~' && !char.IsAsciiLetterOrDigit(c))),
        new("[^[:space:]]", c => c is not ('\t' or '\n' or '\v' or '\f' or '\r' or ' ')),
        new(@"[\d_]", c => char.IsAsciiDigit(c) || c == '_'),
        new(@"[^\w]", c => !(char.IsAsciiLetterOrDigit(c) || c == '_')),
        new(@"\pL", char.IsLetter),
        new(@"\PL", c => !char.IsLetter(c)),
        new(@"\x{e9}", c => c == '\u00e9'),
        new(@"\Q.\E", c => c == '.'),
        new(".", c => c != '\n'),
        new("a", c => c == 'a'),
        new(@"\.", c => c == '.'),
        new("[]a]", c => c is ']' or 'a'),
    ];

    /// <summary>ASCII letters, digits and space kinds, plus the non-ASCII ones RE2 and .NET disagree on.</summary>
    private const string Candidates = "aZ09_ .\t\n\v\f\r]-\u00e9\u0663\u00a0\u2003\u01c5\u00b2";

    [Fact]
    public void A_sequence_of_atoms_matches_exactly_the_texts_whose_characters_each_atom_accepts()
    {
        var gen = Gen.Int[0, Atoms.Length - 1].Array[1, 6].SelectMany(atoms =>
            Gen.Char[Candidates].Array[atoms.Length, atoms.Length].Select(text => (atoms, text)));
        gen.Sample((atoms, text) =>
        {
            var pattern = "^" + string.Concat(atoms.Select(a => "(?:" + Atoms[a].Re2 + ")")) + "$";
            var regex = new Regex(Re2Translator.Translate(pattern), RegexOptions.CultureInvariant);
            var expected = atoms.Select((a, i) => Atoms[a].Matches(text[i])).All(ok => ok);

            Assert.True(regex.IsMatch(new string(text)) == expected,
                $"RE2 {pattern} on \"{Regex.Escape(new string(text))}\": expected {(expected ? "a match" : "no match")}, .NET {Re2Translator.Translate(pattern)} says otherwise");
        }, iter: 5000);
    }

    [Fact]
    public void Named_groups_keep_their_names_and_capture_the_same_text()
    {
        var name = Gen.String[Gen.Char["abcxyz"], 1, 8];
        var literal = Gen.String[Gen.Char["abc.+*?()[]{}|^$\\"], 1, 12];
        Gen.Select(name, literal).Sample((group, text) =>
        {
            var regex = new Regex(Re2Translator.Translate($@"x(?P<{group}>\Q{text}\E)y"));

            var match = regex.Match($"..x{text}y..");

            Assert.True(match.Success);
            Assert.Equal(text, match.Groups[group].Value);
        }, iter: 2000);
    }
}
