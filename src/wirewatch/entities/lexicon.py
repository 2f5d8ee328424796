"""Word lists of the title, name and organisation patterns (``data/lexicon_*.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from wirewatch.entities.textnorm import fold
from wirewatch.yamlfiles import load_yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Lexicon:
    """Folded word sets of one language; multiword entries are kept as token tuples."""

    lang: str
    title_heads: frozenset[tuple[str, ...]] = frozenset()
    title_modifiers: frozenset[str] = frozenset()
    title_adjectives: frozenset[str] = frozenset()
    title_domains: frozenset[str] = frozenset()
    title_connectors: frozenset[str] = frozenset()
    title_words: frozenset[str] = frozenset()
    title_prepositions: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    org_heads: frozenset[tuple[str, ...]] = frozenset()
    not_names: frozenset[str] = frozenset()
    max_head_len: int = field(default=1)
    title_head_starts: frozenset[str] = frozenset()  # first words of title heads


def _words(data: dict, key: str) -> frozenset[str]:
    return frozenset(fold(str(w)).strip() for w in data.get(key) or [] if str(w).strip())


def _phrases(data: dict, key: str) -> frozenset[tuple[str, ...]]:
    from wirewatch.entities.textnorm import tokenize

    out = set()
    for entry in data.get(key) or []:
        toks = tuple(t.norm for t in tokenize(str(entry)))
        if toks:
            out.add(toks)
    return frozenset(out)


@lru_cache(maxsize=8)
def load_lexicon(lang: str) -> Lexicon:
    path = DATA_DIR / f"lexicon_{lang}.yaml"
    if not path.exists():
        return Lexicon(lang=lang)
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    heads = _phrases(data, "title_heads")
    orgs = _phrases(data, "org_heads")
    return Lexicon(
        lang=lang,
        title_heads=heads,
        title_modifiers=_words(data, "title_modifiers"),
        title_adjectives=_words(data, "title_adjectives"),
        title_domains=_words(data, "title_domains"),
        title_connectors=_words(data, "title_connectors"),
        title_words=_words(data, "title_words"),
        title_prepositions=_words(data, "title_prepositions"),
        determiners=_words(data, "determiners"),
        name_particles=_words(data, "name_particles"),
        given_names=_words(data, "given_names"),
        org_heads=orgs,
        not_names=_words(data, "not_names"),
        max_head_len=max((len(h) for h in heads | orgs), default=1),
        title_head_starts=frozenset(h[0] for h in heads),
    )
