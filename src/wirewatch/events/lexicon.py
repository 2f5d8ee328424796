"""Trigger, cue and actor-noun lexicons loaded from the YAML files in ``data/``."""

from __future__ import annotations

import _sre
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from re import _casefix as _sre_casefix  # type: ignore[attr-defined]
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any

from wirewatch.events.textnorm import fold_arabic_letters
from wirewatch.yamlfiles import load_yaml

LANGS = ("en", "fr", "ar")
_AR_PREFIX = r"(?P<pre>[وف]?(?:س|ال|بال|لل)?)"
_AR_SUFFIX = r"\w{0,3}"


@dataclass(frozen=True)
class TriggerRule:
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    pattern: re.Pattern[str]
    source: str  # the pattern as written, for provenance
    flags: frozenset[str] = frozenset()
    verb: bool = False
    anchors: tuple[str, ...] = ()  # one of these strings is in every match (a cheap pre-test)
    agent_noun: bool = False  # the trigger names the actors ("protesters")
    no_negation: bool = False  # the negation is part of the trigger ("did not rule out")
    # without anchors: literal strings one of which is in every match (a pre-test only, see
    # required_literals); () when none could be told
    required: tuple[str, ...] = ()

    @property
    def rule_id(self) -> str:
        return f"{self.event_type}:{self.source[:40]}"

    @cached_property
    def single_word_anchors(self) -> bool:
        """Every anchor is one word: matches can be searched from the anchors' positions."""
        return bool(self.anchors) and not any(a != a.strip() or " " in a for a in self.anchors)


@dataclass
class Lexicon:
    lang: str
    triggers: list[TriggerRule]
    cues: dict[str, list[re.Pattern[str]]]
    generic: list[tuple[re.Pattern[str], str]]
    fallback: list[dict[str, Any]] = field(default_factory=list)
    # for each role-noun pattern of ``generic``: literals one of which is in every match
    generic_required: list[tuple[str, ...]] = field(default_factory=list)

    @cached_property
    def anchor_index(self) -> AnchorIndex:
        return AnchorIndex.build(self.triggers, self.lang)

    @cached_property
    def case_traps(self) -> re.Pattern[str]:
        """Letters where the literal pre-tests of the lexicon are not trusted (:func:`case_traps`)."""
        literals = [lit for rule in self.triggers for lit in rule.required + rule.anchors]
        literals += [lit for required in self.generic_required for lit in required]
        return case_traps(frozenset("".join(literals)))


# An Arabic trigger match starts at a word start, then the optional prefix (وبال at most),
# then its anchor; an English or French one starts with its anchor at a word start.
AR_MAX_PREFIX = 4
ANCHOR_KEY = 3  # anchors are at least this long: their first characters key the index
_WORD_START = re.compile(r"(?<!\w)\w")


def _keys_after_word_start(lead: int) -> re.Pattern[str]:
    """Finds the (up to) ANCHOR_KEY characters ``lead`` characters after each word start."""
    if lead == 0:
        return re.compile(rf"(?<!\w)(?=(\w.{{0,{ANCHOR_KEY - 1}}}))", re.DOTALL)
    return re.compile(rf"(?<!\w)(?=\w.{{{lead - 1}}}(.{{1,{ANCHOR_KEY}}}))", re.DOTALL)


_KEYS_AFTER_WORD_START = [_keys_after_word_start(lead) for lead in range(AR_MAX_PREFIX + 1)]


