// The LG1002 code fix: the literal becomes a configuration or environment read that compiles and fails loudly when unset.
using LeakGate.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LeakGate.Analyzers.Tests;

public sealed class LG1002CodeFixTests
{
    [Fact]
    public Task A_local_reads_an_environment_variable_named_after_it() =>
        VerifyAsync("""
            using System;
            class Db
            {
                void Open()
                {
                    var dbPassword = {|LG1002:"hunter2-prod"|};
                    Console.WriteLine(dbPassword.Length);
                }
            }
            """, """
            using System;
            class Db
            {
                void Open()
                {
                    var dbPassword = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? throw new InvalidOperationException("Set the environment variable DB_PASSWORD.");
                    Console.WriteLine(dbPassword.Length);
                }
            }
            """);

    [Fact]
    public Task A_const_field_becomes_static_readonly() =>
        VerifyAsync("""
            using System;
            class Stripe
            {
                private const string ApiKey = {|LG1002:"a8Fz-Lq2v-Xw9k-Pe4r"|};
            }
            """, """
            using System;
            class Stripe
            {
                private static readonly string ApiKey = Environment.GetEnvironmentVariable("API_KEY") ?? throw new InvalidOperationException("Set the environment variable API_KEY.");
            }
            """);

    [Fact]
    public Task An_IConfiguration_in_scope_is_used_instead_of_the_environment() =>
        VerifyAsync("""
            using Microsoft.Extensions.Configuration;
            namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string this[string key] { get; } } }
            class Mailer
            {
                private readonly IConfiguration _configuration;
                Mailer(IConfiguration configuration) => _configuration = configuration;
                string Login() { var smtpPassword = {|LG1002:"gR8#vK2!pL5q"|}; return smtpPassword; }
            }
            """, """
            using Microsoft.Extensions.Configuration;
            namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string this[string key] { get; } } }
            class Mailer
            {
                private readonly IConfiguration _configuration;
                Mailer(IConfiguration configuration) => _configuration = configuration;
                string Login() { var smtpPassword = _configuration["SmtpPassword"] ?? throw new System.InvalidOperationException("Set the configuration value SmtpPassword."); return smtpPassword; }
            }
            """);

    [Fact]
    public Task A_field_initializer_cannot_use_an_instance_configuration_so_it_reads_the_environment() =>
        VerifyAsync("""
            using System;
            using Microsoft.Extensions.Configuration;
            namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string this[string key] { get; } } }
            class Mailer
            {
                private readonly IConfiguration _configuration = null;
                private readonly string _token = {|LG1002:"Yh3kP9zQ-Lw2xV7m"|};
            }
            """, """
            using System;
            using Microsoft.Extensions.Configuration;
            namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string this[string key] { get; } } }
            class Mailer
            {
                private readonly IConfiguration _configuration = null;
                private readonly string _token = Environment.GetEnvironmentVariable("TOKEN") ?? throw new InvalidOperationException("Set the environment variable TOKEN.");
            }
            """);

    [Fact]
    public Task A_comparison_keeps_its_meaning() =>
        VerifyAsync("""
            using System;
            class Gate
            {
                bool Check(string password) => password == {|LG1002:"hunter2-prod"|};
            }
            """, """
            using System;
            class Gate
            {
                bool Check(string password) => password == (Environment.GetEnvironmentVariable("PASSWORD") ?? throw new InvalidOperationException("Set the environment variable PASSWORD."));
            }
            """);

    [Fact]
    public Task No_fix_is_offered_where_CSharp_requires_a_constant()
    {
        const string source = """
            using System;
            class LoginAttribute : Attribute { public string Password { get; set; } }
            [Login(Password = {|LG1002:"hunter2-prod"|})]
            class Gate
            {
            }
            """;
        return VerifyAsync(source, source);
    }

    private static Task VerifyAsync(string source, string fixedSource)
    {
        var test = new CSharpCodeFixTest<LG1002CredentialNamedLiteralAnalyzer, LG1002CodeFixProvider, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TargetingPack.None,
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
        };
        test.TestState.AdditionalReferences.AddRange(TargetingPack.References);
        test.FixedState.AdditionalReferences.AddRange(TargetingPack.References);
        return test.RunAsync();
    }
}
