using BenchmarkDotNet.Running;

// Runs the micro-benchmarks: `dotnet run -c Release --project benchmarks/LeakGate.Benchmarks -- --filter '*'`
// (BenchmarkDotNet's own options apply: --filter, --job short, --exporters markdown).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
