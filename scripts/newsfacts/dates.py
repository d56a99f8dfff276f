"""Date expressions in news text, normalised to a range of days against the article's publication date.

`find(text)` returns the date expressions in a sentence; `normalise(text, published, future)`
turns one into a `DateRange`. Explicit dates ("Jan. 17, 2017", "in 2001", "in the 1990s") need
no anchor; everything else ("Dec. 17", "on Wednesday", "last week", "two weeks ago") is read
against the publication date, and stays open (no start, no end, precision "unknown") when the
article has none, rather than being guessed.

Conventions, so the same words always give the same range:
- a week runs Monday to Sunday; "last week" is the whole week before the publication week;
- a weekday in a past-tense sentence is the most recent such day on or before publication, in a
  future one the next such day on or after it; "last Monday"/"next Monday" exclude the day itself;
- a month or day without a year is the most recent one (past) or the next one (future), except that
  a weekday named with it ("Thursday, December 10") picks the nearest year in which the day falls on
  that weekday;
- "this year"/"this month"/"this week" are the whole calendar period, and so are "earlier this
  year" and "later this month": the words say which part, the precision says the period, and a
  range cut at publication would claim a bound the text does not give;
- "N weeks ago" is the week that contains the day N weeks before publication, "N months ago" that
  month, "N years ago" that year;
- "for Thursday", "for November 28" (a day set in advance: "a meeting planned for Thursday", and
  the day an act starts on: "a walkout starting on 14 December") is the such day nearest the
  publication date, before or after, and the next one for an event known to be still to come;
- "overnight" in a news report is the publication day;
- "hours later", "the next day", "the following month", "the month before", "in November that year"
  (`find_following`, `follow`) are read against the date the text named before them, not against
  the publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

MONTH_NAMES = (
    ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
    ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sept", "Sep"),
    ("October", "Oct"), ("November", "Nov"), ("December", "Dec"),
)
MONTHS = {name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names}
FULL_MONTHS = {names[0] for names in MONTH_NAMES}
# Full names only: news style does not abbreviate weekdays, and "Sun" or "Sat" are usually not days.
WEEKDAYS = {name: number for number, name in enumerate(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# Month and weekday names must be capitalised ("may" is a verb, "march" a noun); the words
# around them match in any case.
# Only an abbreviation takes a full stop ("Dec. 17"); after "April" the stop ends the sentence.
_ABBREVIATED = "|".join(f"(?<={name})" for name in MONTHS if name not in FULL_MONTHS)
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![a-z])(?:(?:" + _ABBREVIATED + r")\.)?"
_WEEKDAY = r"(?P<weekday>(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")(?![a-z]))"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
_ON = r"(?:\b(?i:on|in|during|over)\s+)?"
_PART_OF_DAY = r"(?:\s+(?i:night|morning|afternoon|evening))?"
_SHIFT = r"(?P<shift>(?i:last|this|next|past))"
_UNIT = r"(?P<unit>(?i:week|month|year))"
_COUNT = r"(?P<count>\d{1,2}|(?i:" + "|".join(NUMBER_WORDS) + r"))"
_QUALIFIER = r"(?:(?i:early|late|mid|mid-)\s*)?"

# "planned for Monday", "a walkout starting on 14 December": words that set a day in advance.
_SET_FOR = r"(?i:for|scheduled\s+for|planned\s+for|set\s+for|(?:starting|beginning)(?:\s+on)?)"

# (name, pattern): tried in this order; `find` keeps the longest match at each place.
RULES = [
    ("iso", r"(?<!\d)(?P<year>\d{4})-(?P<monthnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    ("month_day_year", _ON + r"(?:" + _WEEKDAY + r",?\s+)?" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR),
    ("day_month_year", _ON + r"(?:" + _WEEKDAY + r",?\s+)?" + _DAY + r"\s+(?:(?i:of)\s+)?" + _MONTH + r",?\s+" + _YEAR),
    ("month_day", _ON + r"(?:" + _WEEKDAY + r",?\s+)?" + _MONTH + r"\s+" + _DAY + r"(?![,.]?\s*\d)"),
    ("day_month", _ON + r"(?:" + _WEEKDAY + r",?\s+)?" + _DAY + r"\s+(?:(?i:of)\s+)?" + _MONTH),
    ("month_year", _ON + _QUALIFIER + _MONTH + r",?\s+" + _YEAR),
    ("decade", r"(?:(?i:in|during)\s+)?(?i:the\s+)" + _QUALIFIER + r"(?P<decade>(?:1[89]|20)\d0)['’]?s\b"),
    ("year", r"(?i:in|during|of)\s+" + _QUALIFIER + _YEAR + r"(?![\d,.]\d)(?!\s*(?i:people|troops|soldiers|km|miles|%))"),
    # "the 2014 explosions", "the 2018 deal": a year modifying a common noun (checked in `find`).
    ("year_modifier", r"(?i:the)\s+" + _YEAR + r"(?!\s+(?i:people|troops|soldiers|protesters|residents|workers|km|miles))"),
    ("relative_day", r"(?i:(?P<relday>yesterday|today|tomorrow|tonight|overnight|last\s+night|this\s+(?:morning|afternoon|evening)))\b"),
    ("weekday", _ON + r"(?:(?P<wshift>(?i:last|this|next))\s+)?" + _WEEKDAY + _PART_OF_DAY + r"\b"),
    # "a strike called for Thursday", "a meeting planned for Monday", "protests starting Monday": a day set in advance, the
    # occurrence nearest the publication date, before or after.
    ("weekday_for", _SET_FOR + r"\s+" + _WEEKDAY + _PART_OF_DAY + r"\b"),
    # "a nationwide protest for November 28": likewise a day set in advance.
    ("month_day_for", _SET_FOR + r"\s+(?:" + _WEEKDAY + r",?\s+)?" + _MONTH + r"\s+" + _DAY + r"(?![,.]?\s*\d)"),
    ("day_month_for", _SET_FOR + r"\s+(?:" + _WEEKDAY + r",?\s+)?" + _DAY + r"\s+(?:(?i:of)\s+)?" + _MONTH),
    ("weekend", r"(?i:(?:over|during|at|on)\s+)?(?i:(?P<wkshift>last|this|next|the)\s+weekend)\b"),
    ("month", r"(?:(?i:in|during|since)\s+(?:(?i:early|late|mid)(?:\s+|-))?|(?P<mshift>(?i:last|this|next))\s+|(?i:early|late|mid)(?:\s+|-))"
     + _MONTH + r"(?!\s+[0-3]?\d\b)(?!,?\s+" + _YEAR + r")(?!\s+(?i:of\s+)?(?i:that|the\s+same)\s+year)"),
    # "January's siege"; not "May's", which is far more often a person's name.
    ("month_possessive", r"(?P<month>" + "|".join(name for name in MONTHS if len(name) > 4) + r")['’]s\b"),
    ("earlier_later", r"(?i:earlier|later)\s+(?i:this)\s+" + _UNIT + r"\b"),
    ("past_period", r"(?i:(?:in|over|during)\s+)?(?i:the\s+(?:past|last))\s+" + _UNIT + r"\b"),
    ("shifted_period", _QUALIFIER + _SHIFT + r"\s+" + _UNIT + r"\b"),
    ("ago", r"(?:(?i:just|about|some|nearly|almost|around)\s+)?" + _COUNT + r"\s+(?P<agounit>(?i:day|week|month|year))s?\s+(?i:ago)\b"),
]
_COMPILED = [(name, re.compile(pattern)) for name, pattern in RULES]

_FEW = r"(?:(?:a\s+few|several|some|two|three|four|five|six|\d{1,2})\s+)?"
# "the month before." counts back from the date just named; "the month before the vote" from the vote.
_ENDS_CLAUSE = r"(?=\s*(?:[,.;:]|$))"
# Expressions that date something by what the text has just dated ("Hours later", "the next day",
# "the following month"): (pattern, unit, shift from that date). `follow` resolves them.
FOLLOWING = [
    (r"(?i:" + _FEW + r"(?:hours|minutes)\s+later|(?:later|earlier)\s+that\s+(?:day|morning|afternoon|evening|night)"
     r"|the\s+same\s+day|that\s+(?:morning|afternoon|evening|night))\b", "day", 0),
    (r"(?i:the\s+(?:next|following)\s+day|a\s+day\s+later)\b", "day", 1),
    (r"(?i:the\s+(?:previous|preceding)\s+day|a\s+day\s+earlier|the\s+day\s+before" + _ENDS_CLAUSE + r")\b", "day", -1),
    (r"(?i:the\s+(?:next|following)\s+week|a\s+week\s+later)\b", "week", 1),
    (r"(?i:the\s+(?:previous|preceding)\s+week|a\s+week\s+earlier|the\s+week\s+before" + _ENDS_CLAUSE + r")\b", "week", -1),
    (r"(?i:(?:later|earlier)\s+that\s+month|the\s+same\s+month)\b", "month", 0),
    (r"(?i:the\s+(?:next|following)\s+month|a\s+month\s+later)\b", "month", 1),
    (r"(?i:the\s+(?:previous|preceding)\s+month|a\s+month\s+earlier|the\s+month\s+before" + _ENDS_CLAUSE + r")\b", "month", -1),
    (r"(?i:(?:later|earlier)\s+that\s+year|the\s+same\s+year)\b", "year", 0),
    (r"(?i:the\s+(?:next|following)\s+year|a\s+year\s+later)\b", "year", 1),
    (r"(?i:the\s+(?:previous|preceding)\s+year|a\s+year\s+earlier|the\s+year\s+before" + _ENDS_CLAUSE + r")\b", "year", -1),
    # "in November that year": that month of the year just named.
    (r"(?:(?i:in|by|until)\s+)?" + _MONTH + r"\s+(?i:of\s+)?(?i:that|the\s+same)\s+year\b", "named month", 0),
]
_FOLLOWING = [(re.compile(pattern), unit, shift) for pattern, unit, shift in FOLLOWING]
# How fine a range is: a day can be shifted by days, a month by months, and so on.
_FINENESS = {"day": 0, "week": 1, "month": 2, "year": 3, "named month": 3, "decade": 4}
# A capitalised word right before a bare weekday, not starting the sentence: the weekday ends a name.
_COMMON_NOUN_AFTER = re.compile(r"\s+[a-z]")
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+ $")


@dataclass(frozen=True)
class DateRange:
    start: dt.date | None
    end: dt.date | None
    precision: str
    text: str

    @property
    def known(self) -> bool:
        return self.start is not None and self.end is not None


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each date expression in text, longest first where they overlap, in text order."""
    return list(_find(text))


