namespace Serverless.Publishing.Tests.Splitting;

/// <summary>
/// English pages set in sentence case, as most papers print them: headlines that read like prose, decks, staff bylines,
/// column breaks, jump lines, photo captions, briefs, an opinion page and letters.
/// </summary>
public sealed class EnglishLayoutPageSpecs
{
    /// <summary>
    /// A running head of pieces between "|" and the section name under it are furniture; so is the jump line "Please see SCHOOLS, B4".
    /// A sentence-case headline and its deck stand before the byline; the deck starts at the line that opens with a capital.
    /// "By A and B |" / "Staff Writers" is one byline. Title-case lines inside the prose are no headlines when the sentence runs on
    /// (next line in lower case) or ordinary prose follows them; "al-" / blank / "ready" is a column break inside a word.
    /// A block closed by a photo credit is the caption, however long.
    /// </summary>
    [Fact]
    public void Metro_page_in_sentence_case_with_a_deck_a_staff_byline_a_jump_line_and_a_captioned_photo()
    {
        const string page = """
            THE HARBOR GAZETTE | FRIDAY, MAY 7, 2021 | B1

            LOCAL

            Schools plan longer day
            for middle grades
            Extra 40 minutes would go to reading
            and math under the board's proposal

            By CLARA VOSS and MIGUEL ORTA |
            Staff Writers
            LAKETON — The school board on Thursday
            proposed adding 40 minutes to the
            middle school day starting in the fall,
            a change the superintendent said would
            cost about $1.9 million a year in staff
            time and would need the teachers'
            union to agree before it could start.
            Board Chair Evelyn Park, who voted for
            the plan, said the district had lost
            ground in reading since 2019 and could
            not wait for state money. "We owe these
            children the time," she said.
            Teachers at Laketon Middle School and
            Ridge Academy say they support more
            instruction but want to be paid for it,
            and asked for talks to begin before the
            board votes on the budget in June.
            Parents at the meeting were split,
            with several saying the day was al-

            ready long for kids who ride the bus
            an hour each way.
            The board will take public comment at
            its next meeting, on May 20, before a
            final vote on the calendar and the
            Please see SCHOOLS, B4

            Crew members Dana Holt, left, and Sam
            Reyes lift a new bench into place at
            Lakeside Park on Wednesday. The parks
            department is replacing 60 benches
            this spring.
            (Photo by ANNE WU / The Gazette)

            Ferry fares to rise 50 cents
            By TIMOTHY GRANT
            LAKETON — Ferry fares will rise by 50
            cents on July 1, the transit authority
            said Thursday, the first increase in
            six years. Monthly passes will go up
            by $12.
            """;

        SplitSpec.Verify(page, """
            [news] Schools plan longer day for middle grades / Extra 40 minutes would go to reading and math under the board's proposal
            dateline: LAKETON | authors: Clara Voss, Miguel Orta
            ¶ By CLARA VOSS and MIGUEL ORTA | Staff Writers
            ¶ LAKETON — The school board on Thursday proposed adding 40 minutes to the middle school day starting in the fall, a change the superintendent said would cost about $1.9 million a year in staff time and would need the teachers' union to agree before it could start. Board Chair Evelyn Park, who voted for the plan, said the district had lost ground in reading since 2019 and could not wait for state money. "We owe these children the time," she said.
            ¶ Teachers at Laketon Middle School and Ridge Academy say they support more instruction but want to be paid for it, and asked for talks to begin before the board votes on the budget in June. Parents at the meeting were split, with several saying the day was already long for kids who ride the bus an hour each way.
            ¶ The board will take public comment at its next meeting, on May 20, before a final vote on the calendar and the
            [photo] ~Crew members Dana Holt, left, and Sam Reyes lift a new bench
            dateline: - | authors: Anne Wu
            ¶ Crew members Dana Holt, left, and Sam Reyes lift a new bench into place at Lakeside Park on Wednesday. The parks department is replacing 60 benches this spring.
            note: (Photo by ANNE WU / The Gazette)
            [news] Ferry fares to rise 50 cents
            dateline: LAKETON | authors: Timothy Grant
            ¶ By TIMOTHY GRANT
            ¶ LAKETON — Ferry fares will rise by 50 cents on July 1, the transit authority said Thursday, the first increase in six years. Monthly passes will go up by $12.
            """);
    }

