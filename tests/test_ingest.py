import json

import pytest

from newsfacts.errors import InputError
from newsfacts.ingest import parse_article, parse_date_line, read_corpus

MESSY = """Harbour workers walk out over pay

Harbour workers walk out over pay
Dockers say the offer does not keep up with prices

By Maria Lopez
2 min read
March 14, 2024
Pickets gather at the main gate on Thursday morning. (AP Photo/John Smith)
ROTTERDAM, Netherlands (AP) — Thousands of harbour workers walked off the job on Thursday after talks over a new wage deal collapsed late on Wednesday night.

The union said the strike would last at least two days and warned that further action could follow.

What comes next

Employers said they were disappointed and would return to the table next week if the union agreed.

Reporting by Maria Lopez; Editing by Tom Jones
Follow us on Twitter: @harbournews
"""


def write(folder, name, text, meta=None):
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def test_page_furniture_is_separated_from_the_body(corpus):
    article = parse_article(write(corpus, "strike", MESSY))
    assert article.title == "Harbour workers walk out over pay"
    assert article.subtitle == "Dockers say the offer does not keep up with prices"
    assert article.author == "Maria Lopez"
    assert article.published_date == "2024-03-14"
    assert article.dateline == "ROTTERDAM, Netherlands (AP)"
    assert article.captions == ["Pickets gather at the main gate on Thursday morning. (AP Photo/John Smith)"]
    assert article.section_headings == ["What comes next"]
    assert article.body.startswith("Thousands of harbour workers walked off")
    assert article.body.endswith("if the union agreed.")
    for furniture in ("min read", "Reporting by", "@harbournews", "Harbour workers walk out", "What comes next"):
        assert furniture not in article.body
    assert article.body.count("\n\n") == 2
    assert article.language == "en"


def test_sidecar_wins_over_what_the_text_says(corpus):
    meta = {"title": "Dock strike", "published": "2024-03-15", "publisher": "Harbour News", "license": "CC0-1.0"}
    write(corpus, "strike", MESSY, meta)
    [article] = read_corpus(corpus)
    assert (article.title, article.published_date, article.publisher, article.license) == (
        "Dock strike", "2024-03-15", "Harbour News", "CC0-1.0",
    )
    assert article.author == "Maria Lopez"


def test_unknown_metadata_stays_empty(corpus):
    text = "A plain headline\n\nThe council approved the budget on a vote of seven to two after a long debate about road repairs.\n"
    article = parse_article(write(corpus, "plain", text))
    assert article.title == "A plain headline"
    assert (article.author, article.published_date, article.publisher, article.subtitle) == (None, None, None, None)


def test_hard_wrapped_paragraphs_are_joined(corpus):
    text = (
        "Wrapped story\n\n"
        "The committee met for the third time this month and agreed that the new\n"
        "rules on fishing quotas would take effect from the start of next season,\n"
        "officials said after the meeting in the capital.\n"
    )
    article = parse_article(write(corpus, "wrapped", text))
    assert "\n" not in article.body
    assert article.body.startswith("The committee met") and article.body.endswith("capital.")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("26 December, 2018", "2018-12-26"),
        ("December 26, 2018", "2018-12-26"),
        ("Wed, Dec. 26, 2018", "2018-12-26"),
        ("Published: 2018-12-26", "2018-12-26"),
        ("Updated March 3, 2024 at 3:45 PM EST", "2024-03-03"),
        ("31 February, 2018", None),
        ("Iran held talks with the Taliban", None),
        # numbers whose order is proved by a value over 12; an order they leave open is not guessed
        ("Published on: 27/06/2025 - 08:15", "2025-06-27"),
        ("06/27/2025", "2025-06-27"),
        ("Published on 05/06/2025 - 11:40 GMT+1", None),
        ("30/02/2025", None),
        ("Published on: 27/06/2025 - 08:15  Modified: 27/06/2025 - 10:02", "2025-06-27"),
        ("Issued on: 01/12/2026 - 17:06  Modified: 01/12/2026 - 18:42", None),
        ("Published date: 19 November 2026 15:42 GMT", "2026-11-19"),
        # a second stamp after a comma says nothing more
        ("Posted Thu 3 Dec 2026 at 1:42pm, updated Thu 3 Dec 2026 at 4:05pm", "2026-12-03"),
        # a wire section label before the clock time; without the time the words are no header
        ("All News 16:05 November 20, 2026", "2026-11-20"),
        ("World 09:12 3 March 2025", "2025-03-03"),
        ("All News November 20, 2026", None),
        ("Iran Said 16:05 Its Envoy Would Return", None),
    ],
)
def test_date_lines(line, expected):
    date = parse_date_line(line)
    assert (date.isoformat() if date else None) == expected


