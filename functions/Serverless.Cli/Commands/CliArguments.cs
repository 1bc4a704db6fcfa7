namespace Serverless.Cli.Commands;

/// <summary>Minimal parser: positional values and --options, an option may repeat or take several values.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> known;

    public CliArguments(IEnumerable<string> args, IEnumerable<string> flags, IEnumerable<string> valued)
    {
        var flagSet = flags.ToHashSet();
        var valuedSet = valued.ToHashSet();
        known = [.. flagSet, .. valuedSet];
        string? current = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (!known.Contains(arg))
                {
                    throw new CliException($"Unknown option '{arg}'.");
                }

                options.TryAdd(arg, []);
                current = valuedSet.Contains(arg) ? arg : null;
            }
            else if (current is not null)
            {
                options[current].Add(arg);
            }
            else
            {
                Positional.Add(arg);
            }
        }

        foreach (var name in valuedSet.Where(v => options.TryGetValue(v, out var values) && values.Count == 0))
        {
            throw new CliException($"Option '{name}' needs a value.");
        }
    }

    public List<string> Positional { get; } = [];

    public bool Has(string option) => options.ContainsKey(option);

    public string? Value(string option) => options.TryGetValue(option, out var values) ? values[^1] : null;

    public IReadOnlyList<string> Values(string option) => options.TryGetValue(option, out var values) ? values : [];
}

/// <summary>A user error: printed without a stack trace, exit code 2.</summary>
public sealed class CliException(string message) : Exception(message);
