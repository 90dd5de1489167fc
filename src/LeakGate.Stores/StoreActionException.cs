namespace LeakGate.Stores;

/// <summary>
/// An action failed part-way. <see cref="State"/> says exactly what state the secret was left in (what was
/// written, what still holds the leaked value), so the operator knows what to finish by hand.
/// </summary>
public sealed class StoreActionException(string state, string reason, Exception? inner = null) : Exception($"{reason}; state: {state}", inner)
{
    public string State { get; } = state;
    public string Reason { get; } = reason;
}