@dataclass
class AnchorIndex:
    """The trigger rules of a lexicon by their anchors, to test each anchor once per text."""

    by_key: dict[str, list[str]]  # an anchor's first ANCHOR_KEY characters -> anchors
    unkeyed: list[str]  # anchors not opening on a word character: always tested
    rules_of: dict[str, list[int]]  # anchor -> indexes of the rules it anchors
    unanchored: list[int]  # rules without anchors
    lead: int  # characters between a word start and an anchor
    # the rules whose anchors are all single words, by the first letter of those anchors:
    # a match of one opens with an anchor at most ``lead`` characters after its start, so only
    # these rules can match at a place (letter -> (anchor, rules)); the others are tried anywhere
    word_anchors_by_first: dict[str, tuple[tuple[str, tuple[int, ...]], ...]]
    not_word_anchored: tuple[int, ...]
    reach: int  # lead + the longest single-word anchor: where a case trap makes that test unsure

    @classmethod
    def build(cls, triggers: list[TriggerRule], lang: str) -> AnchorIndex:
        by_key: dict[str, list[str]] = {}
        unkeyed: list[str] = []
        rules_of: dict[str, list[int]] = {}
        unanchored: list[int] = []
        for i, rule in enumerate(triggers):
            if not rule.anchors:
                unanchored.append(i)
            for anchor in rule.anchors:
                if anchor not in rules_of:
                    if len(anchor) >= ANCHOR_KEY and _WORD_START.match(anchor):
                        by_key.setdefault(anchor[:ANCHOR_KEY], []).append(anchor)
                    else:
                        unkeyed.append(anchor)
                rules_of.setdefault(anchor, []).append(i)
        lead = AR_MAX_PREFIX if lang == "ar" else 0
        not_word_anchored: list[int] = []
        word_rules_of: dict[str, list[int]] = {}
        for i, rule in enumerate(triggers):
            if not rule.single_word_anchors:
                not_word_anchored.append(i)
                continue
            for anchor in rule.anchors:
                word_rules_of.setdefault(anchor, []).append(i)
        by_first: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        for anchor, rules in word_rules_of.items():
            by_first.setdefault(anchor[0], []).append((anchor, tuple(rules)))
        longest = max((len(anchor) for anchor in word_rules_of), default=0)
        return cls(by_key, unkeyed, rules_of, unanchored, lead, {k: tuple(v) for k, v in by_first.items()},
                   tuple(not_word_anchored), lead + longest)

    def occurrences(self, text: str) -> dict[str, list[int]]:
        """Where in ``text`` each anchor is where a match can hold it: at a word start
        (after at most ``lead`` characters in Arabic); anchors found nowhere are left out.
        A rule none of whose anchors is there has no match in ``text``, and every match of
        the others starts at most ``lead`` characters before one of these offsets, as long
        as no character of ``text`` matches an anchor's letter only by case folding
        (see :attr:`Lexicon.case_traps`)."""
        found: dict[str, set[int]] = {}
        for pattern in _KEYS_AFTER_WORD_START[:self.lead + 1]:
            for m in pattern.finditer(text):
                anchors = self.by_key.get(m.group(1))
                if anchors is not None:
                    at = m.start(1)
                    for anchor in anchors:
                        if text.startswith(anchor, at):
                            found.setdefault(anchor, set()).add(at)
        for anchor in self.unkeyed:
            at = text.find(anchor)
            while at >= 0:
                found.setdefault(anchor, set()).add(at)
                at = text.find(anchor, at + 1)
        return {anchor: sorted(offsets) for anchor, offsets in found.items()}


def _read_yaml(name: str) -> Any:
    text = resources.files("wirewatch.events").joinpath("data", name).read_text("utf-8")
    return load_yaml(text)


def _ends_in_lookaround(pattern: str) -> bool:
    """True when the pattern ends with a lookahead group, however nested."""
    if not pattern.endswith(")"):
        return False
    depth = 0
    for i in range(len(pattern) - 1, -1, -1):
        ch = pattern[i]
        if i > 0 and pattern[i - 1] == "\\":
            continue
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth -= 1
            if depth == 0:
                return pattern[i:i + 3] in ("(?=", "(?!")
    return False


def _wrap(pattern: str, lang: str) -> str:
    pattern = fold_arabic_letters(pattern) if lang == "ar" else pattern
    lookaround = _ends_in_lookaround(pattern)
    if lang == "ar":
        tail = "" if lookaround else _AR_SUFFIX
        end = "" if lookaround else r"(?!\w)"
        return rf"(?<!\w){_AR_PREFIX}(?:{pattern}){tail}{end}"
    end = r"(?!\w)" if not lookaround and (pattern[-1:].isalnum() or pattern.endswith((")", "?"))) else ""
    return rf"(?<!\w)(?:{pattern}){end}"


_LITERAL_SPACE = re.compile(r" (?![^\[]*\])")
_LOOKBEHIND = re.compile(r"(\(\?<[!=][^()]*\))")


def _flexible_spaces(pattern: str) -> str:
    """One written space stands for any run of spaces (quotes are folded to spaces)."""
    pieces = _LOOKBEHIND.split(pattern)
    return "".join(p if i % 2 else _LITERAL_SPACE.sub(r"\\s+", p) for i, p in enumerate(pieces))


_META = set("()[]\\?*+{}|.^$ ")


def _literal_prefix(text: str) -> str:
    out = []
    for i, ch in enumerate(text):
        if ch in _META:
            break
        if i + 1 < len(text) and text[i + 1] in "?*{":
            break
        out.append(ch)
    return "".join(out)


