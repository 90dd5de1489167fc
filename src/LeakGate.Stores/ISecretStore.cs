namespace LeakGate.Stores;

/// <summary>
/// A place that owns secrets. <see cref="PlanAsync"/> finds whether the store holds the leaked value (by
/// hash) and says what it would do, changing nothing; <see cref="ApplyAsync"/> does one planned action and
/// throws <see cref="StoreActionException"/> with the secret's state when it cannot finish.
/// </summary>
public interface ISecretStore
{
    string Name { get; }
    Task<IReadOnlyList<StoreAction>> PlanAsync(LeakedSecret leak, CancellationToken cancellationToken);
    Task<ActionOutcome> ApplyAsync(StoreAction action, LeakedSecret leak, CancellationToken cancellationToken);
}
