// LG1003: inline passwords in connection string literals.
using Microsoft.CodeAnalysis;
using Verify = LeakGate.Analyzers.Tests.AnalyzerVerifier<LeakGate.Analyzers.LG1003ConnectionStringPasswordAnalyzer>;

namespace LeakGate.Analyzers.Tests;

public sealed class LG1003ConnectionStringPasswordTests
{
    [Fact]
    public Task The_password_of_a_connection_string_is_flagged_wherever_the_string_goes() =>
        Verify.VerifyAsync("""
            class Data
            {
                string primary = "Server=db.internal;Database=app;User Id=app;Password={|LG1003:Xk9-vQ2#pL7|};";
                string legacy = @"Data Source=db;Initial Catalog=app;User ID=sa;Pwd='{|LG1003:s3rv1ce!Acc|}'";
                void Open() => Connect("Host=pg;Username=app;password={|LG1003:R7w-Lq2z|}");
                static void Connect(string cs) { }
            }
            """);

    [Fact]
    public Task Empty_placeholder_and_passwordless_connection_strings_are_not_flagged() =>
        Verify.VerifyAsync("""
            class Data
            {
                string trusted = "Server=db;Database=app;Integrated Security=true;";
                string empty = "Server=db;User Id=app;Password=;";
                string format = "Server=db;User Id=app;Password={0};";
                string variable = "Server=db;User Id=app;Password=${DB_PASSWORD};";
                string template = "Server=db;User Id=app;Password=<password>;";
                string changeMe = "Server=db;User Id=app;Password=changeme;";
                string Build(string pwd) => $"Server=db;User Id=app;Password={pwd};";
            }
            """);

    [Fact]
    public async Task Test_projects_get_a_suggestion()
    {
        var test = AnalyzerVerifier<LG1003ConnectionStringPasswordAnalyzer>.CreateInTestProject("""
            class DataTests
            {
                string cs = "Server=db;User Id=app;Password={|#0:Xk9-vQ2#pL7|};";
            }
            """);
        test.ExpectedDiagnostics.Add(Verify.At0(LG1003ConnectionStringPasswordAnalyzer.Rule, DiagnosticSeverity.Info));
        await test.RunAsync();
    }
}
