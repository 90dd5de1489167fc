global using LeakGate.Analyzers.NetStandardShims;
