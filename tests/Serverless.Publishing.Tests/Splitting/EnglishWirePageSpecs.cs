namespace Serverless.Publishing.Tests.Splitting;

/// <summary>
/// Wire copy as a nation/world page prints it: running heads set with wide spaces, datelines with a hyphen, jump lines to
/// pages numbered "5B", captions closed by their credit, wrapped contributor taglines.
/// </summary>
public sealed class EnglishWirePageSpecs
{
    /// <summary>
    /// A running head whose pieces (page, paper, date) stand apart by wide spaces, the section name of two
    /// words under it ("STATE &amp; REGION") and a footer naming the paper's site are furniture.
    /// </summary>
    [Fact]
    public void Running_head_set_apart_by_wide_spaces_a_two_word_section_and_a_footer_with_the_site()
    {
        const string page = """
            4B  THE VALLEY HERALD  Thursday, March 5, 2026
            STATE & REGION

            Bridge repairs to close Route 9 lanes
            By HENRY COLE
            Herald Staff
            DALTON — Crews will close one lane of Route
            9 over the Miller River bridge starting Monday
            for six weeks of deck repairs, state highway
            officials said Wednesday.

            valleyherald.com/region  |  Story ideas? Call 555-0199
            """;

        SplitSpec.Verify(page, """
            [news] Bridge repairs to close Route 9 lanes
            dateline: DALTON | authors: Henry Cole
            ¶ By HENRY COLE
            ¶ Herald Staff
            ¶ DALTON — Crews will close one lane of Route 9 over the Miller River bridge starting Monday for six weeks of deck repairs, state highway officials said Wednesday.
            """);
    }

    /// <summary>
    /// Wire services set the dateline off with a hyphen ("SANTIAGO (Reuters) -") or two; it opens the story as
    /// a dash does.
    /// </summary>
    [Fact]
    public void Wire_datelines_with_a_hyphen()
    {
        const string page = """
            Copper prices climb on supply fears

            SANTIAGO (Reuters) - Copper prices rose for a
            third straight day on Wednesday after a strike
            halted work at one of Chile's largest mines,
            traders said.

            Rail strike talks collapse

            PARIS (Reuters) -- Talks between French rail
            unions and management broke down on Tuesday,
            raising the prospect of a strike next week.
            """;

        SplitSpec.Verify(page, """
            [news] Copper prices climb on supply fears
            dateline: SANTIAGO | authors: 
            ¶ SANTIAGO (Reuters) - Copper prices rose for a third straight day on Wednesday after a strike halted work at one of Chile's largest mines, traders said.
            [news] Rail strike talks collapse
            dateline: PARIS | authors: 
            ¶ PARIS (Reuters) -- Talks between French rail unions and management broke down on Tuesday, raising the prospect of a strike next week.
            """);
    }

    /// <summary>
    /// "See JAIL, Page 5B" is a jump line like "Please see JAIL, A5": furniture.
    /// </summary>
    [Fact]
    public void Jump_line_with_the_section_letter_after_the_page_number()
    {
        const string page = """
            County weighs new jail budget

            By RUTH PARKS
            MILLBROOK — County commissioners on Tuesday
            began debating a $48 million plan to expand
            the county jail, a proposal that has divided
            the board for more than a year. The plan's
            chief supporter, Commissioner Alan
            Webb
            See JAIL, Page 5B

            Library extends weekend hours

            MILLBROOK — The public library will stay open
            until 8 p.m. on Saturdays starting next month,
            the library board said Monday.
            """;

        SplitSpec.Verify(page, """
            [news] County weighs new jail budget
            dateline: MILLBROOK | authors: Ruth Parks
            ¶ By RUTH PARKS
            ¶ MILLBROOK — County commissioners on Tuesday began debating a $48 million plan to expand the county jail, a proposal that has divided the board for more than a year. The plan's chief supporter, Commissioner Alan Webb
            [news] Library extends weekend hours
            dateline: MILLBROOK | authors: 
            ¶ MILLBROOK — The public library will stay open until 8 p.m. on Saturdays starting next month, the library board said Monday.
            """);
    }