@lru_cache(maxsize=4096)
def _find(text: str) -> tuple[tuple[int, int], ...]:
    # Every trigger of a sentence asks for the sentence's dates: scan each sentence once.
    candidates = []
    for name, pattern in _COMPILED:
        for match in pattern.finditer(text):
            if name == "weekday" and match.group("weekday") == match.group(0).rstrip(".") and _NAME_BEFORE.search(text, 0, match.start()):
                continue  # "Sheffield Wednesday", "Good Friday": part of a name, not a day
            if name == "year_modifier" and not _COMMON_NOUN_AFTER.match(text, match.end()):
                continue  # "the 2014 World Cup" is a name, "the 2014 explosions" a date
            candidates.append((match.start(), match.end()))
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(candidates, key=lambda span: (-(span[1] - span[0]), span[0])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return tuple(sorted(chosen))


def find_following(text: str) -> list[tuple[int, int]]:
    """(start, end) of each expression dated by an earlier date ("hours later"), in text order."""
    return sorted((m.start(), m.end()) for pattern, _, _ in _FOLLOWING for m in pattern.finditer(text))


def follow(text: str, anchor: DateRange) -> DateRange | None:
    """The range a following expression ("the next day") names after the anchor date; open when the
    anchor is open or too coarse for the shift ("the next day" after "last year"); None when `text`
    is no such expression."""
    expression = text.strip()
    for pattern, unit, shift in _FOLLOWING:
        if not (match := pattern.fullmatch(expression)):
            continue
        if not anchor.known or _FINENESS.get(anchor.precision, 9) > _FINENESS[unit]:
            return _open(expression)
        if unit == "named month":
            return _month_range(anchor.start.year, MONTHS[match.group("month")], expression)
        if unit == "day":
            return _day(anchor.start + dt.timedelta(days=shift), expression)
        if unit == "week":
            return _week_range(anchor.start + dt.timedelta(days=7 * shift), expression)
        if unit == "month":
            year, month = _shift_month(anchor.start.year, anchor.start.month, shift)
            return _month_range(year, month, expression)
        return _year_range(anchor.start.year + shift, expression)
    return None


def normalise(text: str, published: dt.date | None, future: bool = False) -> DateRange | None:
    """The range of days `text` names, read against `published`; None when `text` is no date expression."""
    expression = text.strip()
    for name, pattern in _COMPILED:
        match = pattern.fullmatch(expression)
        if match:
            return _RESOLVERS[name](match.groupdict(), published, future, expression)
    return None


def _open(text: str) -> DateRange:
    return DateRange(None, None, "unknown", text)


def _day(day: dt.date, text: str) -> DateRange:
    return DateRange(day, day, "day", text)


def _month_range(year: int, month: int, text: str) -> DateRange:
    return DateRange(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]), "month", text)


