namespace LeakGate.Engine.Content;

/// <summary>The handlers the engine consults, most specific first: the first whose <see cref="IContentHandler.Handles"/> says yes expands the item.</summary>
public static class ContentHandlers
{
    public static IReadOnlyList<IContentHandler> All { get; } =
    [
        new ArchiveHandler(),
        new CiDefinitionHandler(),
        new JenkinsfileHandler(),
        new TerraformHandler(),
        new TfvarsHandler(),
        new HelmValuesHandler(),
        new KubernetesSecretHandler(),
    ];
}
