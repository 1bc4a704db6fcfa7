using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Serverless.Infra.Tests.Bicep;
using Serverless.Testing;

namespace Serverless.Infra.Tests;

/// <summary>
/// The postdeploy hook (bash and pwsh) deploys event-subscriptions.bicep with values that main.bicep outputs.
/// Nothing here reaches Azure: it checks that the script, azure.yaml and the templates agree.
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class HookTests
{
    public static TheoryData<string> Scripts => new() { "postdeploy.sh", "postdeploy.ps1" };

    [Fact]
    public void Azure_yaml_runs_both_scripts_after_deploy()
    {
        var yaml = File.ReadAllText(Path.Combine(TestPaths.Repository, "azure.yaml"));

        var hooks = PostdeployRun().Matches(yaml).Select(m => m.Groups["script"].Value).Order();

        Assert.Equal(["./infra/hooks/postdeploy.ps1", "./infra/hooks/postdeploy.sh"], hooks);
        Assert.All(hooks, h => Assert.True(File.Exists(Path.Combine(TestPaths.Repository, h))));
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_deploys_the_subscriptions_template_with_its_parameters(string script)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Templates.Hooks, script), CancellationToken.None);
        var template = await Templates.EventSubscriptionsAsync();

        Assert.Contains("event-subscriptions.bicep", text, StringComparison.Ordinal);
        Assert.Contains("az deployment group create", text, StringComparison.Ordinal);
        var passed = PostdeployHook.Parameters(text).Keys.Order();
        Assert.Equal(template.Parameters.Select(p => p.Key).Order(), passed);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_reads_only_values_that_azd_provides(string script)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Templates.Hooks, script), CancellationToken.None);
        var outputs = (await Templates.MainAsync()).Outputs.Select(o => o.Key).ToHashSet();

        var read = AzureVariable().Matches(text).Select(m => m.Groups["name"].Value).ToHashSet();

        Assert.Contains("AZURE_FUNCTION_APP_NAME", read);
        Assert.Contains("AZURE_EVENTGRID_SYSTEM_TOPIC_NAME", read);
        // AZURE_SUBSCRIPTION_ID is set by azd itself; everything else must be an output of main.bicep.
        Assert.Empty(read.Except(outputs).Except(["AZURE_SUBSCRIPTION_ID"]));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Bash_script_is_executable_and_parses()
    {
        var script = Path.Combine(Templates.Hooks, "postdeploy.sh");
        Assert.True(File.GetUnixFileMode(script).HasFlag(UnixFileMode.UserExecute), "postdeploy.sh is not executable.");

        using var bash = Process.Start(new ProcessStartInfo("bash", ["-n", script]) { RedirectStandardError = true })!;
        var errors = await bash.StandardError.ReadToEndAsync(CancellationToken.None);
        await bash.WaitForExitAsync(CancellationToken.None);

        Assert.True(bash.ExitCode == 0, errors);
    }

    [GeneratedRegex(@"run:\s*(?<script>\./infra/hooks/postdeploy\.\w+)")]
    private static partial Regex PostdeployRun();

    [GeneratedRegex(@"(\$\{|\$env:|\$|')(?<name>AZURE_[A-Z_]+)")]
    private static partial Regex AzureVariable();
}