    /// <summary>
    /// "IN BRIEF" labels the roundup, not a story; each brief's headline stands in the same block as its dateline.
    /// </summary>
    [Fact]
    public void Briefs_with_headlines_right_over_their_datelines()
    {
        const string page = """
            Storm knocks out power
            to 3,000 homes
            By JOAN MILLS
            Staff Writer
            LAKETON — High winds knocked out power
            to about 3,000 homes on Tuesday night,
            the utility said. Crews restored most
            service by Wednesday morning.

            IN BRIEF

            Pool opens early this year
            LAKETON — The city pool will open on
            May 29, a week earlier than usual, the
            parks department said Monday.

            Bridge lane to close
            EASTON — One lane of the Mill Street
            bridge will close for repairs from June
            1 through June 12, county officials
            said. Drivers should expect delays.
            """;

        SplitSpec.Verify(page, """
            [news] Storm knocks out power to 3,000 homes
            dateline: LAKETON | authors: Joan Mills
            ¶ By JOAN MILLS
            ¶ Staff Writer
            ¶ LAKETON — High winds knocked out power to about 3,000 homes on Tuesday night, the utility said. Crews restored most service by Wednesday morning.
            [news] Pool opens early this year
            dateline: LAKETON | authors: 
            ¶ LAKETON — The city pool will open on May 29, a week earlier than usual, the parks department said Monday.
            [news] Bridge lane to close
            dateline: EASTON | authors: 
            ¶ EASTON — One lane of the Mill Street bridge will close for repairs from June 1 through June 12, county officials said. Drivers should expect delays.
            """);
    }

    /// <summary>
    /// A kicker in capitals over short lines makes them a title even when they end a sentence. The staff box under the
    /// paper's name is furniture, the quoted sentence standing inside a running sentence is a pull quote, and "Marta Quinn
    /// is a nurse's aide…" after the last paragraph is a note that names the writer.
    /// </summary>
    [Fact]
    public void Opinion_page_with_kickers_a_staff_box_a_pull_quote_and_a_note_about_the_writer()
    {
        const string page = """
            OUR VIEW
            Keep the library open on Sundays.
            It pays for itself.

            The county wants to close the main library on Sundays to save
            $210,000 a year. That is a false economy, and the board should
            say no when it votes next week.

            Sunday is the busiest afternoon of the week at the main branch,
            and the people who come are the ones with no other day to come.

            THE HARBOR GAZETTE
            Established 1902
            Ruth Mendel, Publisher
            Carl Ostrow, Editor

            MY TURN
            A bus pass should cost less than a meal.

            I ride the No. 4 bus to work five days a week, and for most of
            the riders I see every morning the fare is not a small thing.
            A monthly pass now costs $64, more than many of us spend on
            groceries in a week. Fares paid for less than a fifth of the

            "A fare is a tax on the people with the least."

            system's budget last year, so cutting them would cost far less
            than the council seems to believe.
            Marta Quinn is a nurse's aide and a member of the Riders
            Council of Harbor County.
            """;

        SplitSpec.Verify(page, """
            [news] OUR VIEW / Keep the library open on Sundays. / It pays for itself.
            ¶ The county wants to close the main library on Sundays to save $210,000 a year. That is a false economy, and the board should say no when it votes next week.
            ¶ Sunday is the busiest afternoon of the week at the main branch, and the people who come are the ones with no other day to come.
            [column] MY TURN / A bus pass should cost less than a meal.
            dateline: - | authors: Marta Quinn
            ¶ I ride the No. 4 bus to work five days a week, and for most of the riders I see every morning the fare is not a small thing. A monthly pass now costs $64, more than many of us spend on groceries in a week. Fares paid for less than a fifth of the system's budget last year, so cutting them would cost far less than the council seems to believe.
            note: Marta Quinn is a nurse's aide and a member of the Riders Council of Harbor County.
            """);
    }