def test_sidecar_that_breaks_its_schema_names_the_file_and_field(corpus):
    write(corpus, "bad", MESSY, {"published": "14/03/2024"})
    with pytest.raises(InputError) as error:
        read_corpus(corpus)
    assert "bad.meta.json" in str(error.value) and "published" in str(error.value)


def test_non_utf8_text_names_the_file_and_the_fix(corpus):
    (corpus / "latin1.txt").write_bytes("Caf\xe9 owners protest new rules in the old town square.".encode("latin-1"))
    with pytest.raises(InputError) as error:
        read_corpus(corpus)
    assert "latin1.txt" in str(error.value) and "UTF-8" in str(error.value)


WIRE = """Ferry operators suspend crossings as storm nears the coast

BY LENA FISCHER AND OMAR HADDAD
Associated Press

June 2, 2025 6:40 AM GMT+1 Updated two hours ago

A closed ticket office at the harbour in Calais. REUTERS/Pascal Rossignol/File Photo
Waves break over the pier on Sunday. [Marc Dupont/AFP]
Lifeboat crews prepare their vessel. Hugo Blanc/AFP via Getty Images
File photo

Calais, France – Ferry operators suspended all crossings between Calais and Dover on Sunday as a storm with winds of up to 120 kilometres an hour moved towards the coast.

Port officials said about 4,000 passengers were waiting in the terminal and that the first sailings could resume on Monday morning.

‘Nobody sails tonight’

"We will not put a ship out in this weather," the harbour master told local radio.

___

Associated Press writers Jean Morel in Paris and Ruth Green in London contributed to this report.
Pierre Lamy in Dunkirk contributed reporting.
(Reporting by Lena Fischer in Calais; Writing by Omar Haddad; Editing by Sara Quinn)
Our Standards: The Thomson Reuters Trust Principles.
Source: news agencies
"""


def test_wire_furniture_leaves_only_the_story(corpus):
    article = parse_article(write(corpus, "ferries", WIRE))
    assert article.author == "Lena Fischer and Omar Haddad"
    assert article.subtitle is None
    assert article.published_date == "2025-06-02"
    assert article.dateline == "Calais, France"
    assert len(article.captions) == 4
    assert article.section_headings == ["‘Nobody sails tonight’"]
    assert article.body.startswith("Ferry operators suspended all crossings")
    assert article.body.endswith("the harbour master told local radio.")
    assert article.body.count("\n\n") == 2
    for furniture in ("contributed", "Reporting by", "Standards", "Source:", "___", "AFP", "Associated Press"):
        assert furniture not in article.body


BLOG = """THE LAKESIDE LEDGER
Notes from the northern lakes

Home › Local › Transport

Town votes to close the old bridge to lorries

Posted on May 5, 2025 by Tomas Berg · 3 min read · 7 comments

Share
Save

Tags: bridges, council, lorries

Image source, Getty Images
Image caption, The bridge was built in 1904 and last repaired in 1990
[Image: Traffic queues at the bridge on Monday. Photo © Eva Lind / The Lakeside Ledger]

The town council voted on Monday to close the old stone bridge to lorries from June, after engineers found cracks in two of its arches.

Drivers of heavy vehicles will have to use the ring road, which adds about eight kilometres to the trip.

Share this:
Facebook · X · Email · Print

Like this:
Like Loading...

Related
New cycle lane opens on the harbour road
Ferry timetable changes for the summer

4 comments

Subscribe to The Lakeside Ledger – new posts straight to your inbox.
"""


def test_blog_furniture_fills_metadata_and_leaves_the_body(corpus):
    meta = {"publisher": "The Lakeside Ledger (local blog)"}
    article = parse_article(write(corpus, "bridge", BLOG), meta)
    assert article.title == "Town votes to close the old bridge to lorries"
    assert (article.author, article.published_date) == ("Tomas Berg", "2025-05-05")
    assert len(article.captions) == 2
    assert article.section_headings == []
    assert article.body.startswith("The town council voted on Monday")
    assert article.body.endswith("adds about eight kilometres to the trip.")
    assert article.body.count("\n\n") == 1


