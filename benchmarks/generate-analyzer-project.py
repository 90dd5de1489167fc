#!/usr/bin/env python3
"""Writes a C# console project of N source files (default 500) for the analyzer build-time benchmark.

Deterministic. Every file is an ordinary service class (~90 lines): logging, configuration keys, URLs, format
strings, LINQ, credential-named members read from configuration, and look-alike literals that the analyzers
must pass over (placeholders, environment-variable names, prompts). No real or planted secret: the benchmark
measures the cost of analyzing clean code, the common case.
Usage: generate-analyzer-project.py DIR [FILES] [PACKAGE_VERSION]  (with a version, the project references
LeakGate.Analyzers at that version; without, it does not).
"""
import os
import random
import sys

TEMPLATE = '''using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Bench.Services.Area{area};

/// <summary>Service {n}: orders, customers and reports for tenant group {area}.</summary>
public sealed class Service{n}
{{
    private const string PasswordPrompt = "Enter the password for {{0}}";
    private const string TokenVariable = "SERVICE{n}_TOKEN";
    private const string ConnectionKey = "ConnectionStrings:Service{n}";
    private static readonly string[] Regions = ["eu-west-{r1}", "us-east-{r2}", "ap-south-{r3}"];
    private readonly Dictionary<string, string> _settings = new();
    private readonly List<Order{n}> _orders = [];

    public string ApiKeyPlaceholder {{ get; set; }} = "<your-api-key>";
    public string Endpoint {{ get; set; }} = "https://api{n}.internal.example/v{r1}/orders";
    public string? Password {{ get; private set; }}

    public void Configure(IReadOnlyDictionary<string, string> configuration)
    {{
        Password = configuration.TryGetValue("Service{n}:Password", out var password) ? password : null;
        var token = Environment.GetEnvironmentVariable(TokenVariable) ?? "";
        _settings["token-length"] = token.Length.ToString();
        _settings["connection"] = configuration.TryGetValue(ConnectionKey, out var cs) ? cs : "Server=localhost;Integrated Security=true;";
        _settings["secret-name"] = "service{n}-signing";
    }}

    public string Describe(int id, string customer)
    {{
        var builder = new StringBuilder();
        builder.Append($"Order {{id}} for {{customer}} in region {{Regions[id % Regions.Length]}}");
        builder.Append(string.Format("; created {{0:yyyy-MM-dd}} by {{1}}", DateTime.UtcNow, "svc-{n}"));
        builder.Append(@"; path C:\\data\\service{n}\\orders.csv");
        return builder.ToString();
    }}

    public IEnumerable<Order{n}> Large(decimal threshold) =>
        _orders.Where(o => o.Total > threshold && o.Status != "cancelled").OrderByDescending(o => o.Total).Take({take});

    public decimal Revenue(string status = "paid") =>
        _orders.Where(o => o.Status == status).Sum(o => o.Total);

    public bool Authenticate(string user, string password)
    {{
        if (string.IsNullOrEmpty(password)) throw new ArgumentException("The password must not be empty", nameof(password));
        var prompt = string.Format(PasswordPrompt, user);
        return prompt.Length > 0 && password == Password;
    }}

    public string Report()
    {{
        var lines = _orders.GroupBy(o => o.Status).Select(g => $"{{g.Key,-12}} {{g.Count(),6}} {{g.Sum(o => o.Total),12:N2}}");
        return string.Join(Environment.NewLine, ["status       count        total", .. lines]);
    }}

    public void Add(int id, string customer, decimal total) => _orders.Add(new Order{n}(id, customer, total, "new"));

    public void Pay(int id)
    {{
        var index = _orders.FindIndex(o => o.Id == id);
        if (index < 0) throw new KeyNotFoundException($"order {{id}} not found in service {n}");
        _orders[index] = _orders[index] with {{ Status = "paid" }};
    }}

    public string Header(string tokenValue) => "Bearer " + tokenValue;

    public string Mask(string value) => value.Length <= 4 ? "****" : value[..4] + new string('*', value.Length - 4);
}}

public sealed record Order{n}(int Id, string Customer, decimal Total, string Status);
'''

PROJECT = '''<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
{reference}</Project>
'''

REFERENCE = '''  <ItemGroup>
    <PackageReference Include="LeakGate.Analyzers" Version="{version}" />
  </ItemGroup>
'''


def main():
    directory = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    version = sys.argv[3] if len(sys.argv) > 3 else None
    rng = random.Random(500)
    os.makedirs(os.path.join(directory, "Services"), exist_ok=True)
    for n in range(1, files + 1):
        text = TEMPLATE.format(n=n, area=n % 20, r1=rng.randint(1, 3), r2=rng.randint(1, 2), r3=rng.randint(1, 2), take=rng.randint(5, 50))
        with open(os.path.join(directory, "Services", f"Service{n}.cs"), "w") as f:
            f.write(text)
    with open(os.path.join(directory, "Program.cs"), "w") as f:
        f.write("System.Console.WriteLine(new Bench.Services.Area1.Service1().Describe(1, \"c\"));\n")
    with open(os.path.join(directory, "bench.csproj"), "w") as f:
        f.write(PROJECT.format(reference=REFERENCE.format(version=version) if version else ""))


if __name__ == "__main__":
    main()
