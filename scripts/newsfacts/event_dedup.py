"""Deduplication: passages that report the same real-world event become one event.

Two passages report the same event when they have the same PLOVER type, negation and
background flags, compatible modes, places (the same, or a capital and its country) and dates
(ranges overlap, or one is unknown), do not put anyone on both sides (for a type that is not
symmetric, "A expelled B's diplomats" and "B expelled A's" are two events, and so are "A protested
to B" and "A and B condemned C"), and share enough participants: two shared entities; or one, across articles, when
both give the same day and the same mode; or, within one article, one shared entity on the same
side when neither passage names someone the other lacks (and, when both name their actors and
only share the party acted on, in the same word: "the bishops criticised the government" and "the
opposition condemned the government" are two events; for verbal acts, a named speaker and one the
text describes without naming are two speakers). Within an article, a person counts as the state
or organisation a title joined to their name says they speak for ("Portugal's foreign minister
Rui Castelo", "a spokeswoman for the union"), for deeds only: words are each speaker's own.
A passage about something still to come
does not join one that has happened. A passage that names no one, or a definite event noun that
names only a place ("the talks took place in Doha ..."), refers back to the latest event of its
article reported with the same head word, else of the same type and mode, else of the same type;
a meeting or joint act naming no one that did not happen or is still to come ("no meeting took
place on Monday", "the two are due to meet again"), or any act still to come naming no one ("they
would march on Friday"), is a new event between the parties of the article's latest one of that
type that names any. News told undated in the present perfect at the top of an
article ("a court has sentenced ...") is the first later report of its type and mode naming a day.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import dates, gazetteer
from .event_lexicon import load


@dataclass
class Candidate:
    """One passage reporting one event, before passages of the same event are merged."""

    article_id: str
    trigger_start: int
    words: str
    event_type: str
    mode: str | None
    verb: bool
    sources: list[str]
    recipients: list[str]
    location: str | None
    date: dates.DateRange | None
    fatalities: int | None
    negated: bool
    hypothetical: bool
    historical: bool
    start: int
    end: int
    text: str
    # "The shooting happened in Mathare": a definite event noun naming no one refers back to an
    # event already reported, even when it adds a place.
    refers_back: bool = False
    # "a similar demonstration two weeks ago", "another attack": the words say it is not an event
    # already reported, so it joins none.
    distinct: bool = False
    # "Opposition lawmakers accused the government": an actor the text describes but does not name.
    unnamed_actor: bool = False
    # "A court has sentenced the opposition leader to five years": a present perfect in the first
    # paragraph, with no date, gives the news the article goes on to tell and date.
    headline_perfect: bool = False
    # Person -> the state or organisation the article's titles say they speak for ("Turkey's
    # foreign minister Hakan Fidan"): within the article, the two are one side of an event.
    speaks_for: dict[str, str] = field(default_factory=dict)

    @property
    def anchors(self) -> set[str]:
        return set(self.sources) | set(self.recipients) | ({self.location} if self.location else set())

    @property
    def roles(self) -> set[tuple[str, str]]:
        """(entity, side): the actor's side, or the side acted upon (recipient or place)."""
        return {(e, "source") for e in self.sources} | {(e, "other") for e in self.anchors - set(self.sources)}

    def party(self, entity: str) -> str:
        """The entity, or the body a person speaks for in this article."""
        return self.speaks_for.get(entity, entity)

    def with_parties(self, entities: list[str]) -> set[str]:
        """The entities and the bodies the people among them speak for."""
        return set(entities) | {self.party(e) for e in entities}

    @property
    def parties(self) -> set[str]:
        """The anchors, each person as the body they speak for in this article."""
        return {self.party(e) for e in self.anchors}

    @property
    def party_roles(self) -> set[tuple[str, str]]:
        return {(self.party(e), side) for e, side in self.roles}


@dataclass
class Cluster:
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def first(self) -> Candidate:
        return self.candidates[0]

    @property
    def anchors(self) -> set[str]:
        return set().union(*(c.anchors for c in self.candidates))

    @property
    def roles(self) -> set[tuple[str, str]]:
        return set().union(*(c.roles for c in self.candidates))

    @property
    def sources(self) -> set[str]:
        return set().union(*(c.sources for c in self.candidates))

    @property
    def recipients(self) -> set[str]:
        return set().union(*(c.recipients for c in self.candidates))

    @property
    def parties(self) -> set[str]:
        return set().union(*(c.parties for c in self.candidates))

    @property
    def party_roles(self) -> set[tuple[str, str]]:
        return set().union(*(c.party_roles for c in self.candidates))

    @property
    def locations(self) -> set[str]:
        return {c.location for c in self.candidates if c.location}

    @property
    def modes(self) -> set[str]:
        return {c.mode for c in self.candidates if c.mode}

    @property
    def date(self) -> dates.DateRange | None:
        """The narrowest known date any passage gives."""
        known = [c.date for c in self.candidates if c.date and c.date.known]
        return min(known, key=lambda d: (d.end - d.start, d.start)) if known else None