def test_bare_name_byline_with_a_role_line_is_the_author(corpus):
    text = (
        "Council approves new library\n\nShare\n\nAnna Kowalski\nEducation correspondent\n\n"
        "The city council approved plans for a new central library on Tuesday, ending a ten-year debate over the site.\n"
    )
    article = parse_article(write(corpus, "library", text))
    assert (article.author, article.subtitle) == ("Anna Kowalski", None)
    assert article.body.startswith("The city council approved")


def test_date_line_with_a_verb_fills_the_published_date_when_the_sidecar_does_not(corpus):
    text = "Farmers block roads\n\nPublished On 12 May 2024\n\nFarmers blocked three main roads into the city on Sunday to protest against lower milk prices.\n"
    assert parse_article(write(corpus, "farmers", text)).published_date == "2024-05-12"
    assert parse_article(write(corpus, "farmers", text), {"published": "2024-05-13"}).published_date == "2024-05-13"


@pytest.mark.parametrize(
    "caption, expected",
    [
        # the page's own full dates say which reading of 03/04/2026 is meant
        ("Leaders pose in Samarkand on 2 April 2026. © AP Photo", "2026-04-03"),
        ("Leaders pose in Samarkand on March 5, 2026. © AP Photo", "2026-03-04"),
        # no full date on the page: the order stays open rather than guessed
        ("Leaders pose in Samarkand. © AP Photo", None),
        # ... unless the page names one of the two readings by month and day, as a wire dateline does
        ("SAMARKAND, April 3 (AFP) - Leaders posed for photographs.", "2026-04-03"),
        ("SAMARKAND, March 4 (AFP) - Leaders posed for photographs.", "2026-03-04"),
        ("SAMARKAND, June 9 (AFP) - Leaders posed for photographs.", None),
    ],
)
def test_an_ambiguous_numeric_date_line_is_settled_by_the_full_dates_the_page_names(corpus, caption, expected):
    text = (
        "Summit ends with a raw materials pact\n\nPublished on 03/04/2026 - 16:22 GMT+2\n\n" + caption + "\n\n"
        "The leaders signed a joint declaration on raw materials at the end of a two-day summit.\n"
    )
    assert parse_article(write(corpus, "summit", text)).published_date == expected


def test_a_bare_numeric_date_line_is_no_text_and_the_dateline_settles_it(corpus):
    text = (
        "Summit ends with a raw materials pact\n\n03/04/2026 04:22 PM\n\n"
        "SAMARKAND, April 3 (AFP) - The leaders signed a joint declaration on raw materials at the end of a two-day summit.\n"
    )
    article = parse_article(write(corpus, "summit", text))
    assert article.published_date == "2026-04-03"
    assert "03/04/2026" not in article.body and article.title == "Summit ends with a raw materials pact"


def test_header_facts_after_a_separator(corpus):
    text = (
        "BALKAN WIRE DIGEST — Wednesday, 17 June 2026\n\nTOP STORY: arrests at the border crossing\n\n"
        "Police said on Wednesday they were still questioning two men arrested at the border crossing.\n"
    )
    assert parse_article(write(corpus, "digest", text)).published_date == "2026-06-17"
    text = (
        "Court jails opposition leader\n\nPublished date: 19 November 2026 15:42 GMT | Last update: 3 hours 12 mins ago\n\n"
        "A court sentenced the opposition leader to five years in prison on Wednesday.\n"
    )
    article = parse_article(write(corpus, "court", text))
    assert article.published_date == "2026-11-19" and article.body.startswith("A court sentenced")


def test_a_header_line_of_place_date_and_time_gives_the_date(corpus):
    text = (
        "Harbour pilots walk out in Valparaíso\n\nMARTA QUIROGA LEIVA\nValparaíso - MAR 14, 2026 - 09:05 CLT\n\n"
        "Harbour pilots in Valparaíso stopped work on Friday over a pay dispute with the port authority.\n"
    )
    assert parse_article(write(corpus, "pilots", text)).published_date == "2026-03-14"


