using Serverless.Publishing.Splitting.Rules;

namespace Serverless.Publishing.Splitting.Model.Features;

/// <summary>The single-line recognisers of the rules (datelines, credits, notes, jump lines, editor lines), as evidence.</summary>
public sealed class RulePredicateFeatures : ILineFeatureSource
{
    private static readonly uint Dateline = FeatureHash.Template("dateline");
    private static readonly uint StartsBody = FeatureHash.Template("starts-body");
    private static readonly uint Credit = FeatureHash.Template("credit");
    private static readonly uint BracketNote = FeatureHash.Template("bracket-note");
    private static readonly uint DashSubtitle = FeatureHash.Template("dash-subtitle");
    private static readonly uint EditorsNote = FeatureHash.Template("editors-note");
    private static readonly uint BracketSource = FeatureHash.Template("bracket-source");
    private static readonly uint PhotoCredit = FeatureHash.Template("photo-credit");
    private static readonly uint CaptionStart = FeatureHash.Template("caption-start");
    private static readonly uint Attribution = FeatureHash.Template("attribution");
    private static readonly uint Advert = FeatureHash.Template("advert");
    private static readonly uint EditorLine = FeatureHash.Template("editor-line");
    private static readonly uint RunningHead = FeatureHash.Template("running-head");
    private static readonly uint Jump = FeatureHash.Template("jump");
    private static readonly uint Balanced = FeatureHash.Template("balanced");

    public void Add(PageContext page, FeatureSink[] sinks)
    {
        for (var k = 0; k < page.Count; k++)
        {
            var sink = sinks[k];
            var text = page.Clean(k);
            var raw = page.Line(k).Text;
            var startsBody = DatelineRules.StartsBody(text);
            sink.Add(StartsBody, startsBody, true);
            sink.Add(Dateline, startsBody && DatelineRules.Parse(text) is not null, true);
            sink.Add(Credit, LineRules.IsCredit(raw), true);
            sink.Add(BracketNote, LineRules.IsBracketNote(text), true);
            sink.Add(DashSubtitle, LineRules.IsDashSubtitle(text), true);
            sink.Add(EditorsNote, LineRules.IsEditorsNote(text));
            sink.Add(BracketSource, LineRules.EndsWithBracketSource(text), true);
            sink.Add(PhotoCredit, LineRules.EndsWithPhotoCredit(text));
            sink.Add(CaptionStart, LineRules.IsCaptionStart(text), true);
            sink.Add(Attribution, LineRules.IsAttribution(text), true);
            sink.Add(Advert, LineRules.IsAdvertLine(text), true);
            sink.Add(EditorLine, FurnitureRules.IsEditorLine(raw));
            sink.Add(RunningHead, FurnitureRules.IsTornRunningHead(raw) || FurnitureRules.IsRunningHeadPiece(raw), true);
            sink.Add(Jump, FurnitureRules.IsJumpTo(raw) ? 1 : FurnitureRules.IsJumpFrom(raw) ? 2 : 0);
            sink.Add(Balanced, LineRules.Balanced(text));
        }
    }
}