def _overlap(a: dates.DateRange | None, b: dates.DateRange | None) -> bool:
    if a is None or b is None or not a.known or not b.known:
        return True
    return a.start <= b.end and b.start <= a.end


def _same_day(a: dates.DateRange | None, b: dates.DateRange | None) -> bool:
    return bool(a and b and a.known and a.precision == b.precision == "day" and (a.start, a.end) == (b.start, b.end))


def _same_place(a: str, b: str) -> bool:
    """The same place, or a capital and its country: one report says "in Abu Dhabi", another "in the UAE"."""
    return a == b or gazetteer.capital_of(a) == b or gazetteer.capital_of(b) == a


def _swapped(cluster: Cluster, candidate: Candidate) -> bool:
    """True when the passage has someone of the cluster on the other side: "Motegi lodged a protest
    with Cho" and "Cho and Motegi condemned the launch" are two events, not one."""
    if candidate.event_type in load().symmetric_types:
        return False
    # A person and the body they speak for stand on one side: "Portugal's foreign minister Rui
    # Castelo expelled Morocco's envoy" and "Morocco expelled Portugal's ambassador" are two expulsions.
    sources = {e for c in cluster.candidates for e in c.with_parties(c.sources)}
    recipients = {e for c in cluster.candidates for e in c.with_parties(c.recipients)}
    return bool(sources & candidate.with_parties(candidate.recipients)) or bool(recipients & candidate.with_parties(candidate.sources))


def _same_event(cluster: Cluster, candidate: Candidate) -> bool:
    """Same type, compatible mode, flags, place and dates, and enough shared participants that
    the two passages cannot be two different events of the same actor."""
    first = cluster.first
    if (first.event_type, first.negated, first.historical) != (candidate.event_type, candidate.negated, candidate.historical):
        return False
    if candidate.mode and cluster.modes and candidate.mode not in cluster.modes:
        return False
    if candidate.location and cluster.locations and not any(_same_place(candidate.location, place) for place in cluster.locations):
        return False
    if not _overlap(cluster.date, candidate.date) or _swapped(cluster, candidate):
        return False
    if candidate.hypothetical != all(c.hypothetical for c in cluster.candidates) and not candidate.refers_back:
        # "talks were held in Doha" and "a further round of talks would take place in Doha": one
        # has happened, the other is still to come.
        return False
    ours, theirs = cluster.anchors, candidate.anchors
    shared = ours & theirs
    if len(shared) >= 2:
        return True
    if all(c.article_id != candidate.article_id for c in cluster.candidates):
        # Across articles, one shared name alone is too weak ("Taliban attacks" are many events),
        # but with the same day and the same mode two reports rarely mean two events.
        return bool(shared) and _same_day(cluster.date, candidate.date) and cluster.modes == ({candidate.mode} - {None})
    # Within one article, a person and the body the article says they speak for are one party
    # ("Turkey's foreign minister held talks in Baghdad" and "Hakan Fidan met al-Sudani").
    ours, theirs = cluster.parties, candidate.parties
    if len(ours & theirs) >= 2:
        return True
    # One shared entity ties two passages only on the same side of the event, and only when
    # neither names someone the other lacks ("Iran met the Taliban" vs "the US met the Taliban").
    # Two actors who only act on the same party ("the bishops criticised the government", "the
    # opposition condemned the government") did the same thing only when told with the same word
    # (in meetings, who is source and who recipient is arbitrary).
    if candidate.event_type in load().speaker_types and _other_speaker(cluster, candidate):
        return False
    same_roles = cluster.party_roles & candidate.party_roles
    acted_on_only = candidate.event_type not in load().symmetric_types and all(side == "other" for _, side in same_roles)
    if acted_on_only and cluster.sources and candidate.sources and all(c.words != candidate.words for c in cluster.candidates):
        return False
    return bool(same_roles) and (ours <= theirs or theirs <= ours)


def _other_speaker(cluster: Cluster, candidate: Candidate) -> bool:
    """True when one passage's speaker is named and the other's is described but unnamed: "the
    minister accused the government" and "opposition lawmakers accused the government" are two
    accusations, though only the government is named in both."""
    unnamed = [c.unnamed_actor for c in cluster.candidates if not c.sources]
    return bool((candidate.unnamed_actor and cluster.sources) or (candidate.sources and not cluster.sources and any(unnamed)))


def _head_word(candidate: Candidate) -> str:
    return candidate.words.split()[-1]