def test_a_date_line_whose_label_is_set_off_by_a_dash_gives_the_date(corpus):
    text = (
        "Bridge closed after barge strike\n\nRavi Menon\nCHENNAI\nUpdated - November 21, 2026 09:40 am IST\n\n"
        "The port trust closed the bridge on Saturday after a barge struck one of its piers, officials said.\n"
    )
    assert parse_article(write(corpus, "bridge", text)).published_date == "2026-11-21"


def test_a_header_date_between_an_agency_label_and_section_tags_gives_the_date(corpus):
    text = (
        "RIVER WIRE - Nov 3, 2026 - 07:15 | World, Asia\n\nFerry operators halt crossings\n\n"
        "Ferry operators halted all crossings on Tuesday after two boats collided near the harbour, officials said.\n"
    )
    assert parse_article(write(corpus, "ferries", text)).published_date == "2026-11-03"


def test_a_header_date_after_an_agency_and_a_slash_gives_the_date(corpus):
    text = (
        "Tannery fire shuts leather market\n\nCNS / Updated: Oct 9, 2026, 21:40 IST\n\n"
        "A fire at a tannery shut the city's leather market on Friday, the fire service said.\n"
    )
    assert parse_article(write(corpus, "tannery", text)).published_date == "2026-10-09"


def test_a_header_date_followed_by_its_section_label_gives_the_date(corpus):
    text = (
        "Floods cut off river towns\n\n12 October 2026 Climate and Environment\n\n"
        "Floods cut off three river towns on Monday, the regional government said.\n"
    )
    article = parse_article(write(corpus, "floods", text))
    assert article.published_date == "2026-10-12" and article.body.startswith("Floods cut off three")


def test_bare_name_beside_a_date_in_a_header_line_is_the_author(corpus):
    text = (
        "Dockers vote to strike\n\nMaria Okafor | Published March 3, 2025 | Updated about an hour ago\n\n"
        "Dockers at the city's container terminal voted on Sunday to strike over pay, their union said.\n"
    )
    article = parse_article(write(corpus, "dockers", text))
    assert (article.author, article.published_date) == ("Maria Okafor", "2025-03-03")
    assert article.body.startswith("Dockers at the city's")


def test_names_in_a_separated_line_without_a_date_are_no_author(corpus):
    text = "Storm warning\n\nHarbour Road | Station Street\n\nThe two roads were closed on Monday as waves broke over the sea wall, the council said.\n"
    assert parse_article(write(corpus, "storm", text)).author is None

PROSE = [
    "By the time rescuers reached the village, the river had already burst its banks.",
    "Share prices fell sharply on Monday after the company said it would save money by closing two plants and cutting jobs.",
    "Updated figures from the health ministry showed that 40 people had been treated in hospital for smoke inhalation by Tuesday.",
    "Related talks between the two governments are expected to resume next month in Geneva, officials said on Friday.",
    "Source of the leak was a faulty valve on the main pipeline, the company said in a statement released late on Monday.",
    "Subscribe was the only word on the banner that protesters carried past the newspaper's offices on Saturday afternoon.",
    "Reporting by the state broadcaster suggested that at least three ministers had known about the deal for months.",
    "Like many towns in the region, Ashford has lost most of its factories and about a third of its young people since 1990.",
    "Support for the new tax fell to 38 percent among voters under 30, the latest survey by the AP/NORC poll found.",
    "Heavy rain in the hills contributed to the flooding, which reached the town centre within an hour, residents said.",
]


@pytest.mark.parametrize("paragraph", PROSE)
def test_prose_that_merely_contains_furniture_words_is_kept(corpus, paragraph):
    text = f"A headline\n\n{paragraph}\n\nThe council said it would publish the full report on its website next week after the review.\n"
    article = parse_article(write(corpus, "prose", text))
    assert article.body.startswith(paragraph)
    assert article.author is None and article.captions == []