    /// <summary>
    /// The letters column's label and policy line are furniture; a short title line over full lines of prose is the
    /// letter's headline; "— Name, Town" and "The writer is…" are notes, the signature names the writer.
    /// </summary>
    [Fact]
    public void Letters_with_one_line_titles_and_signatures()
    {
        const string page = """
            LETTERS TO THE EDITOR
            Send letters of up to 200 words to letters@harborgazette.com.

            Parking meters hurt small shops
            The new parking meters on Front Street have emptied the block.
            My customers tell me they now drive to the mall, where parking
            is free, and I do not blame them.
            — Paul Ortiz, Laketon

            Thanks to the rescue crew
            When my father fell through the ice on Cedar Lake in February,
            the county's water rescue team reached him in under ten
            minutes. I want every one of them to know he is home and well.
            — Irene Sato, Easton
            The writer is a retired teacher.
            """;

        SplitSpec.Verify(page, """
            [column] Parking meters hurt small shops
            dateline: - | authors: Paul Ortiz
            ¶ The new parking meters on Front Street have emptied the block. My customers tell me they now drive to the mall, where parking is free, and I do not blame them.
            note: — Paul Ortiz, Laketon
            [column] Thanks to the rescue crew
            dateline: - | authors: Irene Sato
            ¶ When my father fell through the ice on Cedar Lake in February, the county's water rescue team reached him in under ten minutes. I want every one of them to know he is home and well.
            note: — Irene Sato, Easton
            note: The writer is a retired teacher.
            """);
    }

    /// <summary>
    /// Without blank lines a sentence-case headline is the short tail after the last sentence, right before a byline or
    /// dateline; a headline may end in a question mark. A news story's last paragraph that opens like a note about a
    /// writer ("Police Chief Ray Szabo has asked…") stays body: notes about writers close opinion pieces, not datelined stories.
    /// </summary>
    [Fact]
    public void Sentence_case_headlines_without_blank_lines()
    {
        const string page = """
            Is the city ready for snow?
            By Jane Porter, Staff Writer
            The city's public works department says it has
            enough salt for the winter, but drivers are short.
            Crews will work 12-hour shifts when storms hit.
            Bridge repairs to start in March
            By Tom Ellis
            EASTON — Work on the Cedar Street bridge will
            begin in March and last until the fall, county
            engineers said Tuesday.
            Drivers will be detoured over Pine Street.
            Police Chief Ray Szabo has asked the council for
            two more officers to direct traffic.
            """;

        SplitSpec.Verify(page, """
            [news] Is the city ready for snow?
            dateline: - | authors: Jane Porter
            ¶ By Jane Porter, Staff Writer
            ¶ The city's public works department says it has enough salt for the winter, but drivers are short. Crews will work 12-hour shifts when storms hit.
            [news] Bridge repairs to start in March
            dateline: EASTON | authors: Tom Ellis
            ¶ By Tom Ellis
            ¶ EASTON — Work on the Cedar Street bridge will begin in March and last until the fall, county engineers said Tuesday.
            ¶ Drivers will be detoured over Pine Street. Police Chief Ray Szabo has asked the council for two more officers to direct traffic.
            """);
    }

    /// <summary>
    /// A pull quote may carry its speaker ("— Dana Cole") under it: both are dropped, and the dash line is no letter's
    /// signature because the piece goes on after it.
    /// </summary>
    [Fact]
    public void Signed_pull_quote_inside_a_sentence()
    {
        const string page = """
            GUEST COMMENTARY
            Parks are not a luxury

            Every summer the city debates whether it can afford to keep
            the neighborhood pools open, and every summer the answer is
            that it cannot afford to close them. The pools cost less than
            $900,000 a year to run, and they are often the only place a

            "The pools are the cheapest summer camp we have."
            — Dana Cole

            child can spend a hot afternoon for free. Closing them would
            save money on paper and cost far more in every other way.
            Dana Cole is a former lifeguard and a member of the city's
            parks board.
            """;

        SplitSpec.Verify(page, """
            [column] GUEST COMMENTARY / Parks are not a luxury
            dateline: - | authors: Dana Cole
            ¶ Every summer the city debates whether it can afford to keep the neighborhood pools open, and every summer the answer is that it cannot afford to close them. The pools cost less than $900,000 a year to run, and they are often the only place a child can spend a hot afternoon for free. Closing them would save money on paper and cost far more in every other way.
            note: Dana Cole is a former lifeguard and a member of the city's parks board.
            """);
    }

