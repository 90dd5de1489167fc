// Covers ContainerImageSource: every layer's files of a docker save tarball and an OCI layout, files deleted by a
// later layer's whiteout still found and flagged, the layer digest on each finding, ENV and build history of the config.
using LeakGate.Engine.Images;
using LeakGate.Engine.Tests.Content;
using static LeakGate.Engine.Tests.Content.ContentFixtures;

namespace LeakGate.Engine.Tests.Images;

public class ContainerImageSourceTests
{
    [Fact]
    public async Task A_file_deleted_by_a_later_layer_is_found_with_its_layer_and_the_deleted_flag()
    {
        var token = GitHubToken();
        var kept = GitHubToken();
        using var dir = new TempDirectory();
        var image = new ImageFixture()
            .Layer(("app", null), ("app/main.py", "print('hello')\n"))
            .Layer(("app/.env", $"GITHUB_TOKEN={token}\n"), ("app/settings.ini", $"token = {kept}\n"))
            .Layer(("app/.wh..env", ""));
        image.SaveDockerTarball(dir.Combine("app.tar"));

        var result = await ScanImage(dir.Path, dir.Combine("app.tar"));

        var layer2 = image.LayerDigests[1];
        var deleted = Assert.Single(result.Findings, f => f.Secret == token);
        Assert.Equal($"app.tar!blobs/sha256/{layer2["sha256:".Length..]}!app/.env", deleted.Origin.Path);
        Assert.Equal((layer2, "true"), (Detail(deleted, "layer"), Detail(deleted, "deleted")));
        var present = Assert.Single(result.Findings, f => f.Secret == kept);
        Assert.Equal((layer2, "false"), (Detail(present, "layer"), Detail(present, "deleted")));
        Assert.Empty(result.Diagnostics.Messages);
    }

    [Fact]
    public async Task Opaque_whiteouts_delete_a_directory_of_lower_layers_in_an_oci_layout()
    {
        var token = GitHubToken();
        using var dir = new TempDirectory();
        var image = new ImageFixture()
            .Layer(("etc/app/creds.txt", $"gh {token}\n"))
            .Layer(("etc/app/.wh..wh..opq", ""), ("etc/app/readme.txt", "replaced\n"));
        image.SaveOciLayout(dir.Combine("layout"));

        var result = await ScanImage(dir.Path, dir.Combine("layout"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal((image.LayerDigests[0], "true"), (Detail(finding, "layer"), Detail(finding, "deleted")));
        Assert.EndsWith("!etc/app/creds.txt", finding.Origin.Path);
    }

    [Fact]
    public async Task Env_and_build_arguments_in_the_image_config_are_reported_by_entry()
    {
        var apiKey = Password(24);
        var npmToken = Password(24);
        using var dir = new TempDirectory();
        var image = new ImageFixture().Layer(("app/run.sh", "exec app\n"));
        image.Env.AddRange(["PATH=/usr/local/bin:/usr/bin", $"API_KEY={apiKey}"]);
        image.History.AddRange(["ARG NPM_TOKEN=" + npmToken, "RUN |1 NPM_TOKEN=" + npmToken + " /bin/sh -c npm ci", "ENV API_KEY=" + apiKey]);
        image.SaveDockerTarball(dir.Combine("app.tar"));

        var result = await ScanImage(dir.Path, dir.Combine("app.tar"));

        // The same value in two entries of one file is one finding (the engine reports a secret once per place).
        var places = result.Findings.Where(f => f.RuleId == "dockerfile-credential-env").Select(f => (Detail(f, "image config"), f.Secret)).OrderBy(p => p.Item1).ToList();
        Assert.Equal(2, places.Count);
        Assert.Contains(places, p => p.Secret == apiKey && p.Item1 is "config.Env[1]" or "history[2].created_by");
        Assert.Contains(("history[0].created_by", npmToken), places);
        Assert.All(result.Findings, f => Assert.StartsWith("app.tar!blobs/sha256/", f.Origin.Path));
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_an_error_naming_it()
    {
        using var dir = new TempDirectory();
        dir.WriteBytes("not-an-image.tar", ArchiveFixture.Tar(("hello.txt", "hi\n")));

        var result = await ScanImage(dir.Path, dir.Combine("not-an-image.tar"));

        var error = Assert.Single(result.Diagnostics.Messages);
        Assert.Equal(("not-an-image.tar", ScanMessageLevel.Error), (error.Path, error.Level));
        Assert.Equal("cannot read image: not a docker save tarball or OCI image layout: it has neither manifest.json nor index.json", error.Text);
    }

    private static Task<ScanResult> ScanImage(string root, string image) =>
        new ScanPipeline(DefaultRules, new ScanSettings { Threads = 2 }).RunAsync(new ContainerImageSource(image, root, 100L * 1024 * 1024), CancellationToken.None);
}
