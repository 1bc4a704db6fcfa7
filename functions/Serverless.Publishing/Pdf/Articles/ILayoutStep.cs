namespace Serverless.Publishing.Pdf.Articles;

/// <summary>One step of taking a page apart by its layout; steps run in order over a shared analysis.</summary>
public interface ILayoutStep
{
    void Run(LayoutAnalysis analysis);
}
