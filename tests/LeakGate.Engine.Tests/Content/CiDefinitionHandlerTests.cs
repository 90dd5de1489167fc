// Covers CiDefinitionHandler and JenkinsfileHandler: literal credentials in env/with/variables and script lines reported
// with job and step, and ${{ secrets.X }}, $VAR and credentials('id') references never reported.
using static LeakGate.Engine.Tests.Content.ContentFixtures;

namespace LeakGate.Engine.Tests.Content;

public class CiDefinitionHandlerTests
{
    [Fact]
    public async Task Github_workflow_literals_are_reported_with_job_and_step_and_references_are_not()
    {
        var token = GitHubToken();
        var scriptToken = GitHubToken();
        using var dir = new TempDirectory();
        dir.Write(".github/workflows/release.yml", $$$"""
            name: release
            on: push
            env:
              GLOBAL_TOKEN: ${{ secrets.GLOBAL_TOKEN }}
            jobs:
              publish:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - name: Upload
                    env:
                      GH_TOKEN: {{{token}}}
                      OTHER_TOKEN: ${{ secrets.OTHER_TOKEN }}
                      DEPLOY_TOKEN: $DEPLOY_TOKEN
                    run: |
                      echo "uploading"

                      curl -H "Authorization: token {{{scriptToken}}}" https://api.github.com/user
                  - name: Safe
                    with:
                      token: ${{ secrets.GITHUB_TOKEN }}
            """);
        dir.Write(".github/workflows/safe.yml", """
            jobs:
              build:
                steps:
                  - name: Login
                    env:
                      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
                      API_KEY: ${{ secrets.API_KEY }}
                    run: npm publish --token "$NPM_TOKEN"
            """);

        var result = await ScanAsync(dir.Path);

        Assert.Equal(2, result.Findings.Count);
        var env = Assert.Single(result.Findings, f => f.Secret == token);
        Assert.Equal((12, 21), (env.StartLine, env.StartColumn));
        Assert.Equal(("publish", "Upload", "GH_TOKEN"), (Detail(env, "job"), Detail(env, "step"), Detail(env, "variable")));
        var script = Assert.Single(result.Findings, f => f.Secret == scriptToken);
        Assert.Equal((".github/workflows/release.yml", 18), (script.Origin.Path, script.StartLine));
        Assert.Equal(("publish", "Upload"), (Detail(script, "job"), Detail(script, "step")));
        Assert.Equal(41, script.StartColumn);
    }

    [Fact]
    public async Task Gitlab_azure_and_circleci_jobs_are_named()
    {
        var tokens = Enumerable.Range(0, 3).Select(_ => GitHubToken()).ToList();
        using var dir = new TempDirectory();
        dir.Write(".gitlab-ci.yml", $$"""
            variables:
              SAFE: $CI_JOB_TOKEN
            deploy:
              script:
                - ./deploy.sh --token {{tokens[0]}}
            """);
        dir.Write("azure-pipelines.yml", $$"""
            jobs:
              - job: Build
                steps:
                  - script: echo building
                    displayName: Compile
                    env:
                      GITHUB_PAT: {{tokens[1]}}
            """);
        dir.Write(".circleci/config.yml", $$"""
            jobs:
              test:
                steps:
                  - run:
                      name: Fetch
                      command: git clone https://x:{{tokens[2]}}@github.com/o/r
            """);

        var result = await ScanAsync(dir.Path);

        var places = result.Findings.Select(f => (f.Origin.Path, Detail(f, "job"), Detail(f, "step"), f.Secret)).ToList();
        Assert.Contains((".gitlab-ci.yml", "deploy", null, tokens[0]), places);
        Assert.Contains(("azure-pipelines.yml", "Build", "Compile", tokens[1]), places);
        Assert.Contains((".circleci/config.yml", "test", "Fetch", tokens[2]), places);
    }

    [Fact]
    public async Task Jenkinsfile_literals_are_reported_with_their_stage_and_credentials_references_are_not()
    {
        var token = GitHubToken();
        using var dir = new TempDirectory();
        dir.Write("Jenkinsfile", $$"""
            pipeline {
              environment {
                SAFE_TOKEN = credentials('github-token')
              }
              stages {
                stage('Publish') {
                  steps {
                    sh "curl -H 'Authorization: token {{{token}}}' https://api.github.com"
                  }
                }
              }
            }
            """);

        var result = await ScanAsync(dir.Path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal((8, "Publish", token), (finding.StartLine, Detail(finding, "stage"), finding.Secret));
    }
}