def _antecedent(clusters: list[Cluster], candidate: Candidate) -> Cluster | None:
    """The event a passage naming no one refers back to ("the talks took place ..."): the latest
    event of this article reported with the same head word ("the strikes" after "drone
    strikes", whatever type the bare word has), else the latest of the same type."""
    here = [
        cl for cl in clusters
        if any(c.article_id == candidate.article_id for c in cl.candidates)
        and (cl.first.negated, cl.first.historical) == (candidate.negated, candidate.historical)
        and _overlap(cl.date, candidate.date)
    ]

    def latest(cl: Cluster) -> int:
        return max(c.trigger_start for c in cl.candidates if c.article_id == candidate.article_id)

    same_word = [cl for cl in here if any(_head_word(c) == _head_word(candidate) for c in cl.candidates)]
    same_type = [cl for cl in here if cl.first.event_type == candidate.event_type]
    # "the expulsion" after "expelled the attaché" and "US sanctions": the same mode first.
    same_mode = [cl for cl in same_type if candidate.mode and candidate.mode in cl.modes]
    return max(same_word or same_mode or same_type, key=latest, default=None)


def _dates_the_news(clusters: list[Cluster], here: list[int], candidate: Candidate) -> int | None:
    """"A court has sentenced the opposition leader to five years ... The court handed down the
    sentence late on Wednesday": news told in the present perfect at the top of an article, with
    no date, is the first later report of that type and mode that names a day, though the two
    name the parties differently; unless it puts them on the other side or happened elsewhere."""
    if not (candidate.date and candidate.date.known and candidate.date.precision == "day") or candidate.hypothetical:
        return None
    for i in here:
        cluster = clusters[i]
        if not all(c.headline_perfect for c in cluster.candidates) or cluster.date is not None:
            continue
        first = cluster.first
        if (first.event_type, first.mode, first.negated, first.historical, first.hypothetical) != (
                candidate.event_type, candidate.mode, candidate.negated, candidate.historical, False):
            continue
        if candidate.location and cluster.locations and not any(_same_place(candidate.location, p) for p in cluster.locations):
            continue
        if not _swapped(cluster, candidate):
            return i
    return None


def _borrow_partners(clusters: list[Cluster], candidate: Candidate) -> None:
    """"Lisbon held talks with Rabat on Monday. The two are due to meet again on Friday", "no meeting had
    taken place on Monday": a meeting or joint act that names no one, and is not one already
    reported (it is still to come, or did not happen), is between the parties of the article's
    latest event of that type that names any. So is a one-sided act still to come ("the union
    marched on Monday ... members would boycott the next match"): who plans it is who acted before;
    one that did not happen ("no arrests were made") names no one who refrained."""
    if not (candidate.hypothetical or candidate.negated and candidate.event_type in load().symmetric_types):
        return
    kin = [cl for cl in clusters if cl.first.event_type == candidate.event_type and (cl.sources or cl.recipients)
           and any(c.article_id == candidate.article_id for c in cl.candidates)]
    if kin:
        latest = max(kin, key=lambda cl: max(c.trigger_start for c in cl.candidates if c.article_id == candidate.article_id))
        candidate.sources, candidate.recipients = sorted(latest.sources), sorted(latest.recipients)


def merge(all_candidates: list[Candidate]) -> list[Cluster]:
    """Passages in article order, each joined to the first event it reports again, else a new one.
    Only events that share a type and a participant or place can be the same, so the search is
    indexed by (type, entity) and stays fast on large corpora."""
    clusters: list[Cluster] = []
    by_anchor: dict[tuple[str, str], list[int]] = {}
    by_article: dict[str, list[int]] = {}
    for candidate in sorted(all_candidates, key=lambda c: (c.article_id, c.trigger_start)):
        if candidate.distinct:
            if not candidate.anchors:
                # "a similar demonstration two weeks ago": the same kind of actors, on another occasion.
                kin = [clusters[i] for i in by_article.get(candidate.article_id, []) if clusters[i].first.event_type == candidate.event_type]
                if kin:
                    candidate.sources, candidate.recipients = sorted(kin[-1].sources), sorted(kin[-1].recipients)
            if not candidate.anchors:
                continue
            home = None  # it says it is another event: it joins none
        else:
            if not candidate.anchors or candidate.refers_back:
                antecedent = _antecedent([clusters[i] for i in by_article.get(candidate.article_id, [])], candidate)
                if antecedent is not None:
                    antecedent.candidates.append(candidate)
                    continue
                if not candidate.anchors:
                    _borrow_partners([clusters[i] for i in by_article.get(candidate.article_id, [])], candidate)
                if not candidate.anchors:
                    continue
            options = sorted({i for a in candidate.anchors | candidate.parties for i in by_anchor.get((candidate.event_type, a), [])})
            home = next((i for i in options if _same_event(clusters[i], candidate)), None)
            if home is None:
                home = _dates_the_news(clusters, by_article.get(candidate.article_id, []), candidate)
        if home is None:
            clusters.append(Cluster([candidate]))
            home = len(clusters) - 1
        else:
            clusters[home].candidates.append(candidate)
        for anchor in candidate.anchors | candidate.parties:
            slot = by_anchor.setdefault((clusters[home].first.event_type, anchor), [])
            if home not in slot:
                slot.append(home)
        here = by_article.setdefault(candidate.article_id, [])
        if home not in here:
            here.append(home)
    return clusters
