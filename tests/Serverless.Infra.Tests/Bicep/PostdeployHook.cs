using System.Text.RegularExpressions;

namespace Serverless.Infra.Tests.Bicep;

/// <summary>What a postdeploy hook script passes to event-subscriptions.bicep: template parameter → azd output.</summary>
public static partial class PostdeployHook
{
    public static IReadOnlyDictionary<string, string> Parameters(string scriptText) =>
        PassedParameter().Matches(scriptText).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["output"].Value);

    // name="$AZURE_X" (bash) or "name=$env:AZURE_X" (pwsh)
    [GeneratedRegex(@"\b(?<name>[a-zA-Z]+)=""?\$(env:)?(?<output>AZURE_[A-Z_]+)")]
    private static partial Regex PassedParameter();
}
