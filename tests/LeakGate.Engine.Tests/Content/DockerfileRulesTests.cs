// Covers the container build rules on real files: ENV/ARG credentials in a Dockerfile and --build-arg in a build script.
using static LeakGate.Engine.Tests.Content.ContentFixtures;

namespace LeakGate.Engine.Tests.Content;

public class DockerfileRulesTests
{
    [Fact]
    public async Task Env_arg_and_build_arg_literals_are_found_and_references_are_not()
    {
        var apiKey = "Zq8vLw2Xp9Tc4Nb6" + "Hr3Km";
        var npmToken = "nT7qLz2Wv9Xk4Rp8" + "Yd5Fs";
        using var dir = new TempDirectory();
        dir.Write("Dockerfile", $"FROM node:22\nARG NPM_TOKEN\nENV API_KEY={apiKey}\nENV SAFE_TOKEN=${{SAFE_TOKEN}}\nRUN npm ci\n");
        dir.Write("build.sh", $"#!/bin/sh\ndocker build --build-arg NPM_TOKEN={npmToken} -t app .\ndocker build --build-arg NPM_TOKEN=\"$NPM_TOKEN\" .\n");

        var result = await ScanAsync(dir.Path);

        Assert.Equal(
            [("Dockerfile", 3, "dockerfile-credential-env", apiKey), ("build.sh", 2, "docker-build-arg-credential", npmToken)],
            result.Findings.Select(f => (f.Origin.Path, f.StartLine, f.RuleId, f.Secret)));
    }
}
