"""Trigger spotting: every lexicon pattern over one sentence, overlaps resolved."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from wirewatch.events.lexicon import AR_MARKS, Lexicon, TriggerRule

_AR_MARK = re.compile(f"[{AR_MARKS}]")


@dataclass
class TriggerMatch:
    rule: TriggerRule
    start: int
    end: int
    prefix: str | None  # Arabic conjunction / future prefix before the word


def find_triggers(folded: str, start: int, end: int, lex: Lexicon) -> list[TriggerMatch]:
    """Non-overlapping trigger matches in [start, end), longest first, in text order."""
    return find_triggers_in_spans(folded, [(start, end)], lex)[0]


def find_triggers_in_spans(folded: str, spans: list[tuple[int, int]], lex: Lexicon) -> list[list[TriggerMatch]]:
    """Trigger matches of each span (sentences in text order), each pattern run once.

    Running every pattern once over the stretch covering all spans, instead of once per
    sentence, saves most of the per-call cost; matches crossing a span end are dropped.
    """
    if not spans:
        return []
    lo, hi = spans[0][0], spans[-1][1]
    bounds = [s for s, _ in spans]
    buckets: list[list[TriggerMatch]] = [[] for _ in spans]
    stretch = folded[lo:hi]
    # vowel marks ("حمّلت") split words: vocalised Arabic is matched in a copy without them,
    # and the matches are mapped back to the offsets of the text
    kept: list[int] | None = None
    search_text, search_hi = folded, hi
    if lex.lang == "ar" and _AR_MARK.search(stretch) is not None:
        kept = [i for i, c in enumerate(stretch) if not _AR_MARK.match(c)]
        stretch = "".join(stretch[i] for i in kept)
        search_text, search_hi = folded[:lo] + stretch, lo + len(stretch)
    # each anchor is looked for once in the stretch, not once per rule it anchors
    index = lex.anchor_index
    trusted = lex.case_traps.search(stretch) is None
    if trusted:
        # only the rules with an anchor where a match can hold it, tried only there
        positions = {anchor: [lo + at for at in offsets] for anchor, offsets in index.occurrences(stretch).items()}
        chosen = set(index.unanchored).union(*(index.rules_of[anchor] for anchor in positions))
    else:  # a letter matching an anchor only by case folding: every anchor anywhere counts
        positions = {}
        chosen = {i for i, rule in enumerate(lex.triggers)
                  if not rule.anchors or any(a in stretch for a in rule.anchors)}
    # an English or French match starts with its anchor; Arabic ones may have a prefix first
    lead = index.lead if trusted else _MAX_LEAD
    for rule_index in sorted(chosen):
        rule = lex.triggers[rule_index]
        if rule.required and trusted and not any(r in stretch for r in rule.required):
            continue  # none of the literals every match holds: no match
        for m in _matches(rule, search_text, stretch, lo, search_hi, positions, complete=trusted, lead=lead):
            prefix = m.groupdict().get("pre") if lex.lang == "ar" else None
            s = m.start() + (len(prefix) if prefix else 0)
            e = m.end()
            while e > s and search_text[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            if kept is not None:
                s, e = lo + kept[s - lo], lo + kept[e - 1 - lo] + 1
                while e < hi and _AR_MARK.match(folded[e]):
                    e += 1  # the marks on the last letter belong to the word
            i = bisect_right(bounds, s) - 1
            if i < 0 or e > spans[i][1] or s < spans[i][0]:
                continue
            buckets[i].append(TriggerMatch(rule, s, e, prefix))
    return [_resolve(found) for found in buckets]


# a match starts at most this many characters before its anchor (the Arabic "وبال")
_MAX_LEAD = 4


def _matches(rule: TriggerRule, folded: str, stretch: str, lo: int, hi: int,
             positions: dict[str, list[int]] | None = None, complete: bool = False,
             lead: int = _MAX_LEAD) -> Iterator[re.Match[str]]:
    """The non-empty matches ``finditer`` would give, searched only near the anchors.

    Every match starts just before one of its rule's literal anchors, so the regex is
    tried from those places instead of at every character of the stretch.  ``positions``
    gives the offsets of anchors in ``folded`` and keeps those found here for the other
    rules of an anchor; when ``complete``, an anchor it lacks has no offset where a match
    can start (see :meth:`AnchorIndex.occurrences`).  A match starts at most ``lead``
    characters before its anchor (0 when ``positions`` is complete and the language has
    no prefixes: a match then starts with its anchor).
    """
    if not rule.single_word_anchors:
        yield from (m for m in rule.pattern.finditer(folded, lo, hi) if m.end() > m.start())
        return
    if positions is None:
        positions = {}
    starts: list[int] = []
    for anchor in rule.anchors:
        found = positions.get(anchor)
        if found is None:
            found = [] if complete else positions.setdefault(anchor, _offsets(stretch, anchor, lo))
        starts.extend(found)
    starts.sort()
    cursor = lo
    match = rule.pattern.match
    for at in starts:
        if at < cursor:
            continue
        # only the few places just before the anchor can start a match: trying those
        # gives what a search from the first of them would, without scanning on to the
        # end of the stretch when the anchor's word is not a trigger
        for begin in range(max(cursor, at - lead), at + 1):
            m = match(folded, begin, hi)
            if m is not None and m.end() > m.start():
                cursor = m.end()
                yield m
                break


def _offsets(stretch: str, anchor: str, lo: int) -> list[int]:
    """Every offset (from ``lo``) where ``anchor`` is in ``stretch``, overlaps included."""
    found: list[int] = []
    at = stretch.find(anchor)
    while at >= 0:
        found.append(lo + at)
        at = stretch.find(anchor, at + 1)
    return found


def _resolve(found: list[TriggerMatch]) -> list[TriggerMatch]:
    found.sort(key=lambda t: (-(t.end - t.start), t.start))
    kept: list[TriggerMatch] = []
    for t in found:
        if all(t.end <= k.start or k.end <= t.start for k in kept):
            kept.append(t)
    kept.sort(key=lambda t: t.start)
    return kept
