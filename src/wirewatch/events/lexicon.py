"""Trigger, cue and actor-noun lexicons loaded from the YAML files in ``data/``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

import yaml

from wirewatch.events.textnorm import fold_arabic_letters

LANGS = ("en", "fr", "ar")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when built with libyaml
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


def _read_yaml(name: str) -> Any:
    text = resources.files("wirewatch.events").joinpath("data", name).read_text("utf-8")
    return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


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


# Arabic vowel marks (tanwin, short vowels, shadda, sukun, dagger alef) and the tatweel may
# follow any letter of a vocalised word ("حمّلت"): trigger spotting matches a copy without them.
AR_MARKS = "\u064b-\u0652\u0670\u0640"


def _compile(pattern: str, lang: str) -> re.Pattern[str]:
    pattern = _flexible_spaces(pattern)
    try:
        return re.compile(_wrap(pattern, lang), re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"bad {lang} lexicon pattern {pattern!r}: {exc}") from None


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
                triggers.append(TriggerRule(
                    event_type=event_type,
                    mode=entry.get("mode"),
                    context=tuple(entry.get("ctx") or ()),
                    pattern=_compile(source, lang),
                    source=source,
                    flags=frozenset(entry.get("flags") or ()),
                    verb=bool(entry.get("verb")),
                    anchors=anchors_of(fold_arabic_letters(source) if lang == "ar" else source.lower()),
                    agent_noun="agent_noun" in (entry.get("flags") or ()),
                    no_negation="no_negation" in (entry.get("flags") or ()),
                ))
    cue_data = _read_yaml("cues.yaml")[lang]
    cues = {
        key: [re.compile(fold_arabic_letters(p) if lang == "ar" else p, re.IGNORECASE) for p in patterns]
        for key, patterns in cue_data.items()
    }
    generic = [
        (_compile(entry["p"], lang), entry["sector"])
        for entry in _read_yaml("generic_actors.yaml")[lang]
    ]
    return Lexicon(lang, triggers, cues, generic, _read_yaml("fallback_actors.yaml"))


def any_match(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    for pattern in patterns:
        found = pattern.search(text)
        if found:
            return found
    return None
