using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Serialization;

namespace LeakGate.Rules;

/// <summary>
/// Source-generated reading of a TOML document into Tomlyn's untyped model: no reflection, so config loading
/// works in the NativeAOT-published gate (<c>leakgate-gate</c>) exactly as in the CLI.
/// </summary>
[TomlSerializable(typeof(TomlTable))]
internal partial class RuleConfigTomlContext : TomlSerializerContext
{
    /// <summary>A context reading with these options (metadata store for line numbers, source name for errors).</summary>
    public RuleConfigTomlContext(TomlSerializerOptions options) : base(options)
    {
    }
}