    /// <summary>
    /// A short sentence-case line alone between blank lines, after a finished story and over a paragraph that opens a
    /// sentence, is a headline even without a byline or dateline.
    /// </summary>
    [Fact]
    public void Sentence_case_headlines_alone_between_blank_lines()
    {
        const string page = """
            Town hires new librarian

            The town council on Monday hired Helen Baker to run the
            public library, ending a search that began last summer.

            Baker, who ran the library in Easton for nine years,
            starts on June 1.

            Pool hours extended

            The town pool will stay open until 8 p.m. on weekdays this
            summer, the parks department said.
            """;

        SplitSpec.Verify(page, """
            [news] Town hires new librarian
            ¶ The town council on Monday hired Helen Baker to run the public library, ending a search that began last summer.
            ¶ Baker, who ran the library in Easton for nine years, starts on June 1.
            [news] Pool hours extended
            ¶ The town pool will stay open until 8 p.m. on weekdays this summer, the parks department said.
            """);
    }

    /// <summary>
    /// "By Jane Doe | Staff Writer" is a byline; "Courier photo by SAM PAIK" is a credit that closes the caption above it.
    /// </summary>
    [Fact]
    public void Byline_with_a_bar_and_a_newspaper_photo_credit()
    {
        const string page = """
            Crews finish bridge deck
            By Jane Doe | Staff Writer
            EASTON — Crews poured the last section of the new Mill
            Street bridge deck on Friday.

            Workers lower a beam onto the Mill Street bridge.
            Courier photo by SAM PAIK
            """;

        SplitSpec.Verify(page, """
            [news] Crews finish bridge deck
            dateline: EASTON | authors: Jane Doe
            ¶ By Jane Doe | Staff Writer
            ¶ EASTON — Crews poured the last section of the new Mill Street bridge deck on Friday.
            [photo] ~Workers lower a beam onto the Mill Street bridge
            dateline: - | authors: Sam Paik
            ¶ Workers lower a beam onto the Mill Street bridge.
            note: Courier photo by SAM PAIK
            """);
    }

    /// <summary>
    /// A deck may be a whole sentence under a sentence-case title; it still belongs to the headline when the byline follows it.
    /// </summary>
    [Fact]
    public void Decks_printed_as_sentences()
    {
        const string page = """
            Harbor Times | Sunday, June 6, 2021 | 3

            Council weighs budget
            The mayor's plan moves $4 million to
            crisis teams.

            By Ann Lowe
            HARBOR CITY — The City Council began work
            on a $180 million budget on Monday.

            Construction is expected to take seven years.

            Ferry adds a late boat
            A 10:30 p.m. sailing starts in July.
            By Paul Ng
            HARBOR CITY — The ferry will add a late boat
            on Fridays and Saturdays this summer.
            """;

        SplitSpec.Verify(page, """
            [news] Council weighs budget / The mayor's plan moves $4 million to crisis teams.
            dateline: HARBOR CITY | authors: Ann Lowe
            ¶ By Ann Lowe
            ¶ HARBOR CITY — The City Council began work on a $180 million budget on Monday.
            ¶ Construction is expected to take seven years.
            [news] Ferry adds a late boat / A 10:30 p.m. sailing starts in July.
            dateline: HARBOR CITY | authors: Paul Ng
            ¶ By Paul Ng
            ¶ HARBOR CITY — The ferry will add a late boat on Fridays and Saturdays this summer.
            """);
    }