def test_link_list_ends_at_the_next_prose_paragraph_and_a_quoted_sentence_is_no_heading(corpus):
    text = (
        "Mayor resigns\n\n"
        "The mayor of the river town resigned on Friday after an audit found gaps in the accounts of the harbour fund.\n\n"
        "Read more\nWhat the audit found\nWho could replace the mayor\n\n"
        "“I leave with a clear conscience.”\n\n"
        "Her deputy will run the council until an election is held in the autumn, the regional governor said.\n"
    )
    article = parse_article(write(corpus, "mayor", text))
    assert "audit found" not in article.body.split("\n\n")[1]
    assert article.body.split("\n\n")[1:] == [
        "“I leave with a clear conscience.”",
        "Her deputy will run the council until an election is held in the autumn, the regional governor said.",
    ]


@pytest.mark.parametrize(
    "byline, author",
    [
        ("By Reuters", "Reuters"),
        ("BY JANE DOE", "Jane Doe"),
        ("By Jane Doe and John Roe, Associated Press", "Jane Doe and John Roe"),
    ],
)
def test_byline_variants(corpus, byline, author):
    text = (
        f"Rail strike called off\n\n{byline}\n\nCommuters waiting at the station. (Photo by Karl Weiss/dpa)\n\n"
        "Train drivers called off a planned strike on Monday after the rail operator improved its pay offer.\n"
    )
    article = parse_article(write(corpus, "rail", text))
    assert article.author == author
    assert article.captions == ["Commuters waiting at the station. (Photo by Karl Weiss/dpa)"]
    assert article.body.startswith("Train drivers called off")


@pytest.mark.parametrize(
    "opening, dateline",
    [
        ("ACCRA, Nov 18 (Reuters) - Ghana's regulator", "ACCRA, Nov 18 (Reuters)"),
        ("SEOUL, Nov. 20 (Yonhap) -- The two ministers", "SEOUL, Nov. 20 (Yonhap)"),
        ("Port Sudan (AFP) – At least 17 soldiers", "Port Sudan (AFP)"),
        ("Larantuka (Indonesia) (AFP) – Indonesian authorities", "Larantuka (Indonesia) (AFP)"),
        ("Manila, Nov 18 (AFP) - The coast guard", "Manila, Nov 18 (AFP)"),
        ("Goma, Congo (Reuters) – Rebels", "Goma, Congo (Reuters)"),
        ("KATHMANDU — A magnitude 6.1 earthquake", "KATHMANDU"),
        ("OSLO/STOCKHOLM, March 4 (Reuters) - Norway and Sweden", "OSLO/STOCKHOLM, March 4 (Reuters)"),
        # a sentence that merely opens with a name and a dash keeps it
        ("Kofi Annan - the former UN chief - said the talks would go on.", None),
        ("The Port (pictured) - seen from the air - is closed.", None),
    ],
)
def test_wire_datelines_leave_the_body(corpus, opening, dateline):
    article = parse_article(write(corpus, "wire", f"Headline of the story\n\n{opening} and more words follow here in a full sentence of the story.\n"))
    assert article.dateline == dateline
    assert article.body.startswith(opening[len(dateline) :].lstrip(" -–—") if dateline else opening)


def test_copyright_notices_time_stamps_and_notes_on_the_writer_are_not_body(corpus):
    text = (
        "Dockers walk out in Antwerp\n\nBy Marie Claes\n\n"
        "09:05 CET\n\nDockers at the port of Antwerp walked out on Monday after talks on night-shift pay broke down, the union said.\n\n"
        "11.40 GMT\n\nThe port authority said ships were being diverted to Rotterdam and that it hoped talks would resume.\n\n"
        "Marie Claes is a Brussels-based correspondent for the paper.\n\n"
        "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n\n"
        "Comments (1,204)\n\nSign in or create your account to join the discussion\n\nExplore more on these topics: Belgium, Ports, Strikes\n\n"
        "Read next\n\nRotterdam braces for diverted ships\n\nWhy Europe's ports are short of crane drivers\n"
    )
    article = parse_article(write(corpus, "antwerp", text))
    assert article.author == "Marie Claes"
    assert article.body.startswith("Dockers at the port of Antwerp walked out")
    assert article.body.endswith("that it hoped talks would resume.")
    # Without a byline the note counts by its contact line; a closing sentence about a journalist is news.
    contact = "Tom Reyes writes about mining from Lima. Email Tom at treyes@example.com"
    assert not parse_article(write(corpus, "lima", f"Mine reopens\n\nThe Antamina mine reopened on Friday after a week-long blockade, the company said.\n\n{contact}\n")).body.endswith(contact)
    news = "Ana Ruiz is a reporter for the weekly Hoy who was detained in March."
    assert parse_article(write(corpus, "hoy", f"Reporter freed\n\nA court in Caracas ordered the release of a journalist on Friday, her lawyer said.\n\n{news}\n")).body.endswith(news)


