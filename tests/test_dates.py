"""The date test set: expressions as news writes them, with the range a careful reader would give.

Anchor for most cases: Wednesday 26 December 2018. `future` marks a future-tense sentence
("will meet on Saturday"). The share normalised right must stay at or above 95%.
"""

import datetime as dt

import pytest

from newsfacts import dates

D = dt.date
WED = D(2018, 12, 26)

# (expression, published, future, expected start, expected end, expected precision)
CASES = [
    # explicit, with and without a year
    ("Dec. 17", WED, False, D(2018, 12, 17), D(2018, 12, 17), "day"),
    ("Jan. 17, 2017", WED, False, D(2017, 1, 17), D(2017, 1, 17), "day"),
    ("on Jan. 17, 2017", WED, False, D(2017, 1, 17), D(2017, 1, 17), "day"),
    ("June 17", WED, False, D(2018, 6, 17), D(2018, 6, 17), "day"),
    ("17 December", WED, False, D(2018, 12, 17), D(2018, 12, 17), "day"),
    ("26 December, 2018", None, False, D(2018, 12, 26), D(2018, 12, 26), "day"),
    ("Sept. 11, 2001", WED, False, D(2001, 9, 11), D(2001, 9, 11), "day"),
    ("2018-12-17", None, False, D(2018, 12, 17), D(2018, 12, 17), "day"),
    ("Dec. 30", D(2019, 1, 3), False, D(2018, 12, 30), D(2018, 12, 30), "day"),
    ("Jan. 5", WED, True, D(2019, 1, 5), D(2019, 1, 5), "day"),
    ("May 5", WED, True, D(2019, 5, 5), D(2019, 5, 5), "day"),
    ("December 2018", None, False, D(2018, 12, 1), D(2018, 12, 31), "month"),
    ("in March", WED, False, D(2018, 3, 1), D(2018, 3, 31), "month"),
    ("in March", WED, True, D(2019, 3, 1), D(2019, 3, 31), "month"),
    ("in May", WED, False, D(2018, 5, 1), D(2018, 5, 31), "month"),
    ("in mid-December", WED, False, D(2018, 12, 1), D(2018, 12, 31), "month"),
    ("January's", WED, False, D(2018, 1, 1), D(2018, 1, 31), "month"),
    ("in 2001", WED, False, D(2001, 1, 1), D(2001, 12, 31), "year"),
    ("in late 2016", WED, False, D(2016, 1, 1), D(2016, 12, 31), "year"),
    ("in the 1990s", WED, False, D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("in the 1990s", None, False, D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("the 1980s", WED, False, D(1980, 1, 1), D(1989, 12, 31), "decade"),
    ("in the early 2000s", WED, False, D(2000, 1, 1), D(2009, 12, 31), "decade"),
    # weekdays: past tense looks back (the publication day included), future looks ahead
    ("on Wednesday", WED, False, WED, WED, "day"),
    # a day set in advance: the nearest such day, after or before publication (Wed 26 Dec 2018)
    ("for Friday", WED, False, D(2018, 12, 28), D(2018, 12, 28), "day"),
    ("planned for Monday", WED, False, D(2018, 12, 24), D(2018, 12, 24), "day"),
    # a day set in advance, without a year: the one nearest publication, before or after
    ("for December 29", WED, False, D(2018, 12, 29), D(2018, 12, 29), "day"),
    ("scheduled for Jan. 4", WED, False, D(2019, 1, 4), D(2019, 1, 4), "day"),
    ("planned for 20 December", WED, False, D(2018, 12, 20), D(2018, 12, 20), "day"),
    # ... unless the event is known to be still to come ("called a strike for Monday")
    ("for Monday", WED, True, D(2018, 12, 31), D(2018, 12, 31), "day"),
    # a day an act starts on is set in advance too ("a walkout starting on 30 December", "protests starting Monday")
    ("starting on 30 December", WED, False, D(2018, 12, 30), D(2018, 12, 30), "day"),
    ("starting Monday", D(2018, 12, 29), False, D(2018, 12, 31), D(2018, 12, 31), "day"),
    ("beginning on Friday", WED, True, D(2018, 12, 28), D(2018, 12, 28), "day"),
    ("for 20 December", WED, True, D(2019, 12, 20), D(2019, 12, 20), "day"),
    ("Monday", WED, False, D(2018, 12, 24), D(2018, 12, 24), "day"),
    ("Thursday", WED, False, D(2018, 12, 20), D(2018, 12, 20), "day"),
    ("on Saturday", WED, False, D(2018, 12, 22), D(2018, 12, 22), "day"),
    ("on Saturday", WED, True, D(2018, 12, 29), D(2018, 12, 29), "day"),
    ("on Sunday", WED, True, D(2018, 12, 30), D(2018, 12, 30), "day"),
    ("Monday night", WED, False, D(2018, 12, 24), D(2018, 12, 24), "day"),
    ("last Monday", WED, False, D(2018, 12, 24), D(2018, 12, 24), "day"),
    ("last Wednesday", WED, False, D(2018, 12, 19), D(2018, 12, 19), "day"),
    ("next Friday", WED, True, D(2018, 12, 28), D(2018, 12, 28), "day"),
    ("Tuesday", D(2019, 1, 1), False, D(2019, 1, 1), D(2019, 1, 1), "day"),
    # days relative to publication
    ("yesterday", WED, False, D(2018, 12, 25), D(2018, 12, 25), "day"),
    ("yesterday", D(2019, 3, 1), False, D(2019, 2, 28), D(2019, 2, 28), "day"),
    ("tomorrow", WED, True, D(2018, 12, 27), D(2018, 12, 27), "day"),
    ("last night", WED, False, D(2018, 12, 25), D(2018, 12, 25), "day"),
    # a same-day report: what happened overnight happened on the publication day
    ("overnight", WED, False, WED, WED, "day"),
    ("three days ago", WED, False, D(2018, 12, 23), D(2018, 12, 23), "day"),
    # weeks and weekends
    ("last week", WED, False, D(2018, 12, 17), D(2018, 12, 23), "week"),
    ("last week", D(2018, 12, 24), False, D(2018, 12, 17), D(2018, 12, 23), "week"),
    ("this week", WED, False, D(2018, 12, 24), D(2018, 12, 30), "week"),
    ("next week", WED, True, D(2018, 12, 31), D(2019, 1, 6), "week"),
    ("two weeks ago", WED, False, D(2018, 12, 10), D(2018, 12, 16), "week"),
    ("in the past week", WED, False, D(2018, 12, 19), WED, "week"),
    ("over the weekend", WED, False, D(2018, 12, 22), D(2018, 12, 23), "week"),
    ("the weekend", WED, True, D(2018, 12, 29), D(2018, 12, 30), "week"),
    # months
    ("last month", WED, False, D(2018, 11, 1), D(2018, 11, 30), "month"),
    ("last month", D(2019, 1, 15), False, D(2018, 12, 1), D(2018, 12, 31), "month"),
    ("this month", WED, False, D(2018, 12, 1), D(2018, 12, 31), "month"),
    ("next month", WED, True, D(2019, 1, 1), D(2019, 1, 31), "month"),
    ("earlier this month", WED, False, D(2018, 12, 1), D(2018, 12, 31), "month"),
    ("later this month", WED, True, D(2018, 12, 1), D(2018, 12, 31), "month"),
    ("just two months ago", WED, False, D(2018, 10, 1), D(2018, 10, 31), "month"),
    # years
    ("this year", WED, False, D(2018, 1, 1), D(2018, 12, 31), "year"),
    ("earlier this year", WED, False, D(2018, 1, 1), D(2018, 12, 31), "year"),
    ("later this year", D(2018, 6, 15), True, D(2018, 1, 1), D(2018, 12, 31), "year"),
    ("last year", WED, False, D(2017, 1, 1), D(2017, 12, 31), "year"),
    ("next year", WED, True, D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("a year ago", WED, False, D(2017, 1, 1), D(2017, 12, 31), "year"),
    ("four years ago", WED, False, D(2014, 1, 1), D(2014, 12, 31), "year"),
    # what follows "since" (a state still holding) or "from" (an act still to come): its start
    ("Monday", WED, False, D(2018, 12, 24), D(2018, 12, 24), "day"),
    ("October 22", WED, False, D(2018, 10, 22), D(2018, 10, 22), "day"),
    ("the 1960s", WED, False, D(1960, 1, 1), D(1969, 12, 31), "decade"),
    ("since May", WED, False, D(2018, 5, 1), D(2018, 5, 31), "month"),
    ("December 1", WED, True, D(2019, 12, 1), D(2019, 12, 1), "day"),
    ("March 20", WED, True, D(2019, 3, 20), D(2019, 3, 20), "day"),
    ("Friday", WED, True, D(2018, 12, 28), D(2018, 12, 28), "day"),
    # parts of a day carried from one sentence to the next
    ("this morning", WED, False, WED, WED, "day"),
    ("this evening", WED, False, WED, WED, "day"),
    ("Thursday night", WED, False, D(2018, 12, 20), D(2018, 12, 20), "day"),
    ("on Monday morning", WED, False, D(2018, 12, 24), D(2018, 12, 24), "day"),
    ("on Saturday evening", WED, True, D(2018, 12, 29), D(2018, 12, 29), "day"),
    # no publication date: what depends on it stays open, the rest is still resolved
    ("Dec. 17", None, False, None, None, "unknown"),
    ("on Wednesday", None, False, None, None, "unknown"),
    ("last week", None, False, None, None, "unknown"),
    ("earlier this year", None, False, None, None, "unknown"),
    ("two weeks ago", None, False, None, None, "unknown"),
    ("Jan. 17, 2017", None, False, D(2017, 1, 17), D(2017, 1, 17), "day"),
    ("in 2001", None, False, D(2001, 1, 1), D(2001, 12, 31), "year"),
]

# Vague time words name no range at all.
NOT_DATES = ["in recent years", "recently", "for years", "the 17-year conflict", "14,000", "may"]


def _outcome(case):
    text, published, future, start, end, precision = case
    got = dates.normalise(text, published, future)
    return got is not None and (got.start, got.end, got.precision) == (start, end, precision), got


def test_date_set_share_normalised_right():
    misses = []
    for case in CASES:
        right, got = _outcome(case)
        if not right:
            misses.append(f"{case[0]!r} (published {case[1]}, future={case[2]}): expected {case[3:]}, got {got}")
    share = 1 - len(misses) / len(CASES)
    print(f"\ndate test set: {len(CASES) - len(misses)}/{len(CASES)} normalised right ({share:.1%})")
    assert len(CASES) >= 60
    assert share >= 0.95, "\n".join(misses)


@pytest.mark.parametrize("text", NOT_DATES)
def test_vague_words_are_not_dates(text):
    assert dates.normalise(text, WED) is None


def test_a_weekday_named_with_the_day_says_the_year():
    # 4 January is a Friday in 2019, not in 2018: the named weekday overrules the past tense.
    assert dates.normalise("on Friday, January 4", WED, False).start == D(2019, 1, 4)
    assert dates.normalise("on Monday, December 24", WED, True).start == D(2018, 12, 24)
    # A weekday that fits no nearby year leaves the usual reading.
    assert dates.normalise("on Sunday, January 4", WED, False).start == D(2018, 1, 4)


def test_earlier_or_later_in_a_period_is_the_whole_period():
    # The words say which part; the range is the calendar period its precision names.
    earlier, later = dates.normalise("earlier this month", D(2019, 4, 10)), dates.normalise("later this week", D(2019, 4, 10), True)
    assert (earlier.start, earlier.end, later.start, later.end) == (D(2019, 4, 1), D(2019, 4, 30), D(2019, 4, 8), D(2019, 4, 14))


def test_date_text_is_kept_as_written():
    assert dates.normalise("on Jan. 17, 2017", WED).text == "on Jan. 17, 2017"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister flew to Oslo on Tuesday and met her counterpart on Jan. 3, 2019.", ["on Tuesday", "on Jan. 3, 2019"]),
        ("Theresa May's cabinet said in May that it may march on.", ["in May"]),
        # "the 2016 accord" dates the accord (the events stage ignores it after "after").
        ("About 2,000 troops arrived last week, two weeks after the 2016 accord.", ["last week", "the 2016"]),
        ("The Sun reported that the rebels, founded in the 1970s, split in 2001.", ["in the 1970s", "in 2001"]),
        ("Talks resumed earlier this year and will continue next month.", ["earlier this year", "next month"]),
        ("Officials said Wednesday that protesters had gathered over the weekend.", ["Wednesday", "over the weekend"]),
        ("Nothing was decided.", []),
        # A weekday that ends a name (a club, a holiday) is no day; one after a verb still is.
        ("Fans of Sheffield Wednesday marched on Friday; Good Friday services went ahead.", ["on Friday"]),
        ("Police said Monday. Tuesday brought more arrests.", ["Monday", "Tuesday"]),
        # A year on a common noun dates it; on a name or a count it does not.
        ("Investigators linked the 2014 explosions to the 2018 World Cup and the 2000 troops.", ["the 2014"]),
        # a month with its year is one expression, "since" or not
        ("Ties have warmed since March 2023 and cooled since April.", ["March 2023", "since April"]),
        # a preposition is a whole word: the end of "begin" or "won" is none
        ("The walkout will begin Tuesday and the council won Friday's vote.", ["Tuesday", "Friday"]),
    ],
)
def test_find_locates_expressions(sentence, expected):
    assert [sentence[s:e] for s, e in dates.find(sentence)] == expected


# (expression, the date the text named before it, expected start, expected end, expected precision)
FOLLOWING = [
    ("Hours later", dates.DateRange(D(2018, 12, 24), D(2018, 12, 24), "day", "on Monday"), D(2018, 12, 24), D(2018, 12, 24), "day"),
    ("later that evening", dates.DateRange(D(2018, 12, 24), D(2018, 12, 24), "day", "on Monday"), D(2018, 12, 24), D(2018, 12, 24), "day"),
    ("the next day", dates.DateRange(D(2018, 12, 31), D(2018, 12, 31), "day", "Dec. 31"), D(2019, 1, 1), D(2019, 1, 1), "day"),
    ("a day earlier", dates.DateRange(D(2018, 12, 24), D(2018, 12, 24), "day", "on Monday"), D(2018, 12, 23), D(2018, 12, 23), "day"),
    ("the following week", dates.DateRange(D(2018, 12, 26), D(2018, 12, 26), "day", "Dec. 26"), D(2018, 12, 31), D(2019, 1, 6), "week"),
    ("the following month", dates.DateRange(D(2024, 8, 1), D(2024, 8, 31), "month", "August 2024"), D(2024, 9, 1), D(2024, 9, 30), "month"),
    ("later that year", dates.DateRange(D(2019, 3, 1), D(2019, 3, 31), "month", "in March 2019"), D(2019, 1, 1), D(2019, 12, 31), "year"),
    ("in November that year", dates.DateRange(D(2023, 1, 1), D(2023, 12, 31), "year", "in 2023"), D(2023, 11, 1), D(2023, 11, 30), "month"),
    ("in March of the same year", dates.DateRange(D(2019, 1, 10), D(2019, 1, 10), "day", "on Jan. 10, 2019"), D(2019, 3, 1), D(2019, 3, 31), "month"),
    ("the month before", dates.DateRange(D(2024, 4, 1), D(2024, 4, 30), "month", "in April 2024"), D(2024, 3, 1), D(2024, 3, 31), "month"),
    ("the previous year", dates.DateRange(D(2019, 3, 1), D(2019, 3, 31), "month", "in March 2019"), D(2018, 1, 1), D(2018, 12, 31), "year"),
    ("a week earlier", dates.DateRange(D(2018, 12, 26), D(2018, 12, 26), "day", "Dec. 26"), D(2018, 12, 17), D(2018, 12, 23), "week"),
    # an open anchor, or one too coarse for the shift, leaves the date open
    ("the next day", dates.DateRange(D(2017, 1, 1), D(2017, 12, 31), "year", "in 2017"), None, None, "unknown"),
    ("Hours later", dates.DateRange(None, None, "unknown", "on Monday"), None, None, "unknown"),
]


@pytest.mark.parametrize(("text", "anchor", "start", "end", "precision"), FOLLOWING)
def test_a_following_expression_is_read_against_the_date_before_it(text, anchor, start, end, precision):
    got = dates.follow(text, anchor)
    assert (got.start, got.end, got.precision, got.text) == (start, end, precision, text)


def test_following_expressions_are_found_apart_from_dates():
    sentence = "Hours later, the ministry announced a deal; the following day the union called off the strike."
    assert [sentence[s:e] for s, e in dates.find_following(sentence)] == ["Hours later", "the following day"]
    assert dates.find(sentence) == []
    background = "Police shot a striking worker in 2023, and in November that year another died in custody."
    assert [background[s:e] for s, e in dates.find_following(background)] == ["in November that year"]
    assert [background[s:e] for s, e in dates.find(background)] == ["in 2023"]
    # "the day before the vote" counts from the vote, not from the date named before it.
    before = "The envoy left Kyiv on Monday; talks had collapsed the day before, the day before the vote."
    assert [before[s:e] for s, e in dates.find_following(before)] == ["the day before"]
