namespace Serverless.Publishing.Tests.Splitting;

/// <summary>Hand-made English pages: capitals and title-case headlines, bylines, datelines, hyphenation, adverts, OCR.</summary>
public sealed class EnglishPageSpecs
{
    [Fact]
    public void Headlines_bylines_datelines_hyphenation_and_an_advert()
    {
        const string page = """
            CITY OPENS NEW FERRY TERMINAL

            By ANNA BROOKS

            BAYPORT, May 4 — The city opened a $12 mil-
            lion ferry terminal on Saturday, ending two
            years of construction on the waterfront.

            Officials said the terminal would serve about
            3,000 riders a day.

            HARBOR BIKE RENTALS
            Rent by the hour — $8
            Call 555-0199 • Open daily 9 a.m.

            Library Extends Weekend Hours

            By OWEN PRICE and LENA MARSH

            The county library will stay open until 8 p.m.
            on weekends starting in June, the library board
            decided on Tuesday.
            """;

        SplitSpec.Verify(page, """
            [news] CITY OPENS NEW FERRY TERMINAL
            dateline: BAYPORT | authors: Anna Brooks
            ¶ By ANNA BROOKS
            ¶ BAYPORT, May 4 — The city opened a $12 million ferry terminal on Saturday, ending two years of construction on the waterfront.
            ¶ Officials said the terminal would serve about 3,000 riders a day.
            [other] ~HARBOR BIKE RENTALS
            ¶ HARBOR BIKE RENTALS
            ¶ Rent by the hour — $8
            ¶ Call 555-0199 • Open daily 9 a.m.
            [news] Library Extends Weekend Hours
            dateline: - | authors: Owen Price, Lena Marsh
            ¶ By OWEN PRICE and LENA MARSH
            ¶ The county library will stay open until 8 p.m. on weekends starting in June, the library board decided on Tuesday.
            """);
    }

    [Fact]
    public void Ocr_text_without_blank_lines()
    {
        const string page = """
            Harbor Cleanup Collects Two Tons of Trash
            By MIA FOSTER ~
            SEASIDE, June 2 — Volunteers pulled nearly two tons
            of trash from the harbor on Saturday, organizers
            said.
            The cleanup drew 400 people, twice as many as last
            year.
            SUNRISE BAKERY
            Fresh bread every morning
            Call 555-0123 for orders
            Council Approves Park Budget
            By LEO GRANT
            SEASIDE, June 3 — The town council approved a
            budget for three new parks on Monday.
            """;

        SplitSpec.Verify(page, """
            [news] Harbor Cleanup Collects Two Tons of Trash
            dateline: SEASIDE | authors: Mia Foster
            ¶ By MIA FOSTER ~
            ¶ SEASIDE, June 2 — Volunteers pulled nearly two tons of trash from the harbor on Saturday, organizers said.
            ¶ The cleanup drew 400 people, twice as many as last year.
            [other] ~SUNRISE BAKERY
            ¶ SUNRISE BAKERY
            ¶ Fresh bread every morning
            ¶ Call 555-0123 for orders
            [news] Council Approves Park Budget
            dateline: SEASIDE | authors: Leo Grant
            ¶ By LEO GRANT
            ¶ SEASIDE, June 3 — The town council approved a budget for three new parks on Monday.
            """);
    }
}
