using System.Reflection;

namespace Serverless.Publishing.Enrichment.Local.Chinese.Jieba;

/// <summary>
/// Loads jieba.NET's dictionary and models in a fraction of the time jieba takes itself. jieba.NET 0.42.2 reads its
/// 5 MB dict.txt twice into string dictionaries and its HMMs through Newtonsoft, about a second in a fresh process.
/// Here jieba first initialises from empty files (<see cref="EmptyModelsFolder"/>), then gets the dictionary and
/// models read once, in parallel, by our readers, in the fields where it keeps its own. Segmentation and tagging stay
/// jieba's code. JiebaLoaderTests check that both loaders give jieba the same data and the same cuts.
/// </summary>
internal static class JiebaLoader
{
    /// <summary>Folder of <c>Resources</c> with an empty dict.txt and empty JSON models, copied by Serverless.Publishing.csproj.</summary>
    public const string EmptyModelsFolder = "empty-models";

    /// <summary>Loads jieba from <paramref name="resources"/>; false when it had to use jieba's own loader.</summary>
    public static bool Load(Assembly jieba, string resources, out string? fallbackReason, bool requireKnownVersion = true)
    {
        var internals = JiebaInternals.TryResolve(jieba, out fallbackReason, requireKnownVersion);
        var empty = Path.Combine(resources, EmptyModelsFolder);
        if (internals is null || !File.Exists(Path.Combine(empty, "dict.txt")))
        {
            fallbackReason ??= $"{empty} is missing";
            LoadWithJieba(jieba, resources);
            return false;
        }

        var dictionary = Task.Run(() => JiebaDictionaryReader.Read(Path.Combine(resources, "dict.txt")));
        var partOfSpeech = Task.Run(() => JiebaModelReader.ReadPartOfSpeech(resources));

        internals.BaseDirectory = empty;
        try
        {
            internals.Initialize();
        }
        finally
        {
            internals.BaseDirectory = resources;
        }

        internals.WordBoundaries = JiebaModelReader.ReadWordBoundaries(resources);
        internals.PartOfSpeech = partOfSpeech.GetAwaiter().GetResult();
        var words = dictionary.GetAwaiter().GetResult();
        internals.WordTags = words.Tags;
        internals.Total = words.Total;
        internals.WordFrequencies = words.Frequencies;
        return true;
    }

    /// <summary>jieba's own loading, from the files in <paramref name="resources"/>.</summary>
    public static void LoadWithJieba(Assembly jieba, string resources)
    {
        var configuration = jieba.GetType("JiebaNet.Segmenter.ConfigManager", throwOnError: true)!;
        configuration.GetProperty("ConfigFileBaseDir")!.SetValue(null, resources);
        RunClassConstructor(jieba, "JiebaNet.Segmenter.JiebaSegmenter");
        RunClassConstructor(jieba, "JiebaNet.Segmenter.PosSeg.PosSegmenter");
    }

    private static void RunClassConstructor(Assembly jieba, string type) =>
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(jieba.GetType(type, throwOnError: true)!.TypeHandle);
}