def _alternatives(group: str) -> list[str]:
    """Top-level alternatives of a group body."""
    parts, depth, current = [], 0, []
    i = 0
    while i < len(group):
        ch = group[i]
        if ch == "\\":
            current.append(group[i:i + 2])
            i += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def anchors_of(source: str) -> tuple[str, ...]:
    """Literal strings one of which every match of ``source`` contains; () when unsure."""
    pattern = _LOOKBEHIND.sub("", source)
    if pattern.startswith("(?:"):
        depth, end = 0, -1
        for i, ch in enumerate(pattern):
            if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
                depth += 1
            elif ch == ")" and pattern[i - 1] != "\\":
                depth -= 1
                if depth == 0:
                    end = i
                    break
        if end < 0 or pattern[end + 1:end + 2] in ("?", "*", "{"):
            return ()
        prefixes = [_literal_prefix(alt) for alt in _alternatives(pattern[3:end])]
    else:
        prefixes = [_literal_prefix(pattern)]
    if any(len(p) < 3 for p in prefixes):
        return ()
    return tuple(sorted(set(prefixes)))


def required_literals(pattern: str, min_length: int = 3) -> tuple[str, ...]:
    """Lower-case literal strings one of which is in every match of ``pattern`` (compiled
    with IGNORECASE), each at least ``min_length`` long; () when the pattern gives none.
    A pre-test: when none is in the lower-cased text, the pattern has no match there,
    unless the text has one of the :func:`case_traps` of the literals."""
    try:
        parsed = _sre_parser.parse(pattern, re.IGNORECASE)
    except (re.error, RecursionError):
        return ()
    found = _required(list(parsed), min_length)
    return tuple(sorted(found)) if found else ()