def test_charts_wire_helpers_revision_notes_and_newsletter_prompts_are_not_body(corpus):
    text = (
        "Rand slides after rate cut\n\n"
        "The rand fell 2% against the dollar on Thursday after the central bank cut its main rate by half a point.\n\n"
        "Graphic: Rand's Fall | South African rand per US dollar. Source: LSEG\n\n"
        "Bond yields rose across the curve, traders said.\n\n"
        "— With assistance from Thandi Nkosi\n\n"
        "(Adds analyst comment in fifth paragraph.)\n\n"
        "Before you go: every Friday our markets team explains the week's moves. You can sign up here for the weekly email newsletter Market Close.\n"
    )
    body = parse_article(write(corpus, "rand", text)).body
    assert body.startswith("The rand fell 2%")
    assert body.endswith("Bond yields rose across the curve, traders said.")
    # a sentence that merely mentions a newsletter is news
    news = "The regulator fined the broker for a newsletter that promised guaranteed returns to its subscribers."
    assert parse_article(write(corpus, "fine", f"Broker fined\n\n{news}\n")).body == news


def test_read_also_links_and_the_bureaux_a_wire_story_was_written_from_are_not_body(corpus):
    text = (
        "Dockers strike in Durban\n\n"
        "Dockers at Durban walked out on Monday over night-shift pay, their union said.\n\n"
        "Read also: Port delays: shippers blame Transnet as queues grow in Durban, Richards Bay\n\n"
        "The port authority said it hoped talks would resume.\n\n"
        "Mokoena reported from Durban and Pillay from Cape Town.\n"
    )
    body = parse_article(write(corpus, "durban", text)).body
    assert body == "Dockers at Durban walked out on Monday over night-shift pay, their union said.\n\nThe port authority said it hoped talks would resume."
    news = "Mokoena reported from Durban that ships were being diverted to Richards Bay."
    assert parse_article(write(corpus, "news", f"Ships diverted\n\n{news}\n")).body == news


def test_a_caption_in_brackets_that_closes_after_its_credit_is_a_caption(corpus):
    caption = "[Relatives wait outside the hospital in Goma, November 3, 2026 [Jane Doe/Reuters]]"
    lead = "Shells hit a clinic in the eastern Congolese city of Goma on Monday, killing two nurses, doctors said."
    article = parse_article(write(corpus, "goma", f"Clinic shelled\n\n{caption}\n\n{lead}\n"))
    assert article.captions == [caption]
    assert article.body == lead


@pytest.mark.parametrize(
    "caption",
    [
        "Firefighters spray water on a burning warehouse in Busan on Monday. (Yonhap)",
        "Farmers block a highway near Cordoba on Friday. MARIA GOMEZ (EFE)",
        "Riot police stand guard outside the prison in Tijuana. (Municipal Police/Cuartoscuro)",
        "Freed sailors walk off a ship in Odesa, Saturday, May 2, 2026. (Ukrainian Navy Press Service via AP)",
        "Rescuers search the debris at Kundiawa in Simbu province. (Supplied: Simbu Provincial Government)",
        "Travellers queue at Munich Airport on TuesdayImage: Lena Vogt/dpa/picture alliance",
        "Boats moored in Chittagong harbour. Photograph: Rahim Uddin/AFP/Getty Images",
    ],
)
def test_captions_credited_to_an_agency_or_source_are_captions(corpus, caption):
    lead = "Dockers in the port walked out on Monday over unpaid overtime, the union said."
    article = parse_article(write(corpus, "credit", f"Dock strike\n\n{caption}\n\n{lead}\n"))
    assert article.captions == [caption]
    assert article.body == lead


