using System.Reflection;
using System.Runtime.CompilerServices;

namespace Serverless.Publishing.Enrichment.Local.Chinese.Jieba;

/// <summary>
/// The non-public fields in which jieba.NET 0.42.2 keeps its dictionary and models, resolved by name once the assembly
/// is that exact version, so that any other version is detected before its types initialise. Works on any loaded copy of the assembly (the
/// tests compare a second copy loaded by jieba itself).
/// </summary>
internal sealed class JiebaInternals
{
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private readonly PropertyInfo _baseDirectory;
    private readonly Type[] _singletons;
    private readonly Type _posSegmenter;
    private readonly FieldInfo _wordFrequencies;
    private readonly PropertyInfo _total;
    private readonly FieldInfo _wordTags;
    private readonly FieldInfo[] _partOfSpeech;
    private readonly FieldInfo[] _wordBoundaries;

    private JiebaInternals(Assembly jieba)
    {
        Type TypeNamed(string name) => jieba.GetType(name, throwOnError: true)!;
        var wordDictionary = TypeNamed("JiebaNet.Segmenter.WordDictionary");
        var posViterbi = TypeNamed("JiebaNet.Segmenter.PosSeg.Viterbi");
        var finalViterbi = TypeNamed("JiebaNet.Segmenter.FinalSeg.Viterbi");
        _posSegmenter = TypeNamed("JiebaNet.Segmenter.PosSeg.PosSegmenter");
        _singletons = [wordDictionary, posViterbi, finalViterbi];
        _baseDirectory = Property(TypeNamed("JiebaNet.Segmenter.ConfigManager"), "ConfigFileBaseDir", Static, typeof(string));
        _wordFrequencies = Field(wordDictionary, "Trie", Instance, typeof(IDictionary<string, int>));
        _total = Property(wordDictionary, "Total", Instance, typeof(double));
        _wordTags = Field(_posSegmenter, "_wordTagTab", Static, typeof(IDictionary<string, string>));
        _partOfSpeech =
        [
            Field(posViterbi, "_startProbs", Static, typeof(IDictionary<string, double>)),
            Field(posViterbi, "_transProbs", Static, typeof(IDictionary<string, IDictionary<string, double>>)),
            Field(posViterbi, "_emitProbs", Static, typeof(IDictionary<string, IDictionary<char, double>>)),
            Field(posViterbi, "_stateTab", Static, typeof(IDictionary<char, List<string>>)),
        ];
        _wordBoundaries =
        [
            Field(finalViterbi, "_transProbs", Static, typeof(IDictionary<char, IDictionary<char, double>>)),
            Field(finalViterbi, "_emitProbs", Static, typeof(IDictionary<char, IDictionary<char, double>>)),
        ];
    }

    /// <summary>The assembly version of jieba.NET 0.42.2, whose private fields this class was written against.</summary>
    public static readonly Version WrittenFor = new(0, 42, 2, 0);

    /// <summary>
    /// The fields of this copy of jieba, or null with the reason when it is not version <see cref="WrittenFor"/>
    /// (unless <paramref name="requireVersion"/> is false) or its fields are not those of that version.
    /// </summary>
    public static JiebaInternals? TryResolve(Assembly jieba, out string? mismatch, bool requireVersion = true)
    {
        mismatch = requireVersion ? VersionMismatch(jieba.GetName()) : null;
        if (mismatch is not null)
        {
            return null;
        }

        try
        {
            return new JiebaInternals(jieba);
        }
        catch (Exception exception) when (exception is TypeLoadException or MissingMemberException)
        {
            mismatch = exception.Message;
            return null;
        }
    }

    /// <summary>Why <paramref name="jieba"/> is not the version these fields were written for, or null.</summary>
    public static string? VersionMismatch(AssemblyName jieba) =>
        jieba.Version == WrittenFor
            ? null
            : $"{jieba.Name} {jieba.Version} is not {WrittenFor}, the version JiebaInternals was written for (Enrichment:Local:RequireKnownJiebaVersion=false tries its fields anyway)";

    /// <summary>Where jieba reads its files from (it resolves relative paths against the working directory).</summary>
    public string BaseDirectory
    {
        get => (string)_baseDirectory.GetValue(null)!;
        set => _baseDirectory.SetValue(null, value);
    }

    /// <summary>Creates jieba's singletons, which load from <see cref="BaseDirectory"/>.</summary>
    public void Initialize()
    {
        foreach (var singleton in _singletons)
        {
            _ = singleton.GetProperty("Instance", Static)!.GetValue(null);
        }

        RuntimeHelpers.RunClassConstructor(_posSegmenter.TypeHandle);
    }

    public object WordDictionary => _singletons[0].GetProperty("Instance", Static)!.GetValue(null)!;

    public IDictionary<string, int> WordFrequencies
    {
        get => (IDictionary<string, int>)_wordFrequencies.GetValue(WordDictionary)!;
        set => _wordFrequencies.SetValue(WordDictionary, value);
    }

    public double Total
    {
        get => (double)_total.GetValue(WordDictionary)!;
        set => _total.SetValue(WordDictionary, value);
    }

    public IDictionary<string, string> WordTags
    {
        get => (IDictionary<string, string>)_wordTags.GetValue(null)!;
        set => _wordTags.SetValue(null, value);
    }

    public PartOfSpeechModel PartOfSpeech
    {
        get => new(Get<IDictionary<string, double>>(_partOfSpeech[0]), Get<IDictionary<string, IDictionary<string, double>>>(_partOfSpeech[1]),
            Get<IDictionary<string, IDictionary<char, double>>>(_partOfSpeech[2]), Get<IDictionary<char, List<string>>>(_partOfSpeech[3]));
        set => Set(_partOfSpeech, value.Start, value.Transitions, value.Emissions, value.StatesByChar);
    }

    public WordBoundaryModel WordBoundaries
    {
        get => new(Get<IDictionary<char, IDictionary<char, double>>>(_wordBoundaries[0]), Get<IDictionary<char, IDictionary<char, double>>>(_wordBoundaries[1]));
        set => Set(_wordBoundaries, value.Transitions, value.Emissions);
    }

    private static T Get<T>(FieldInfo field) => (T)field.GetValue(null)!;

    private static void Set(FieldInfo[] fields, params object[] values)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i].SetValue(null, values[i]);
        }
    }

    private static FieldInfo Field(Type type, string name, BindingFlags binding, Type fieldType) =>
        type.GetField(name, binding) is { IsInitOnly: false } field && field.FieldType == fieldType
            ? field
            : throw new MissingFieldException(type.FullName, name);

    private static PropertyInfo Property(Type type, string name, BindingFlags binding, Type propertyType) =>
        type.GetProperty(name, binding) is { CanRead: true, CanWrite: true } property && property.PropertyType == propertyType
            ? property
            : throw new MissingMemberException(type.FullName, name);
}