def _year_range(year: int, text: str) -> DateRange:
    return DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text)


def _week_range(day: dt.date, text: str) -> DateRange:
    monday = day - dt.timedelta(days=day.weekday())
    return DateRange(monday, monday + dt.timedelta(days=6), "week", text)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def real_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when there is no such day (31 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _explicit_day(parts, published, future, text):
    month = int(parts["monthnum"]) if parts.get("monthnum") else MONTHS[parts["month"]]
    day = real_date(int(parts["year"]), month, int(parts["day"]))
    return _day(day, text) if day else None


def _days_around(published: dt.date, month: int, number: int) -> list[dt.date]:
    """That day of the month in the year before publication, its year and the next, where it exists."""
    return [d for d in (real_date(published.year + shift, month, number) for shift in (-1, 0, 1)) if d]


def _named_weekday_day(parts, published: dt.date, text: str) -> DateRange | None:
    """"Thursday, December 10": the weekday says the year, the one nearest publication whose
    December 10 is a Thursday, in either direction; None when none within a year of it fits."""
    if not parts.get("weekday"):
        return None
    month, number, weekday = MONTHS[parts["month"]], int(parts["day"]), WEEKDAYS[parts["weekday"]]
    days = [d for d in _days_around(published, month, number) if d.weekday() == weekday and abs((d - published).days) <= 366]
    return _day(min(days, key=lambda d: abs((d - published).days)), text) if days else None


def _day_without_year(parts, published, future, text):
    month, number = MONTHS[parts["month"]], int(parts["day"])
    if real_date(2000, month, number) is None:  # 2000 is a leap year, so Feb. 29 passes here
        return None
    if published is None:
        return _open(text)
    if (named := _named_weekday_day(parts, published, text)) is not None:
        return named
    for year in ((published.year, published.year + 1) if future else (published.year, published.year - 1)):
        day = real_date(year, month, number)
        if day and (day >= published if future else day <= published):
            return _day(day, text)
    return _open(text)


def _nearest_day_without_year(parts, published, future, text):
    month, number = MONTHS[parts["month"]], int(parts["day"])
    if real_date(2000, month, number) is None:
        return None
    if published is None:
        return _open(text)
    if (named := _named_weekday_day(parts, published, text)) is not None:
        return named
    days = [d for d in _days_around(published, month, number) if d >= published or not future]
    return _day(min(days, key=lambda d: (abs((d - published).days), d)), text)


def _month_year(parts, published, future, text):
    return _month_range(int(parts["year"]), MONTHS[parts["month"]], text)


def _decade(parts, published, future, text):
    start = int(parts["decade"])
    return DateRange(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade", text)


def _year(parts, published, future, text):
    return _year_range(int(parts["year"]), text)


def _relative_day(parts, published, future, text):
    if published is None:
        return _open(text)
    word = " ".join(parts["relday"].lower().split())
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    return _day(published + dt.timedelta(days=offset), text)


def _weekday(parts, published, future, text):
    if published is None:
        return _open(text)
    target = WEEKDAYS[parts["weekday"]]
    shift = (parts.get("wshift") or "").lower()
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if shift == "last":
        return _day(published - dt.timedelta(days=back or 7), text)
    if shift == "next":
        return _day(published + dt.timedelta(days=ahead or 7), text)
    if future:
        return _day(published + dt.timedelta(days=ahead), text)
    return _day(published - dt.timedelta(days=back), text)


def _nearest_weekday(parts, published, future, text):
    if published is None:
        return _open(text)
    target = WEEKDAYS[parts["weekday"]]
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    return _day(published - dt.timedelta(days=back) if back <= ahead and not future else published + dt.timedelta(days=ahead), text)


def _weekend(parts, published, future, text):
    if published is None:
        return _open(text)
    shift = parts["wkshift"].lower()
    in_weekend = published.weekday() >= 5
    previous = published - dt.timedelta(days=(published.weekday() - 5) % 7)  # Saturday on or before
    coming = published + dt.timedelta(days=(5 - published.weekday()) % 7)  # Saturday on or after
    if shift == "the":
        saturday = coming if future and not in_weekend else previous
    elif shift == "last":
        saturday = previous - dt.timedelta(days=7 if in_weekend else 0)
    elif shift == "this":
        saturday = previous if in_weekend else coming
    else:
        saturday = coming + dt.timedelta(days=7 if published.weekday() == 5 else 0)
    return DateRange(saturday, saturday + dt.timedelta(days=1), "week", text)


def _month(parts, published, future, text):
    if published is None:
        return _open(text)
    month = MONTHS[parts["month"]]
    shift = (parts.get("mshift") or "").lower()
    if shift == "last":
        year = published.year if month < published.month else published.year - 1
    elif shift == "next":
        year = published.year if month > published.month else published.year + 1
    elif shift == "this":
        year = published.year
    elif future:
        year = published.year if month >= published.month else published.year + 1
    else:
        year = published.year if month <= published.month else published.year - 1
    return _month_range(year, month, text)


def _earlier_later(parts, published, future, text):
    return _open(text) if published is None else _period(parts["unit"].lower(), published, text)


def _past_period(parts, published, future, text):
    if published is None:
        return _open(text)
    unit = parts["unit"].lower()
    if unit == "week":
        start = published - dt.timedelta(days=7)
    elif unit == "month":
        year, month = _shift_month(published.year, published.month, -1)
        start = real_date(year, month, published.day) or dt.date(year, month, calendar.monthrange(year, month)[1])
    else:
        start = real_date(published.year - 1, published.month, published.day) or published - dt.timedelta(days=365)
    return DateRange(start, published, unit, text)


def _period(unit: str, day: dt.date, text: str) -> DateRange:
    if unit == "week":
        return _week_range(day, text)
    if unit == "month":
        return _month_range(day.year, day.month, text)
    return _year_range(day.year, text)


def _shifted_period(parts, published, future, text):
    if published is None:
        return _open(text)
    shift, unit = parts["shift"].lower(), parts["unit"].lower()
    if shift == "past":
        return _past_period(parts, published, future, text)
    by = {"last": -1, "this": 0, "next": 1}[shift]
    if unit == "week":
        return _week_range(published + dt.timedelta(days=7 * by), text)
    if unit == "month":
        year, month = _shift_month(published.year, published.month, by)
        return _month_range(year, month, text)
    return _year_range(published.year + by, text)


def _ago(parts, published, future, text):
    if published is None:
        return _open(text)
    count_text = parts["count"].lower()
    count = int(count_text) if count_text.isdigit() else NUMBER_WORDS[count_text]
    unit = parts["agounit"].lower()
    if unit == "day":
        return _day(published - dt.timedelta(days=count), text)
    if unit == "week":
        return _week_range(published - dt.timedelta(days=7 * count), text)
    if unit == "month":
        year, month = _shift_month(published.year, published.month, -count)
        return _month_range(year, month, text)
    return _year_range(published.year - count, text)


_RESOLVERS = {
    "iso": _explicit_day,
    "month_day_year": _explicit_day,
    "day_month_year": _explicit_day,
    "month_day": _day_without_year,
    "day_month": _day_without_year,
    "month_year": _month_year,
    "decade": _decade,
    "year": _year,
    "year_modifier": _year,
    "relative_day": _relative_day,
    "weekday": _weekday,
    "weekday_for": _nearest_weekday,
    "month_day_for": _nearest_day_without_year,
    "day_month_for": _nearest_day_without_year,
    "weekend": _weekend,
    "month": _month,
    "month_possessive": _month,
    "earlier_later": _earlier_later,
    "past_period": _past_period,
    "shifted_period": _shifted_period,
    "ago": _ago,
}
