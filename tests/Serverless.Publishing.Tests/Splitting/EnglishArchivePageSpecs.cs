namespace Serverless.Publishing.Tests.Splitting;

/// <summary>
/// OCR of an old page: running heads set with wide spaces, headlines in capitals over stacked decks, desk lines in brackets.
/// </summary>
public sealed class EnglishArchivePageSpecs
{
    /// <summary>
    /// An archive page: the running head "PAGE FOUR" / "THE MILLTOWN HERALD, FRIDAY, APRIL 9, l954" (pieces set
    /// apart by wide spaces, the page number in words, an OCR "l" in the year) is furniture; a headline in
    /// capitals may carry a sum ("$90,000 FOR"), its first line is no section name, and the deck starts where
    /// the capitals end.
    /// </summary>
    [Fact]
    public void Archive_running_head_and_a_headline_in_capitals_with_a_sum()
    {
        const string page = """
            PAGE FOUR        THE MILLTOWN HERALD, FRIDAY, APRIL 9, l954

            CITY ASKS
            $90,000 FOR
            NEW BRIDGE
            Vote Set for May 4

            The Milltown city council
            voted Monday night to ask
            the voters for authority to
            borrow $90,000 for a new
            bridge over Stony creek.
            The old bridge was built in
            l911 and has been closed to
            trucks since last fall.
            """;

        SplitSpec.Verify(page, """
            [news] CITY ASKS $90,000 FOR NEW BRIDGE / Vote Set for May 4
            ¶ The Milltown city council voted Monday night to ask the voters for authority to borrow $90,000 for a new bridge over Stony creek. The old bridge was built in l911 and has been closed to trucks since last fall.
            """);
    }

    /// <summary>
    /// Older pages stack decks: up to three lines in capitals (the first may open with a figure, "4-H CLUB"),
    /// then up to three in title case. "(Special to The Herald)" is a desk line in brackets that opens the
    /// story like "Special to The Courier", with the dateline in a paragraph of its own.
    /// </summary>
    [Fact]
    public void Stacked_decks_and_desk_lines_in_brackets()
    {
        const string page = """
            BEARS WIN
            COUNTY TITLE
            Late Rally Beats
            Oakdale 41-39
            (Special to The Herald)
            OAKDALE, March 3 — The Milltown
            Bears won the county title here
            tonight with a late rally.

            4-H CLUB PICKS
            NEW LEADERS
            Hill Group Names
            Mary Dahl President
            (Special to The Herald)
            HILLSIDE, March 2 — The Hillside
            4-H club elected Mary Dahl its
            president Tuesday night.
            """;

        SplitSpec.Verify(page, """
            [news] BEARS WIN COUNTY TITLE / Late Rally Beats Oakdale 41-39
            dateline: OAKDALE | authors: 
            ¶ (Special to The Herald)
            ¶ OAKDALE, March 3 — The Milltown Bears won the county title here tonight with a late rally.
            [news] 4-H CLUB PICKS NEW LEADERS / Hill Group Names Mary Dahl President
            dateline: HILLSIDE | authors: 
            ¶ (Special to The Herald)
            ¶ HILLSIDE, March 2 — The Hillside 4-H club elected Mary Dahl its president Tuesday night.
            """);
    }
}
