// Invented AWS access key ids for the hostile-input cases, assembled from parts so this file does not itself look like a leak.
namespace LeakGate.HostileInputTests;

public static class Secrets
{
    public static readonly string Planted = "AKIA" + "Q3EGWTAKMXFN7YH2";
    public static readonly string Second = "AKIA" + "V7RZ4KPWN2QJ5TX6";
    public static readonly string Third = "AKIA" + "M5HT3XQ7ZKRW2PLD";

    /// <summary>The one-line file every case plants beside its hostile input: its finding must survive the scan.</summary>
    public const string PlantedFile = "planted.txt";
    public static string PlantedContent => $"aws_access_key_id = {Planted}\n";
}
