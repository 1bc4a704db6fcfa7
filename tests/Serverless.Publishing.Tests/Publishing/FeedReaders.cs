using System.Diagnostics;
using Serverless.Testing;

namespace Serverless.Publishing.Tests.Publishing;

/// <summary>Two real feed readers run as processes: newsboat, and Python's feedparser from Debian's python3-feedparser.</summary>
internal static class FeedReaders
{
    public const string Python = "/usr/bin/python3";

    public static string? Newsboat { get; } = TestRequirements.OnPath("newsboat");

    public static bool HasFeedparser { get; } = File.Exists(Python) && Run(Python, ["-c", "import feedparser"], null).ExitCode == 0;

    public static string? Missing => Newsboat is null || !HasFeedparser
        ? "newsboat or python3-feedparser is not installed; run build/install-feed-readers.sh."
        : null;

    /// <summary>feedparser's verdict on one document: bozo (0 = well-formed and understood), entry count, the feed's links.</summary>
    public static (int Bozo, int Entries, string Links) Feedparser(Uri url)
    {
        const string script = """
            import sys, feedparser
            d = feedparser.parse(sys.argv[1])
            links = ",".join(l.get("rel", "") + "=" + l.get("href", "") for l in d.feed.get("links", []))
            print(int(bool(d.bozo)), len(d.entries), links, sep="\t")
            print(d.get("bozo_exception", ""), file=sys.stderr)
            """;
        var (exit, output, error) = Run(Python, ["-c", script, url.AbsoluteUri], null);
        Assert.True(exit == 0, error);
        var parts = output.TrimEnd('\n').Split('\t');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2] + (error.Trim().Length > 0 ? " / " + error.Trim() : ""));
    }

    /// <summary>newsboat's count of unread articles after reloading <paramref name="feeds"/> into a fresh cache.</summary>
    public static int NewsboatUnread(IEnumerable<Uri> feeds)
    {
        var home = Directory.CreateTempSubdirectory("newsboat-");
        try
        {
            var urls = Path.Combine(home.FullName, "urls");
            File.WriteAllLines(urls, feeds.Select(f => f.AbsoluteUri));
            var config = Path.Combine(home.FullName, "config");
            File.WriteAllText(config, "");
            var (exit, output, error) = Run(Newsboat!, ["-u", urls, "-c", Path.Combine(home.FullName, "cache.db"), "-C", config, "-x", "reload", "print-unread"], home.FullName);
            Assert.True(exit == 0, $"newsboat exited {exit}: {error}");
            var line = output.Split('\n').Single(l => l.Contains("unread articles", StringComparison.Ordinal));
            return int.Parse(line.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Output, string Error) Run(string file, IEnumerable<string> arguments, string? home)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (home is not null)
        {
            start.Environment["HOME"] = home;
            start.Environment["XDG_CONFIG_HOME"] = home;
            start.Environment["XDG_DATA_HOME"] = home;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} did not finish in 60 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>A test that needs the feed readers: skipped with its reason without them, required in CI.</summary>
public sealed class FeedReadersFactAttribute : FactAttribute
{
    public FeedReadersFactAttribute() => Skip = TestRequirements.SkipReason(FeedReaders.Missing, TestRequirements.InCi);
}
