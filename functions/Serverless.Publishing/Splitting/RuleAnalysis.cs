using Serverless.Publishing.Cleaning;
using Serverless.Publishing.Splitting.Assembly;
using Serverless.Publishing.Splitting.Blocks;
using Serverless.Publishing.Splitting.Layout;
using Serverless.Publishing.Splitting.Rules;

namespace Serverless.Publishing.Splitting;

/// <summary>
/// What the hand-written rules make of a page: its lines, profile, furniture, role units and the article drafts the
/// headline attacher chose. The rule splitter assembles the drafts; the learned splitter reads all of it as features.
/// </summary>
public sealed class RuleAnalysis
{
    private RuleAnalysis(SplittingOptions options, PageLine[] lines, PageProfile profile, bool[] furniture, List<TextUnit> units, List<ArticleDraft> drafts)
    {
        Options = options;
        Lines = lines;
        Profile = profile;
        Furniture = furniture;
        Units = units;
        Drafts = drafts;
    }

    /// <summary>The options the page was read with; assembly takes its cleaning choices from them.</summary>
    public SplittingOptions Options { get; }

    public PageLine[] Lines { get; }

    public PageProfile Profile { get; }

    public bool[] Furniture { get; }

    public List<TextUnit> Units { get; }

    public List<ArticleDraft> Drafts { get; }

    /// <summary>Runs the rules on a sanitized page.</summary>
    public static RuleAnalysis Of(string sanitizedText, SplittingOptions options)
    {
        var lines = PageLine.Read(sanitizedText);
        var profile = PageProfile.Of(lines, ScriptDetector.Detect(sanitizedText));
        var furniture = FurnitureRules.Find(lines);
        var units = UnitReader.Read(lines, furniture, profile);
        UnitClassifier.Classify(units, profile);
        var layout = LayoutItems.From(units);
        var decisions = new HeadlineAttacher(options, profile).Attach(layout.Items);
        return new RuleAnalysis(options, lines, profile, furniture, units.ToList(), ArticleDraft.Group(layout.Items, decisions));
    }
}