    /// <summary>
    /// "Contact Jane Roe at …" after the last sentence of a datelined story is a note, not body; without blank lines
    /// the title-case headline after it still stands apart from the full-width prose under it.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Contact_line_after_a_news_story(bool blankLines)
    {
        const string printed = """
            City Tests New Recycling Bins
            Larger carts will go to 2,000 homes first

            By JANE ROE
            Staff Writer

            EASTON — The city will hand out larger recycling carts to
            2,000 homes on the east side next month as a test, public
            works director Sam Lee said Wednesday.

            If the test works, every home could have one by 2023.
            Contact Jane Roe at jroe@eastoncourier.com.

            Fire Destroys Barn Near Route 9

            A fire destroyed a barn near Route 9 early Thursday. No one
            was hurt, fire officials said.
            """;

        var page = blankLines ? printed : string.Join('\n', printed.ReplaceLineEndings("\n").Split('\n').Where(line => line.Trim().Length > 0));

        SplitSpec.Verify(page, """
            [news] City Tests New Recycling Bins / Larger carts will go to 2,000 homes first
            dateline: EASTON | authors: Jane Roe
            ¶ By JANE ROE
            ¶ Staff Writer
            ¶ EASTON — The city will hand out larger recycling carts to 2,000 homes on the east side next month as a test, public works director Sam Lee said Wednesday.
            ¶ If the test works, every home could have one by 2023.
            note: Contact Jane Roe at jroe@eastoncourier.com.
            [news] Fire Destroys Barn Near Route 9
            ¶ A fire destroyed a barn near Route 9 early Thursday. No one was hurt, fire officials said.
            """);
    }

    /// <summary>
    /// "From staff reports" and "Special to The Courier" open a story as a byline would; "The Associated Press contributed
    /// to this report." after the last sentence is a note.
    /// </summary>
    [Fact]
    public void Unsigned_stories_and_contributor_taglines()
    {
        const string page = """
            Hawks rally past Eagles in ninth
            From staff reports
            CLAYTON — Marcus Bell singled home two runs in the ninth
            inning as the Clayton Hawks beat the Easton Eagles 5-4 on
            Tuesday.
            The Associated Press contributed to this report.

            Storm shuts schools in two counties
            Special to The Courier
            MARSTON — Schools in Harlan and Pike counties will stay
            closed Wednesday after a storm left roads covered in ice,
            officials said.
            """;

        SplitSpec.Verify(page, """
            [news] Hawks rally past Eagles in ninth
            dateline: CLAYTON | authors: 
            ¶ From staff reports
            ¶ CLAYTON — Marcus Bell singled home two runs in the ninth inning as the Clayton Hawks beat the Easton Eagles 5-4 on Tuesday.
            note: The Associated Press contributed to this report.
            [news] Storm shuts schools in two counties
            dateline: MARSTON | authors: 
            ¶ Special to The Courier
            ¶ MARSTON — Schools in Harlan and Pike counties will stay closed Wednesday after a storm left roads covered in ice, officials said.
            """);
    }

    /// <summary>
    /// PDF text without blank lines: the section name right under the running head is furniture, a headline follows a photo
    /// credit, and a brief's headline ends the block of the story before it, right above its dateline.
    /// </summary>
    [Fact]
    public void Sentence_case_page_without_blank_lines()
    {
        const string page = """
            THE HARBOR GAZETTE | MONDAY, MAY 10, 2021 | B2
            LOCAL
            Workers paint the new bandstand at Lakeside Park on Friday.
            (Photo by ANNE WU / The Gazette)
            Bandstand reopens for summer
            By CLARA VOSS
            LAKETON — The Lakeside Park bandstand will reopen on
            Saturday after a $300,000 repair, parks officials said.
            Concerts will run every Sunday through August.
            Road work starts on Elm Street
            EASTON — Crews will begin repaving Elm Street on Monday,
            and the work should take two weeks, the county said.
            """;

        SplitSpec.Verify(page, """
            [photo] ~Workers paint the new bandstand at Lakeside Park on Friday
            dateline: - | authors: Anne Wu
            ¶ Workers paint the new bandstand at Lakeside Park on Friday.
            note: (Photo by ANNE WU / The Gazette)
            [news] Bandstand reopens for summer
            dateline: LAKETON | authors: Clara Voss
            ¶ By CLARA VOSS
            ¶ LAKETON — The Lakeside Park bandstand will reopen on Saturday after a $300,000 repair, parks officials said. Concerts will run every Sunday through August.
            [news] Road work starts on Elm Street
            dateline: EASTON | authors: 
            ¶ EASTON — Crews will begin repaving Elm Street on Monday, and the work should take two weeks, the county said.
            """);
    }

