using Microsoft.CodeAnalysis.Diagnostics;

namespace LeakGate.Analyzers;

/// <summary>
/// What every LeakGate analyzer sets up alike: concurrent execution, no generated code, and whether the compilation
/// references a test framework (its diagnostics then drop to suggestion severity).
/// </summary>
public abstract class CredentialAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => RegisterActions(start, TestCodeDetector.ReferencesTestFramework(start.Compilation)));
    }

    /// <summary>Registers the analyzer's actions for one compilation.</summary>
    protected abstract void RegisterActions(CompilationStartAnalysisContext start, bool referencesTestFramework);
}
