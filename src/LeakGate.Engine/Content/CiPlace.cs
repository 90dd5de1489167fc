namespace LeakGate.Engine.Content;

/// <summary>The job and step a CI value belongs to, as origin details.</summary>
internal sealed record CiPlace(string? Job, string? Step)
{
    public List<OriginDetail> Details(params (string Name, string Value)[] more)
    {
        var details = new List<OriginDetail>();
        if (Job is not null) details.Add(new("job", Job));
        if (Step is not null) details.Add(new("step", Step));
        details.AddRange(more.Select(m => new OriginDetail(m.Name, m.Value)));
        return details;
    }
}
