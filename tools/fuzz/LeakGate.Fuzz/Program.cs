// The fuzzing harness: `LeakGate.Fuzz TARGET` runs one target under AFL (tools/fuzz/run.sh drives it);
// `LeakGate.Fuzz TARGET --once FILE...` replays inputs (a corpus, or a crash AFL found) without AFL.
using LeakGate.Fuzz;
using SharpFuzz;

if (args.Length == 0 || FuzzTargets.Find(args[0]) is not { } target)
{
    Console.Error.WriteLine($"usage: LeakGate.Fuzz {{{string.Join('|', FuzzTargets.Names)}}} [--once FILE...]");
    return 2;
}
if (args.Length > 1 && args[1] == "--once")
{
    foreach (var file in args.Skip(2))
    {
        using var input = File.OpenRead(file);
        target(input);
    }
    return 0;
}
Fuzzer.OutOfProcess.Run(stream => target(stream));
return 0;