def _required(items: list[tuple[Any, Any]], min_length: int) -> frozenset[str] | None:
    """The best set of literals one of which every match of the sequence ``items`` holds."""
    c = _sre_constants
    best: frozenset[str] | None = None

    def consider(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if not candidate or min(map(len, candidate)) < min_length:
            return
        if best is None or (min(map(len, candidate)), -len(candidate)) > (min(map(len, best)), -len(best)):
            best = candidate

    run: list[str] = []
    for op, av in items + [(None, None)]:
        if op is c.LITERAL and len(chr(av).lower()) == 1:
            run.append(chr(av).lower())
            continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        if op is c.SUBPATTERN:
            consider(_required(list(av[-1]), min_length))
        elif op is c.ATOMIC_GROUP:
            consider(_required(list(av), min_length))
        elif op is c.BRANCH:
            branches = [_required(list(branch), min_length) for branch in av[1]]
            if all(branches):
                consider(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_required(list(av[2]), min_length))
    return best


def leading_literals(pattern: str, min_length: int = 3) -> tuple[str, ...]:
    """Lower-case literal strings one of which every match of ``pattern`` (compiled with
    IGNORECASE over lower-cased text) starts with, each at least ``min_length`` long;
    () when the pattern gives none.  Such strings anchor a pattern as well as the literal
    prefixes of :func:`anchors_of` do (the patterns ``anchors_of`` cannot read: an
    optional word first, lookbehinds inside alternatives)."""
    try:
        parsed = _sre_parser.parse(pattern, re.IGNORECASE)
    except (re.error, RecursionError):
        return ()
    found = _leading(list(parsed))
    if not found or min(map(len, found)) < min_length:
        return ()
    return tuple(sorted(found))


_MAX_LEADING = 64  # strings of a leading set before it is cut back to shorter ones
_LEADING_LENGTH = 12  # the leading strings are not made longer than this


def _leading(items: list[tuple[Any, Any]], budget: int = _LEADING_LENGTH) -> set[str] | None:
    """Literal strings one of which every match of the sequence ``items`` opens with
    (at most ``budget`` characters long, within _MAX_LEADING strings); None when unknown."""
    c = _sre_constants
    zero_width = (c.ASSERT, c.ASSERT_NOT, c.AT)
    if budget <= 0:
        return {""}
    i = 0
    while i < len(items) and items[i][0] in zero_width:
        i += 1
    if i == len(items):
        return None  # the match may end here
    op, av = items[i]
    rest = items[i + 1:]
    if op is c.LITERAL:
        char = chr(av).lower()
        if len(char) != 1:
            return None
        after = _leading(rest, budget - 1)
        return {char + tail for tail in after} if after else {char}
    if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
        return _leading(list(av[-1] if op is c.SUBPATTERN else av) + rest, budget)
    if op is c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            inner = _leading(list(branch) + rest, budget)
            if inner is None:
                return None
            found |= inner
        return found if len(found) <= _MAX_LEADING else _shortened(found)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, body = av
        if body.getwidth()[0] == 0:
            return None
        first = _leading(list(body), budget)  # not run on into what follows: repeats are rare here
        if first is None:
            return None
        if low >= 1:
            return first
        after = _leading(rest, budget)
        if after is None:
            return None
        found = first | after
        return found if len(found) <= _MAX_LEADING else _shortened(found)
    return None


def _shortened(strings: set[str]) -> set[str] | None:
    """Fewer, shorter prefixes of ``strings`` (each string still starts with one)."""
    for length in range(max(map(len, strings)) - 1, 0, -1):
        cut = {s[:length] for s in strings}
        if len(cut) <= _MAX_LEADING:
            return cut
    return None


@cache
def _case_classes() -> dict[str, str]:
    """Character -> the other characters IGNORECASE matching takes for it (BMP)."""
    to_lower = _sre.unicode_tolower
    lowered: dict[int, list[int]] = {}  # a lower-case letter -> the letters lower-casing to it
    for code in range(0x10000):
        low = to_lower(code)
        if low != code:
            lowered.setdefault(low, [low] if to_lower(low) == low else []).append(code)
    classes: dict[str, str] = {}
    for low in lowered.keys() | _sre_casefix._EXTRA_CASES.keys():
        codes = lowered.get(low, [low])
        same = set(codes)
        for extra in _sre_casefix._EXTRA_CASES.get(low, ()):
            same.update(lowered.get(extra, [extra]))
        if len(same) > 1:
            for code in codes:
                classes[chr(code)] = "".join(chr(o) for o in sorted(same - {code}))
    return classes


@cache
def case_traps(literal_chars: frozenset[str]) -> re.Pattern[str]:
    """The letters that match one of ``literal_chars`` (lower case) under IGNORECASE but
    do not lower-case to it: the dotless "ı" and "İ" for "i", the long "ſ" for "s".
    Where none is in a text, a literal of these letters matched under IGNORECASE is in
    the lower-cased text as it is, and an ``in`` test tells whether it can match."""
    classes = _case_classes()
    traps = {t for char in literal_chars for t in classes.get(char, "") if t.lower() != char}
    return re.compile("[" + "".join(re.escape(t) for t in sorted(traps)) + "]" if traps else "(?!)")


# Arabic vowel marks (tanwin, short vowels, shadda, sukun, dagger alef) and the tatweel may
# follow any letter of a vocalised word ("حمّلت"): trigger spotting matches a copy without them.
AR_MARKS = "\u064b-\u0652\u0670\u0640"


def _compile(pattern: str, lang: str) -> re.Pattern[str]:
    pattern = _flexible_spaces(pattern)
    try:
        return re.compile(_wrap(pattern, lang), re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"bad {lang} lexicon pattern {pattern!r}: {exc}") from None


def _as_compiled(pattern: str, lang: str) -> str:
    """A lexicon pattern as :func:`_compile` compiles it, before the word-boundary wrapping."""
    return _flexible_spaces(fold_arabic_letters(pattern) if lang == "ar" else pattern)


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (one of en, fr, ar), built once per process."""
    if lang not in LANGS:
        raise ValueError(f"no event lexicon for language {lang!r}; known: {', '.join(LANGS)}")
    data = _read_yaml(f"triggers_{lang}.yaml")
    triggers: list[TriggerRule] = []
    for event_type, entries in data["rules"].items():
        for entry in entries:
            for source in entry["p"]:
                anchors = anchors_of(fold_arabic_letters(source) if lang == "ar" else source.lower()) \
                    or leading_literals(_as_compiled(source, lang))
                triggers.append(TriggerRule(
                    event_type=event_type,
                    mode=entry.get("mode"),
                    context=tuple(entry.get("ctx") or ()),
                    pattern=_compile(source, lang),
                    source=source,
                    flags=frozenset(entry.get("flags") or ()),
                    verb=bool(entry.get("verb")),
                    anchors=anchors,
                    agent_noun="agent_noun" in (entry.get("flags") or ()),
                    no_negation="no_negation" in (entry.get("flags") or ()),
                    required=() if anchors else required_literals(_as_compiled(source, lang)),
                ))
    cue_data = _read_yaml("cues.yaml")[lang]
    cues = {
        key: [re.compile(fold_arabic_letters(p) if lang == "ar" else p, re.IGNORECASE) for p in patterns]
        for key, patterns in cue_data.items()
    }
    generic_entries = _read_yaml("generic_actors.yaml")[lang]
    generic = [(_compile(entry["p"], lang), entry["sector"]) for entry in generic_entries]
    generic_required = [required_literals(_as_compiled(entry["p"], lang)) for entry in generic_entries]
    return Lexicon(lang, triggers, cues, generic, _read_yaml("fallback_actors.yaml"), generic_required)


def any_match(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    for pattern in patterns:
        found = pattern.search(text)
        if found:
            return found
    return None
