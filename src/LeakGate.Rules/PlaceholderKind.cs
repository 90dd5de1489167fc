namespace LeakGate.Rules;

/// <summary>How a value looks to the placeholder filter.</summary>
public enum PlaceholderKind
{
    None,
    /// <summary>Typed by a person rather than generated: EXAMPLE, xxxxx, ABCDEFGH, one repeated character.</summary>
    Invented,
    /// <summary>A slot to fill in or a masked value: <c>${VAR}</c>, <c>&lt;key&gt;</c>, changeme, ****.</summary>
    Template,
}
