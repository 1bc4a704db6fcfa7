using System.Text.RegularExpressions;

namespace Serverless.Infra.Tests.Bicep;

/// <summary>One line of Bicep's default diagnostics format: <c>file(line,col) : Warning code: message</c>.</summary>
public sealed partial record BicepDiagnostic(string File, int Line, string Level, string Code, string Message)
{
    public static IEnumerable<BicepDiagnostic> Parse(string text) =>
        DiagnosticLine().Matches(text).Select(m => new BicepDiagnostic(
            m.Groups["file"].Value,
            int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups["level"].Value,
            m.Groups["code"].Value,
            m.Groups["message"].Value.TrimEnd()));

    public override string ToString() => $"{File}({Line}) : {Level} {Code}: {Message}";

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)\) : (?<level>Error|Warning|Info) (?<code>[^:\s]+): (?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