    /// <summary>
    /// An opinion page without blank lines: the title under a kicker ends at the first full line, the staff box is its
    /// "Established" and "Name, Title" lines, and a short title line after a finished letter (or its signature) opens the next one.
    /// </summary>
    [Fact]
    public void Opinion_page_without_blank_lines()
    {
        const string page = """
            OUR VIEW
            Fix the Elm Street crossing.
            Do it before school starts.
            Three children have been struck at the Elm Street crossing since
            January, and the county still has no plan to put a signal there.
            The fix is not complicated: a light, a painted crosswalk and a
            crossing guard in the morning. The county should find the money
            before the first day of school.
            THE HARBOR GAZETTE
            Established 1902
            Ruth Mendel, Publisher
            Carl Ostrow, Executive Editor
            Parking meters hurt small shops
            The new parking meters on Front Street have emptied the block.
            My customers tell me they now drive to the mall, where parking
            is free, and I do not blame them.
            — Paul Ortiz, Laketon
            Thanks to the rescue crew
            When my father fell through the ice on Cedar Lake in February,
            the county's water rescue team reached him in under ten minutes.
            I want every one of them to know that he is home and well.
            — Irene Sato, Easton
            The writer is a retired teacher.
            Keep the ferry running in winter
            The ferry is the only way many island families reach the clinic,
            and cutting winter service would leave them a two-hour drive away.
            — Omar Haddad, Bayport
            """;

        SplitSpec.Verify(page, """
            [news] OUR VIEW / Fix the Elm Street crossing. / Do it before school starts.
            ¶ Three children have been struck at the Elm Street crossing since January, and the county still has no plan to put a signal there. The fix is not complicated: a light, a painted crosswalk and a crossing guard in the morning. The county should find the money before the first day of school.
            [column] Parking meters hurt small shops
            dateline: - | authors: Paul Ortiz
            ¶ The new parking meters on Front Street have emptied the block. My customers tell me they now drive to the mall, where parking is free, and I do not blame them.
            note: — Paul Ortiz, Laketon
            [column] Thanks to the rescue crew
            dateline: - | authors: Irene Sato
            ¶ When my father fell through the ice on Cedar Lake in February, the county's water rescue team reached him in under ten minutes. I want every one of them to know that he is home and well.
            note: — Irene Sato, Easton
            note: The writer is a retired teacher.
            [column] Keep the ferry running in winter
            dateline: - | authors: Omar Haddad
            ¶ The ferry is the only way many island families reach the clinic, and cutting winter service would leave them a two-hour drive away.
            note: — Omar Haddad, Bayport
            """);
    }

