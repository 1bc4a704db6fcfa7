namespace Serverless.Publishing.Splitting;

/// <summary>
/// Weights of the evidence that decides where each headline belongs. Defaults are tuned on the shared and corpus pages;
/// they are options so a publication with an unusual layout can be tuned without code.
/// </summary>
public sealed class SplittingOptions
{
    public const string Section = "Splitting";

    /// <summary>Who takes the decisions on every page, whatever its script; unset, each script has its own (below).</summary>
    public SplitDecisions? Decisions { get; set; }

    /// <summary>
    /// Chinese pages: the per-page gate between the model and the rules. On pages never tuned on it wins by far
    /// (composed test 69% of articles exact against 20%, pdftotext 17% against 10%); docs/splitting.md has the costs.
    /// </summary>
    public SplitDecisions ChineseDecisions { get; set; } = SplitDecisions.Gated;

    /// <summary>Latin-script pages: the rules (the model gains 3 points on 1912 OCR but loses written English pages).</summary>
    public SplitDecisions LatinDecisions { get; set; } = SplitDecisions.Rules;

    public SplitDecisions DecisionsFor(Cleaning.PageScript script) =>
        Decisions ?? (script == Cleaning.PageScript.Cjk ? ChineseDecisions : LatinDecisions);

    /// <summary>
    /// Rewrite half-width , ; : ? ! between CJK characters as full-width. Off by default: real Chinese print uses
    /// full-width marks (24 half-width ones in 8,505 人民日报 articles), so a half-width mark comes from extraction and
    /// the printed characters are kept as they are; scoring against the page counts every rewritten mark as wrong.
    /// </summary>
    public bool NormalizePunctuationWidth { get; set; }

    /// <summary>Weight of the share of a headline's bigrams (or words) found in a body.</summary>
    public double LexicalWeight { get; set; } = 4.0;

    /// <summary>Cost of a news article left without a printed headline.</summary>
    public double MissingHeadlinePenalty { get; set; } = 2.0;

    /// <summary>Cost of giving one article two headline blocks.</summary>
    public double DoubleHeadlinePenalty { get; set; } = 6.0;

    /// <summary>
    /// Cost of cutting a body in two at a paragraph break because a headline stands on each side of it (two stories
    /// printed one after the other, only one of them with a dateline).
    /// </summary>
    public double SeamCutPenalty { get; set; } = 3.0;

    /// <summary>Cost of giving a photo caption a printed headline.</summary>
    public double PhotoHeadlinePenalty { get; set; } = 1.5;

    /// <summary>Cost of reading a headline-like line as an in-body subhead joining the bodies around it.</summary>
    public double SubheadPenalty { get; set; } = 1.5;

    /// <summary>
    /// Cost of starting an article without a dateline, byline or attribution, scaled by the share of bodies on the page
    /// that do start with one (on pages where every story has a dateline, an unmarked body is a continuation).
    /// </summary>
    public double UnmarkedStartPenalty { get; set; } = 3.0;

    /// <summary>Cost of a headline standing alone as an article with no body.</summary>
    public double LoneHeadlinePenalty { get; set; } = 8.0;

    /// <summary>
    /// Learned decisions: how much of the model's page score a one-sided headline reading (every headline heading
    /// the next story, or every one closing the story before) may cost and still be taken. Tuned on composed dev.
    /// </summary>
    public double LearnedSideMargin { get; set; } = 1000.0;

    /// <summary>
    /// Gated decisions: the rules' split of a page is kept when the model's best reading scores at most this much per
    /// line above the rules' reading (the model accepts the rules); else the learned split is taken. Tuned on dev.
    /// </summary>
    public double GateMarginPerLine { get; set; } = 8.0;
}

public enum SplitDecisions
{
    /// <summary>The hand-written rules and the headline attacher's weights below.</summary>
    Rules,

    /// <summary>The embedded line-tagging model (docs/splitting.md), with the rules as its features.</summary>
    Learned,

    /// <summary>Per page, the rules' split where the model accepts it (<see cref="SplittingOptions.GateMarginPerLine"/>), else the learned one.</summary>
    Gated,
}
