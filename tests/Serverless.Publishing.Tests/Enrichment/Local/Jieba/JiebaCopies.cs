using System.Reflection;
using System.Runtime.Loader;
using Serverless.Publishing.Enrichment.Local.Chinese.Jieba;

namespace Serverless.Publishing.Tests.Enrichment.Local.Jieba;

/// <summary>
/// Two private copies of jieba.NET, each in its own load context so that their process-wide singletons are separate:
/// one loaded by jieba itself, one by <see cref="JiebaLoader"/>.
/// </summary>
public sealed class JiebaCopies : IDisposable
{
    private readonly List<AssemblyLoadContext> _contexts = [];

    public JiebaCopies()
    {
        Classic = NewCopy("jieba-classic");
        JiebaLoader.LoadWithJieba(Classic, Resources);
        Fast = NewCopy("jieba-fast");
        FastLoaded = JiebaLoader.Load(Fast, Resources, out var fallbackReason);
        FallbackReason = fallbackReason;
    }

    public static string Resources { get; } = Path.Combine(AppContext.BaseDirectory, "Resources");

    public Assembly Classic { get; }

    public Assembly Fast { get; }

    public bool FastLoaded { get; }

    public string? FallbackReason { get; }

    public Assembly NewCopy(string name)
    {
        var context = new AssemblyLoadContext(name, isCollectible: true);
        _contexts.Add(context);
        return context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "JiebaNet.Segmenter.dll"));
    }

    /// <summary>jieba's part-of-speech cut of <paramref name="text"/> in the given copy, as "word/flag".</summary>
    public static IReadOnlyList<string> Cut(Assembly jieba, string text)
    {
        var segmenter = Activator.CreateInstance(jieba.GetType("JiebaNet.Segmenter.PosSeg.PosSegmenter", throwOnError: true)!)!;
        var pairs = (System.Collections.IEnumerable)segmenter.GetType().GetMethod("Cut")!.Invoke(segmenter, [text, true])!;
        return pairs.Cast<object>().Select(pair => $"{Property(pair, "Word")}/{Property(pair, "Flag")}").ToList();
    }

    private static object? Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);

    public void Dispose()
    {
        foreach (var context in _contexts)
        {
            context.Unload();
        }
    }
}
