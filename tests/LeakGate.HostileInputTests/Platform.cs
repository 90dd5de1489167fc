// The hostile-input suite is Linux-only: FIFOs, symlinks, byte-named files, file modes and POSIX signals.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
