using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace LeakGate.Benchmarks;

/// <summary>MB/s from the mean time per operation and the class's <see cref="InputSizeAttribute"/>.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input megabytes (10^6 bytes) processed per second by one thread";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var size = benchmarkCase.Descriptor.Type.GetCustomAttribute<InputSizeAttribute>();
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return size is null || mean is not > 0 ? "-" : (size.Bytes / (mean.Value / 1e9) / 1e6).ToString("F0");
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