def test_a_note_that_agency_material_was_used_is_a_credit_not_body(corpus):
    lead = "Dockers in the port walked out on Monday over unpaid overtime, the union said."
    article = parse_article(write(corpus, "used", f"Dock strike\n\n{lead}\n\nInformation from Kyodo News was used in this report.\n"))
    assert article.body == lead


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Volunteers fill sandbags outside the town hall in Kelso on Sunday morning. (Border Radio: Tom Ashby)",
        "A tram waits at the depot in Leeds on Friday. (Priya Sandhu/The Northern Courier)",
        "Commuters crowd a platform at the central station in Lyon on Monday. (Marc Olivier/Radio Rhone)",
        "STANDSTILL. Lorries queue at the border crossing near Tarlac on May 3, 2026. Photo by Ana Reyes/Manila Ledger",
        "Families shelter in a school hall in Quelimane after the storm. (file photo) © WFP/Joana Matos",
        "Rescue teams search the rubble in Bukavu on Tuesday. © Pierre Ilunga, AFP",
    ],
)
def test_captions_credited_to_a_photographer_of_any_outlet_are_captions(corpus, caption):
    lead = "Dockers in the port walked out on Monday over unpaid overtime, the union said."
    article = parse_article(write(corpus, "outlet", f"Dock strike\n\n{caption}\n\n{lead}\n"))
    assert article.captions == [caption]
    assert article.body == lead


@pytest.mark.parametrize(
    "furniture",
    [
        "- Photos: Second night of marches on Delmar Boulevard",
        "WATCH | Growers describe the damage to this year's harvest:",
        "Listen: The week in Westminster politics",
        "Before the markets open, it's in our morning app. LEARN MORE",
        "Anna Keller, our business editor, picks the week's best reads in this weekly newsletter.",
        "Don't miss out! Join our WhatsApp channel for the latest Pretoria news.",
    ],
)
def test_gallery_links_promotions_and_the_outlets_own_channels_are_not_body(corpus, furniture):
    lead = "Dockers in the port walked out on Monday over unpaid overtime, the union said."
    article = parse_article(write(corpus, "promo", f"Dock strike\n\n{lead}\n\n{furniture}\n\nThe port authority said talks would resume.\n"))
    assert article.body == f"{lead}\n\nThe port authority said talks would resume."


@pytest.mark.parametrize(
    "paragraph",
    [
        "Photographs of the damaged bridge, taken by residents on Sunday, were shared widely before the road was closed.",
        "The museum's new wing shows a photo by Ansel Adams beside pictures taken by local schoolchildren.",
        "Fuel prices rose 4% in March (diesel/petrol combined), the statistics office said on Tuesday.",
        "“Join our campaign and vote on Sunday,” the opposition leader told a rally in the capital on Saturday.",
        "The regulator said the firm had promised clients in its weekly newsletter returns that it could not deliver.",
        "Watch officials said the dam was safe, though engineers had raised concerns about cracks in the spillway.",
    ],
)
def test_prose_near_caption_and_promotion_shapes_is_kept(corpus, paragraph):
    text = f"A headline\n\n{paragraph}\n\nThe council said it would publish the full report on its website next week after the review.\n"
    article = parse_article(write(corpus, "prose", text))
    assert article.body.startswith(paragraph)
    assert article.captions == []


def test_a_paragraph_closing_on_the_outlets_place_and_name_is_kept(corpus):
    paragraph = "Economists say the new levy will test the cabinet's resolve before the budget vote. (Kandy/Lanka Ledger)"
    article = parse_article(write(corpus, "signoff", f"Levy row\n\n{paragraph}\n"))
    assert article.body == paragraph and article.captions == []


def test_linked_headlines_that_ask_or_carry_their_date_stay_in_the_link_list(corpus):
    lead = "Dockers in the port walked out on Monday over unpaid overtime, the union said."
    after = "The port authority said it hoped talks would resume."
    links = "Related\nCan the harbour cope with bigger ships?\nWhy the last dock strike failed (March 2024)\nHarbour pilots vote on pay"
    article = parse_article(write(corpus, "links", f"Dock strike\n\n{lead}\n\n{links}\n\n{after}\n"))
    assert article.body == f"{lead}\n\n{after}"


@pytest.mark.parametrize("signoff", ["==Kyodo", "-- AFP", "— Reuters"])
def test_a_wire_sign_off_under_the_story_is_not_body(corpus, signoff):
    lead = "Dockers in the port walked out on Monday over unpaid overtime, the union said."
    assert parse_article(write(corpus, "signoff", f"Dock strike\n\n{lead}\n\n{signoff}\n")).body == lead
