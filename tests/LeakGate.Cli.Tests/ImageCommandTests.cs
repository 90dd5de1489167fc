// End-to-end tests of `leakgate image` and of structured files through `leakgate scan`: the place inside the file in
// JSON and SARIF, and clear one-line errors for a missing path or a file that is not an image.
using System.Text;
using System.Text.Json;

namespace LeakGate.Cli.Tests;

public sealed class ImageCommandTests
{
    [Fact]
    public void Image_finding_names_layer_path_and_deleted_flag_in_json()
    {
        using var dir = new TempDirectory();
        var image = new ImageFixture()
            .Layer(("app/main.py", "print('hi')\n"))
            .Layer(("app/.env", $"AWS_ACCESS_KEY_ID={Secrets.AwsKeyId}\n"))
            .Layer(("app/.wh..env", ""));
        image.SaveDockerTarball(dir.Combine("shop.tar"));

        var result = LeakGateProcess.Run(dir.Path, "image", "shop.tar", "--format", "json");

        result.ExitsWith(1);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("aws-access-key-id", finding.GetProperty("ruleId").GetString());
        Assert.EndsWith("!app/.env", finding.GetProperty("path").GetString());
        Assert.StartsWith("shop.tar!blobs/sha256/", finding.GetProperty("path").GetString());
        var location = finding.GetProperty("location");
        Assert.Equal((image.LayerDigests[1], "true"), (location.GetProperty("layer").GetString(), location.GetProperty("deleted").GetString()));
        Assert.DoesNotContain(Secrets.AwsKeyId, result.StdOut + result.StdErr);
    }

    [Fact]
    public void Oci_layout_directory_is_scanned_too()
    {
        using var dir = new TempDirectory();
        new ImageFixture().Layer(("srv/config.ini", $"key = {Secrets.AwsKeyId}\n")).SaveOciLayout(dir.Combine("layout"));

        var result = LeakGateProcess.Run(dir.Path, "image", "layout", "--format", "json");

        result.ExitsWith(1);
        Assert.EndsWith("!srv/config.ini", Assert.Single(result.Findings).GetProperty("path").GetString());
    }

    [Fact]
    public void Missing_image_is_a_one_line_error()
    {
        using var dir = new TempDirectory();

        LeakGateProcess.AssertOneLineError(LeakGateProcess.Run(dir.Path, "image", "nope.tar"), "no such file or directory: nope.tar");
    }

    [Fact]
    public void A_tarball_that_is_not_an_image_is_a_one_line_error()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("plain.tar", ArchiveFixture.Tar(("a.txt", "hello\n")));

        var result = LeakGateProcess.Run(dir.Path, "image", "plain.tar");

        LeakGateProcess.AssertOneLineError(result, "plain.tar: cannot read image: not a docker save tarball or OCI image layout");
    }

    [Fact]
    public void Scan_reports_secret_and_key_of_a_kubernetes_secret_in_json_and_sarif()
    {
        using var dir = new TempDirectory();
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(Secrets.AwsKeyId));
        dir.Write("k8s/aws.yaml", $"apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws-creds\ndata:\n  access_key_id: {encoded}\n");

        var json = LeakGateProcess.Run(dir.Path, "scan", ".", "--format", "json");
        var sarif = LeakGateProcess.Run(dir.Path, "scan", ".", "--format", "sarif");

        json.ExitsWith(1);
        var key = Assert.Single(json.Findings, f => f.GetProperty("ruleId").GetString() == "aws-access-key-id");
        Assert.Equal((6, "aws-creds", "access_key_id"), (key.GetProperty("startLine").GetInt32(), key.GetProperty("location").GetProperty("secret").GetString(), key.GetProperty("location").GetProperty("key").GetString()));
        Assert.Contains(json.Findings, f => f.GetProperty("ruleId").GetString() == "kubernetes-secret-manifest");
        sarif.ExitsWith(1);
        var results = JsonDocument.Parse(sarif.StdOut).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "aws-access-key-id"
            && r.GetProperty("properties").GetProperty("location").GetProperty("secret").GetString() == "aws-creds");
        Assert.DoesNotContain(Secrets.AwsKeyId, json.StdOut + sarif.StdOut);
    }
}
