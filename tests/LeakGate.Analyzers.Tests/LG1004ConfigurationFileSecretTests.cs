// LG1004: credentials in appsettings*.json, *.config and .env files passed as AdditionalFiles, at their line.
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = LeakGate.Analyzers.Tests.AnalyzerVerifier<LeakGate.Analyzers.LG1004ConfigurationFileSecretAnalyzer>;

namespace LeakGate.Analyzers.Tests;

public sealed class LG1004ConfigurationFileSecretTests
{
    private const string Source = "class Program { }";

    [Fact]
    public async Task Secrets_in_appsettings_are_reported_at_their_line_and_column()
    {
        var test = Verify.Create(Source);
        test.TestState.AdditionalFiles.Add(("/0/appsettings.Production.json", $$"""
            {
              "ConnectionStrings": {
                "Default": "Server=db;User Id=app;Password=Xk9-vQ2#pL7;"
              },
              "Stripe": { "Key": "{{TestSecrets.StripeLiveKey}}" },
              "Mail": { "SmtpPassword": "Zt7~qVx2.Kp9-Lm4Rw", "ClientId": "web-app" },
              "Smtp": { "Password": "", "Host": "mail.internal" },
              "Api": { "Token": "${API_TOKEN}" }
            }
            """));
        test.ExpectedDiagnostics.Add(Expected("/0/appsettings.Production.json", 3, 48, 11, "appsettings.Production.json", "rule 'connection-string-password'"));
        test.ExpectedDiagnostics.Add(Expected("/0/appsettings.Production.json", 5, 23, 32, "appsettings.Production.json", "rule 'stripe-live-secret-key'"));
        test.ExpectedDiagnostics.Add(Expected("/0/appsettings.Production.json", 6, 30, 18, "appsettings.Production.json", "the value of 'SmtpPassword'"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Env_and_config_files_are_read_and_other_files_are_not()
    {
        var test = Verify.Create(Source);
        test.TestState.AdditionalFiles.Add(("/0/.env", "# local settings\nexport DB_PASSWORD=Tr0ub4dor-3x9\nDB_HOST=localhost\nAPI_TOKEN=\n"));
        test.TestState.AdditionalFiles.Add(("/0/web.config", "<configuration>\n  <appSettings>\n    <add key=\"SmtpPassword\" value=\"gR8#vK2!pL5q\" />\n    <add key=\"SmtpHost\" value=\"mail.internal\" />\n  </appSettings>\n</configuration>\n"));
        test.TestState.AdditionalFiles.Add(("/0/notes.txt", "DB_PASSWORD=Tr0ub4dor-3x9\n"));
        test.ExpectedDiagnostics.Add(Expected("/0/.env", 2, 20, 13, ".env", "the value of 'DB_PASSWORD'"));
        test.ExpectedDiagnostics.Add(Expected("/0/web.config", 3, 36, 12, "web.config", "the value of 'SmtpPassword'"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Test_projects_get_a_suggestion()
    {
        var test = Verify.CreateInTestProject(Source);
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", "{ \"Password\": \"Tr0ub4dor-3x9\" }\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(LG1004ConfigurationFileSecretAnalyzer.TestCodeRule)
            .WithSpan("/0/appsettings.json", 1, 16, 1, 29).WithArguments("appsettings.json", "the value of 'Password'"));
        await test.RunAsync();
    }

    private static DiagnosticResult Expected(string path, int line, int column, int length, string file, string what) =>
        new DiagnosticResult(LG1004ConfigurationFileSecretAnalyzer.Rule).WithSpan(path, line, column, line, column + length).WithArguments(file, what);
}
