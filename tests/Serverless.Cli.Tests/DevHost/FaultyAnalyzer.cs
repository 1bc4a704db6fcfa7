using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Publishing.Enrichment;

namespace Serverless.Cli.Tests.DevHost;

/// <summary>Wraps the host's analyzer, records each call, and throws, every time, on any batch holding <see cref="Marker"/> while broken.</summary>
public sealed class FaultyAnalyzer(ITextAnalyzer inner) : ITextAnalyzer
{
    public const string Marker = "POISONMARKER";

    public static volatile bool Broken = true;

    /// <summary>The document ids of every call, in order: how the stage batches its work.</summary>
    public static ConcurrentQueue<IReadOnlyList<string>> Calls { get; } = new();

    public Task<IReadOnlyList<TextAnalysis>> AnalyzeAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken)
    {
        Calls.Enqueue([.. documents.Select(d => d.Id)]);
        return Broken && documents.Any(d => d.Text.Contains(Marker, StringComparison.Ordinal))
            ? throw new InvalidOperationException("The analyzer is down for this page (test fault).")
            : inner.AnalyzeAsync(documents, cancellationToken);
    }

    /// <summary>Replaces the registered analyzer with this wrapper around it.</summary>
    public static void Install(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(ITextAnalyzer));
        services.Remove(original);
        services.AddSingleton<ITextAnalyzer>(sp => new FaultyAnalyzer(
            original.ImplementationFactory is { } factory ? (ITextAnalyzer)factory(sp)
            : original.ImplementationInstance as ITextAnalyzer ?? (ITextAnalyzer)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)));
    }
}
