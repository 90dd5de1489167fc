using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace LeakGate.Stores;

/// <summary>
/// AWS: SSM parameters (String and SecureString) under the configured paths that hold the leaked value get
/// a new random value as a new version, labelled and read back; a leaked access key id is deactivated in IAM.
/// </summary>
public sealed class AwsStore(IAmazonSimpleSystemsManagement ssm, IamAccessKeyClient iam, IReadOnlyList<string> paths, NewSecretPolicy policy, ThrottlingRetry retry) : ISecretStore
{
    public const string RotateKind = "rotate-parameter";
    public const string DeactivateKeyKind = "deactivate-access-key";
    public const string RotatedLabel = "leakgate-rotated";

    public string Name => "aws";

    public async Task<IReadOnlyList<StoreAction>> PlanAsync(LeakedSecret leak, CancellationToken cancellationToken)
    {
        if (leak.RuleId == "aws-access-key-id")
        {
            var owner = await iam.OwnerOfAsync(leak.Value, cancellationToken);
            return [new StoreAction(Name, DeactivateKeyKind, $"iam/user/{owner}", null, $"set the leaked access key of IAM user {owner} to Inactive")];
        }
        var actions = new List<StoreAction>();
        foreach (var path in paths)
        {
            string? next = null;
            do
            {
                var page = await Call(ct => ssm.GetParametersByPathAsync(new GetParametersByPathRequest { Path = path, Recursive = true, WithDecryption = true, NextToken = next }, ct), cancellationToken);
                foreach (var parameter in page.Parameters ?? [])
                {
                    if (!leak.IsSameValue(parameter.Value)) continue;
                    actions.Add(new StoreAction(Name, RotateKind, parameter.Name, parameter.Version?.ToString(),
                        $"put a new random {parameter.Type} value as a new version labelled {RotatedLabel} and read it back (SSM keeps leaked version {parameter.Version} in its history)"));
                }
                next = page.NextToken;
            }
            while (!string.IsNullOrEmpty(next));
        }
        return actions;
    }

    public Task<ActionOutcome> ApplyAsync(StoreAction action, LeakedSecret leak, CancellationToken cancellationToken) => action.Kind switch
    {
        RotateKind => RotateAsync(action, cancellationToken),
        DeactivateKeyKind => DeactivateAsync(action, leak, cancellationToken),
        _ => throw new ArgumentException($"aws cannot {action.Kind}"),
    };

    private async Task<ActionOutcome> RotateAsync(StoreAction action, CancellationToken cancellationToken)
    {
        var name = action.Path;
        Parameter current;
        try
        {
            current = (await Call(ct => ssm.GetParameterAsync(new GetParameterRequest { Name = name, WithDecryption = false }, ct), cancellationToken)).Parameter;
            if (current.Version?.ToString() != action.Version) throw new StoreRequestException($"ssm: {name} changed since the plan (version {current.Version}, planned {action.Version})");
        }
        catch (Exception ex) when (IsCallFailure(ex))
        {
            throw new StoreActionException($"unchanged: leaked version {action.Version} of {name} is still current", Describe(ex), ex);
        }
        var replacement = policy.Generate();
        long newVersion;
        try
        {
            var put = await Call(ct => ssm.PutParameterAsync(new PutParameterRequest { Name = name, Value = replacement, Type = current.Type, Overwrite = true }, ct), cancellationToken);
            newVersion = put.Version ?? throw new StoreRequestException($"ssm: PutParameter {name} answered without a version");
        }
        catch (Exception ex) when (IsCallFailure(ex))
        {
            throw new StoreActionException($"unknown whether a new version was written; leaked version {action.Version} of {name} may still be current", Describe(ex), ex);
        }
        try
        {
            var written = await Call(ct => ssm.GetParameterAsync(new GetParameterRequest { Name = $"{name}:{newVersion}", WithDecryption = true }, ct), cancellationToken);
            if (written.Parameter.Value != replacement) throw new StoreRequestException($"ssm: version {newVersion} of {name} does not read back as written");
            await Call(ct => ssm.LabelParameterVersionAsync(new LabelParameterVersionRequest { Name = name, ParameterVersion = newVersion, Labels = [RotatedLabel] }, ct), cancellationToken);
        }
        catch (Exception ex) when (IsCallFailure(ex))
        {
            throw new StoreActionException($"new version {newVersion} of {name} written but not verified or not labelled; it is current", Describe(ex), ex);
        }
        return new ActionOutcome(newVersion.ToString(), $"version {newVersion} written, read back and labelled {RotatedLabel}");
    }

    private async Task<ActionOutcome> DeactivateAsync(StoreAction action, LeakedSecret leak, CancellationToken cancellationToken)
    {
        var user = action.Path["iam/user/".Length..];
        try
        {
            await iam.DeactivateAsync(user, leak.Value, cancellationToken);
        }
        catch (StoreRequestException ex)
        {
            throw new StoreActionException($"access key of IAM user {user} is still active", ex.Message, ex);
        }
        return new ActionOutcome(null, $"access key of IAM user {user} set to Inactive");
    }

    private Task<T> Call<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        retry.RunAsync(async ct => await call(ct), cancellationToken).AsTask();

    /// <summary>What a failed call looks like: an error answer, or a transport failure surfaced by the SDK.</summary>
    private static bool IsCallFailure(Exception ex) => ex is StoreRequestException or AmazonServiceException or AmazonClientException or HttpRequestException or IOException;

    private static string Describe(Exception ex) => ex is AmazonServiceException { ErrorCode: not null } aws ? $"ssm: {aws.ErrorCode}: {aws.Message}" : $"ssm: {ex.Message}";
}
