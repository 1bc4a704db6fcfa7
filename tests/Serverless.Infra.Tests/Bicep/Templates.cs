using Serverless.Testing;

namespace Serverless.Infra.Tests.Bicep;

/// <summary>The repository's templates, built and snapshotted once per test run (each bicep call takes seconds).</summary>
public static class Templates
{
    public static string Root => Path.Combine(TestPaths.Repository, "infra");

    public static string MainTemplate => Path.Combine(Root, "main.bicep");

    public static readonly DeploymentTarget Subscription =
        new("00000000-0000-0000-0000-0000000000aa", "00000000-0000-0000-0000-0000000000bb", "swedencentral", "main");

    /// <summary>Parameters of the main snapshot: a developer principal, so the optional user roles appear too.</summary>
    public static readonly IReadOnlyDictionary<string, string> MainParameters = new Dictionary<string, string>
    {
        ["environmentName"] = "ci",
        ["location"] = "swedencentral",
        ["principalId"] = "11111111-1111-1111-1111-111111111111",
    };

    /// <summary>main.bicep names the resource group rg-    public const string ResourceGroup = "rg-ci";lt;environmentName    public const string ResourceGroup = "rg-ci";gt;.</summary>
    public const string ResourceGroup = "rg-ci";

    private static readonly Lazy<Task<BicepRun>> MainBuild = new(() => BuildAsync(MainTemplate));

    private static readonly Lazy<Task<DeploymentSnapshot>> MainSnapshot = new(() =>
        DeploymentSnapshot.CreateAsync(MainTemplate, MainParameters, Subscription, CancellationToken.None));

    public static Task<BicepRun> BuildMainAsync() => MainBuild.Value;

    public static async Task<ArmTemplate> MainAsync() => Compiled(await MainBuild.Value);

    public static Task<DeploymentSnapshot> MainSnapshotAsync() => MainSnapshot.Value;

    private static Task<BicepRun> BuildAsync(string template) =>
        BicepCli.RunAsync(Root, ["build", template, "--stdout"], CancellationToken.None);

    private static ArmTemplate Compiled(BicepRun build) =>
        build.ExitCode == 0
            ? ArmTemplate.Parse(build.Output)
            : throw new InvalidOperationException($"bicep {build.Command} failed:\n{build.Error}");
}
