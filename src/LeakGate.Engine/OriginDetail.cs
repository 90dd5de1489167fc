namespace LeakGate.Engine;

/// <summary>
/// One named fact about where inside a file a finding sits, set by a content handler: the Kubernetes Secret and
/// key, the Terraform resource address, the image layer and whether a later layer deleted the file, the CI job and step.
/// </summary>
public sealed record OriginDetail(string Name, string Value);