    /// <summary>
    /// Obituaries, a corrections box and a weather box: headlines of two or three short lines stand right over full-width
    /// prose with neither byline nor dateline; the prose line under them is body even when its words are capitalised.
    /// </summary>
    [Fact]
    public void Obituaries_corrections_and_weather_boxes()
    {
        const string page = """
            THE DAILY LEDGER | WEDNESDAY, MARCH 3, 2021 | B4

            OBITUARIES

            Walter Grimes, 88, ran
            hardware store for 50 years
            Walter Grimes, who ran Grimes Hardware
            on Main Street for half a century, died
            Sunday at his home in Easton. He was 88.
            Grimes took over the store from his
            father in 1957 and kept it open seven
            days a week until he retired in 2007.
            Services will be at 10 a.m. Friday at
            St. Mark's Church.

            Helen Ortiz, 79, former
            school nurse
            Helen Ortiz, a nurse at Easton Middle
            School for 31 years, died Monday. She
            was 79.
            She is survived by her husband, Luis,
            and three daughters.

            CORRECTIONS
            A story on Page A3 on Tuesday gave the
            wrong date for the library book sale.
            The sale is on March 13.

            WEATHER
            Today: Sunny, high 54.
            Tonight: Clear, low 31.
            Thursday: Rain, high 48.
            """;

        SplitSpec.Verify(page, """
            [news] Walter Grimes, 88, ran hardware store for 50 years
            ¶ Walter Grimes, who ran Grimes Hardware on Main Street for half a century, died Sunday at his home in Easton. He was 88. Grimes took over the store from his father in 1957 and kept it open seven days a week until he retired in 2007. Services will be at 10 a.m. Friday at St. Mark's Church.
            [news] Helen Ortiz, 79, former school nurse
            ¶ Helen Ortiz, a nurse at Easton Middle School for 31 years, died Monday. She was 79.
            ¶ She is survived by her husband, Luis, and three daughters.
            [news] CORRECTIONS
            ¶ A story on Page A3 on Tuesday gave the wrong date for the library book sale. The sale is on March 13.
            [news] WEATHER
            ¶ Today: Sunny, high 54. Tonight: Clear, low 31. Thursday: Rain, high 48.
            """);
    }

    /// <summary>
    /// A short headline in capitals right under the running head is no section name: its byline follows it.
    /// </summary>
    [Fact]
    public void Short_capitals_headline_under_the_running_head()
    {
        const string page = """
            THE DAILY COURIER | FRIDAY, MAY 7, 2021 | A1

            BUDGET PASSES

            By JANE ROE
            SPRINGFIELD — The council passed the
            budget 5-2 on Thursday night.
            """;

        SplitSpec.Verify(page, """
            [news] BUDGET PASSES
            dateline: SPRINGFIELD | authors: Jane Roe
            ¶ By JANE ROE
            ¶ SPRINGFIELD — The council passed the budget 5-2 on Thursday night.
            """);
    }

    /// <summary>
    /// A byline wrapped after "and" names both writers: the names go on in the next line, before "| Staff Writers".
    /// </summary>
    [Fact]
    public void Byline_wrapped_after_and()
    {
        const string page = """
            Council weighs new budget

            By ANGELA MORRIS and
            DEREK PHAN | Staff Writers
            SPRINGFIELD — City Council members got
            their first look at the budget Monday.
            """;

        SplitSpec.Verify(page, """
            [news] Council weighs new budget
            dateline: SPRINGFIELD | authors: Angela Morris, Derek Phan
            ¶ By ANGELA MORRIS and
            ¶ DEREK PHAN | Staff Writers
            ¶ SPRINGFIELD — City Council members got their first look at the budget Monday.
            """);
    }

    /// <summary>
    /// A jump page: the jump headline over "Continued from A1" is no masthead, and the rest of each story carried over
    /// from another page ("SCHOOLS, from B1") is an article of its own even though it opens in lower case.
    /// </summary>
    [Fact]
    public void Jump_page_with_stories_continued_from_other_pages()
    {
        const string page = """
            THE DAILY COURIER | WEDNESDAY, APRIL 21, 2021 | A6

            BUDGET
            Continued from A1
            household. Council members will hold
            two public hearings before the vote,
            on April 27 and April 29.

            "We want to hear from everyone," Nunez
            said.

            SCHOOLS, from B1
            board votes in June. The union has
            asked for talks to begin next week.
            """;

        SplitSpec.Verify(page, """
            [news] BUDGET
            ¶ household. Council members will hold two public hearings before the vote, on April 27 and April 29.
            ¶ "We want to hear from everyone," Nunez said.
            [news] ~board votes in June
            ¶ board votes in June. The union has asked for talks to begin next week.
            """);
    }
}