    /// <summary>
    /// The words before a jump line run on to another page ("…chairman, Sen." / "Dale" / "Please see JAIL,
    /// A5"): they end the story above, however short, and are no headline of the next.
    /// </summary>
    [Fact]
    public void Words_before_a_jump_line_end_the_story_above()
    {
        const string page = """
            County weighs new jail budget

            By RUTH PARKS
            MILLBROOK — County commissioners on Tuesday
            began debating a $48 million plan to expand
            the county jail, a proposal that has divided
            the board for more than a year.
            The plan would add 120 beds and a new medical
            wing, and would be paid for with a bond issue
            that voters would decide in November.
            Critics said the county should first try to
            cut the number of people held before trial.
            The sheriff's union backed the plan and said
            the jail had been over capacity for most of
            the past two years. Two commissioners spoke
            against it, while the board's chairman, Sen.
            Dale
            Please see JAIL, A5

            Library extends weekend hours

            MILLBROOK — The public library will stay open
            until 8 p.m. on Saturdays starting next month,
            the library board said Monday.
            """;

        SplitSpec.Verify(page, """
            [news] County weighs new jail budget
            dateline: MILLBROOK | authors: Ruth Parks
            ¶ By RUTH PARKS
            ¶ MILLBROOK — County commissioners on Tuesday began debating a $48 million plan to expand the county jail, a proposal that has divided the board for more than a year.
            ¶ The plan would add 120 beds and a new medical wing, and would be paid for with a bond issue that voters would decide in November.
            ¶ Critics said the county should first try to cut the number of people held before trial. The sheriff's union backed the plan and said the jail had been over capacity for most of the past two years. Two commissioners spoke against it, while the board's chairman, Sen. Dale
            [news] Library extends weekend hours
            dateline: MILLBROOK | authors: 
            ¶ MILLBROOK — The public library will stay open until 8 p.m. on Saturdays starting next month, the library board said Monday.
            """);
    }

    /// <summary>
    /// A block between blank lines whose last sentence is followed by a photo credit on the same line ("…under
    /// budget. (AP Photo/Kyle Dunn)") is a photo caption; the credit names its author.
    /// </summary>
    [Fact]
    public void Caption_closed_by_its_credit_on_the_last_line()
    {
        const string page = """
            Dam repairs finished ahead of schedule

            By LINDA FARR
            Associated Press
            BOISE, Idaho (AP) — Workers finished repairs on
            the Black Canyon dam two weeks early, federal
            officials said Friday.

            Workers inspect the spillway of the Black Canyon
            dam near Emmett, Idaho, on Thursday. Federal
            officials said the repairs came in under
            budget. (AP Photo/Kyle Dunn)

            Fire destroys barn near Nampa
            NAMPA, Idaho (AP) — A fire destroyed a dairy barn
            outside Nampa early Saturday, killing no animals,
            the fire district said.
            """;

        SplitSpec.Verify(page, """
            [news] Dam repairs finished ahead of schedule
            dateline: BOISE | authors: Linda Farr
            ¶ By LINDA FARR
            ¶ Associated Press
            ¶ BOISE, Idaho (AP) — Workers finished repairs on the Black Canyon dam two weeks early, federal officials said Friday.
            [photo] ~Workers inspect the spillway of the Black Canyon dam near Emmett, Idaho
            dateline: - | authors: Kyle Dunn
            ¶ Workers inspect the spillway of the Black Canyon dam near Emmett, Idaho, on Thursday. Federal officials said the repairs came in under budget. (AP Photo/Kyle Dunn)
            [news] Fire destroys barn near Nampa
            dateline: NAMPA | authors: 
            ¶ NAMPA, Idaho (AP) — A fire destroyed a dairy barn outside Nampa early Saturday, killing no animals, the fire district said.
            """);
    }

    /// <summary>
    /// A tagline wrapped over two lines ("Associated Press writer Jill Moss in Pueblo," / "Colorado,
    /// contributed to this report.") is the story's note.
    /// </summary>
    [Fact]
    public void Contributor_tagline_wrapped_over_two_lines()
    {
        const string page = """
            Flood warnings issued for three rivers

            By OMAR SHAH
            Associated Press
            DENVER (AP) — Forecasters issued flood warnings
            for three rivers in eastern Colorado on Monday
            after two days of heavy rain.

            Associated Press writer Jill Moss in Pueblo,
            Colorado, contributed to this report.

            Snow closes mountain pass
            GOLDEN, Colo. (AP) — Heavy snow closed a
            mountain pass west of Golden on Sunday.
            """;

        SplitSpec.Verify(page, """
            [news] Flood warnings issued for three rivers
            dateline: DENVER | authors: Omar Shah
            ¶ By OMAR SHAH
            ¶ Associated Press
            ¶ DENVER (AP) — Forecasters issued flood warnings for three rivers in eastern Colorado on Monday after two days of heavy rain.
            note: Associated Press writer Jill Moss in Pueblo, Colorado, contributed to this report.
            [news] Snow closes mountain pass
            dateline: GOLDEN | authors: 
            ¶ GOLDEN, Colo. (AP) — Heavy snow closed a mountain pass west of Golden on Sunday.
            """);
    }
}
