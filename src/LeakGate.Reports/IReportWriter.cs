using LeakGate.Engine;

namespace LeakGate.Reports;

/// <summary>Turns a scan result into one output format.</summary>
public interface IReportWriter
{
    void Write(ScanResult result, ReportContext context, TextWriter output);
}
