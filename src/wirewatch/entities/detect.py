"""Mention detection: spaCy NER (en, fr), KB names (all languages), title and name
patterns, per language segment of a document.

Offsets are character offsets into ``article.text``; Arabic mentions never include an
attached clitic.  The spaCy docs made here are kept for later stages
(:mod:`wirewatch.entities.parses`).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from wirewatch.entities import models, parses
from wirewatch.entities.arabic import ArabicPatterns
from wirewatch.entities.candidates import Candidate, resolve_overlaps
from wirewatch.entities.demonyms import looks_like_demonym
from wirewatch.entities.gazetteer import Gazetteer
from wirewatch.entities.lexicon import Lexicon, load_lexicon
from wirewatch.entities.names import LANGS, NameSource, default_source
from wirewatch.entities.short_forms import add_short_forms
from wirewatch.entities.textnorm import Token, fold, tokenize
from wirewatch.entities.titles import TITLE_BODY_RULE, attach_titles
from wirewatch.records import Document, Mention, Segment

log = logging.getLogger(__name__)

MAX_SEGMENT_CHARS = models.MAX_CHARS
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_SENTENCE_END = re.compile(r"[.!?؟]+[\"'»”)]*\s+|\n\s*\n")
_LEADING_WORDS = {"the", "a", "an", "le", "la", "les", "l'"}


def guess_lang(text: str) -> str:
    """Language of a text without one: Arabic when its letters dominate, else English."""
    arabic = len(_ARABIC.findall(text[:5000]))
    latin = len(_LATIN.findall(text[:5000]))
    return "ar" if arabic > latin else "en"


def segments_of(doc: Document) -> list[Segment]:
    """The document's language segments, split to at most MAX_SEGMENT_CHARS each."""
    text = doc.text or ""
    segs = [s for s in doc.segments if 0 <= s.start < s.end <= len(text)]
    if not segs and text.strip():
        segs = [Segment(0, len(text), doc.article.lang or guess_lang(text))]
    out: list[Segment] = []
    for seg in segs:
        start = seg.start
        while seg.end - start > MAX_SEGMENT_CHARS:
            cut = text.rfind(" ", start, start + MAX_SEGMENT_CHARS)
            cut = cut if cut > start else start + MAX_SEGMENT_CHARS
            out.append(Segment(start, cut, seg.lang, seg.confidence))
            start = cut
        if text[start : seg.end].strip():
            out.append(Segment(start, seg.end, seg.lang, seg.confidence))
    return out


def _is_all_caps(tokens: list[Token]) -> bool:
    words = [t.text for t in tokens if t.text.isalpha() and not t.is_arabic and len(t.text) > 1]
    if len(words) < 3:
        return False
    return sum(w.isupper() for w in words) >= 0.6 * len(words)


class Detector:
    """Holds the models and name indexes; ``detect`` handles batches of documents."""

    def __init__(self, source: NameSource | None = None, use_spacy: bool = True,
                 langs: Sequence[str] = LANGS):
        self.source = source if source is not None else default_source()
        self.pipelines: dict[str, Any] = {}
        if use_spacy:
            for lang in langs:
                nlp = models.load_pipeline(lang)
                if nlp is not None:
                    self.pipelines[lang] = nlp
        self._gazetteers: dict[str, Gazetteer] = {}
        for lang in langs:
            self.gazetteer(lang)

    def gazetteer(self, lang: str) -> Gazetteer:
        if lang not in self._gazetteers:
            try:
                rows = list(self.source.rows(lang))
            except Exception as exc:  # noqa: BLE001 - a broken KB must not stop detection
                log.warning("names for %r could not be read: %s", lang, exc)
                rows = []
            lex = load_lexicon(lang)
            title_words = {h[0] for h in lex.title_heads if len(h) == 1} | lex.title_modifiers
            self._gazetteers[lang] = Gazetteer(lang, rows, frozenset(title_words))
        return self._gazetteers[lang]

    # -- batch entry point --------------------------------------------------------
    def detect(self, docs: list[Document]) -> list[list[Mention]]:
        jobs: list[tuple[int, Segment]] = []
        for d, doc in enumerate(docs):
            try:
                jobs.extend((d, seg) for seg in segments_of(doc))
            except Exception as exc:  # noqa: BLE001
                doc.errors.append(f"entities: {doc.article.id}: bad segments ({exc})")
        spacy_docs = self._run_spacy(docs, jobs)
        per_doc: list[list[Mention]] = [[] for _ in docs]
        kept: dict[int, list[parses.SpacySegment]] = {}
        locators: dict[int, SentenceLocator] = {}
        for (d, seg), sdoc in zip(jobs, spacy_docs, strict=True):
            doc = docs[d]
            if d not in locators:
                locators[d] = SentenceLocator(doc)
            if sdoc is not None:
                kept.setdefault(d, []).append(parses.SpacySegment(
                    seg.start, seg.end, seg.lang, sdoc, self.pipelines.get(seg.lang)))
            try:
                per_doc[d].extend(self._segment_mentions(doc, seg, sdoc, locators[d]))
            except Exception as exc:  # noqa: BLE001 - one bad segment must not sink a batch
                log.exception("mention detection failed")
                doc.errors.append(
                    f"entities: {doc.article.id}: detection failed in [{seg.start}:{seg.end}]"
                    f" ({type(exc).__name__}: {exc})")
        for d, segs in kept.items():
            parses.store(docs[d], segs)
        for d, doc in enumerate(docs):
            locator = locators.get(d) or SentenceLocator(doc)
            per_doc[d] = add_short_forms(doc, per_doc[d], locator.index)
        return per_doc

    def _run_spacy(self, docs: list[Document], jobs: list[tuple[int, Segment]]) -> list[Any]:
        results: list[Any] = [None] * len(jobs)
        for lang, nlp in self.pipelines.items():
            idx = [j for j, (_, seg) in enumerate(jobs) if seg.lang == lang]
            if not idx:
                continue
            texts = [docs[jobs[j][0]].text[jobs[j][1].start : jobs[j][1].end] for j in idx]
            try:
                with nlp.select_pipes(enable=["ner"]):
                    for j, sdoc in zip(idx, nlp.pipe(texts, batch_size=64), strict=True):
                        results[j] = sdoc
            except Exception:  # noqa: BLE001 - retry one by one to isolate the bad text
                with nlp.select_pipes(enable=["ner"]):
                    for j, text in zip(idx, texts, strict=True):
                        try:
                            results[j] = nlp(text)
                        except Exception as exc:  # noqa: BLE001
                            doc = docs[jobs[j][0]]
                            doc.errors.append(f"entities: {doc.article.id}: spaCy failed ({exc})")
        return results

    # -- one segment --------------------------------------------------------------
    def _segment_mentions(self, doc: Document, seg: Segment, sdoc: Any,
                          sentences: SentenceLocator | None = None) -> list[Mention]:
        sentences = sentences or SentenceLocator(doc)
        text = doc.text
        lang = seg.lang
        tokens = tokenize(text, seg.start, seg.end)
        if not tokens:
            return []
        all_caps = _is_all_caps(tokens)
        lex = load_lexicon(lang)
        cands = self._ner_candidates(text, seg, sdoc, lex) if sdoc is not None else []
        for match in self.gazetteer(lang).match(tokens, all_caps):
            cands.append(Candidate(match.start, match.end, match.type, "kb", rule="kb", kb=True))
        misc = [c for c in cands if c.type == "MISC"]
        cands = resolve_overlaps([c for c in cands if c.type != "MISC"])
        if lang == "ar":
            patterns = ArabicPatterns(text, tokens, cands, lex, self.source.demonym)
            added = patterns.titles()
            added += patterns.organisations()
            added += patterns.given_names(added)
        elif lex.title_heads:
            added = attach_titles(text, tokens, cands + misc, lex, self.source.demonym, lang,
                                  all_caps)
            cands = [c for c in cands if c.rule != TITLE_BODY_RULE]
            added += [c for c in misc if c.type == "PER"]
        else:
            added = []
        titles = [c for c in added if c.type == "TITLE"]
        final = resolve_overlaps(cands + [c for c in added if c.type != "TITLE"])
        if titles:  # a TITLE never overlaps a person (final is sorted and non-overlapping)
            persons = [c for c in final if c.type == "PER"]
            starts = [c.start for c in persons]
            titles = [t for t in titles if not any(
                p.overlaps(t) for p in persons[max(0, bisect_right(starts, t.start) - 1):
                                               bisect_right(starts, t.end)])]
        return [self._to_mention(doc, c, lang, sentences)
                for c in sorted(final + titles, key=lambda c: (c.start, c.end))]

    def _ner_candidates(self, text: str, seg: Segment, sdoc: Any, lex: Lexicon) -> list[Candidate]:
        out = []
        for ent in sdoc.ents:
            kind = models.LABELS.get(ent.label_)
            if kind is None:
                continue
            toks = [t for t in ent if not t.is_space]
            while toks and (toks[0].lower_ in _LEADING_WORDS or toks[0].is_punct):
                toks = toks[1:]
            # title words in front of a name are not part of it ("Personal Envoy Staffan
            # de Mistura"); for non-persons only when a title head is among them
            k, has_head = 0, False
            while k < len(toks) and (
                    fold(toks[k].text) in lex.title_modifiers
                    or (fold(toks[k].text),) in lex.title_heads
                    or fold(toks[k].text) in lex.title_adjectives
                    or self.source.demonym(toks[k].text, seg.lang)
                    or looks_like_demonym(toks[k].text, seg.lang)):
                has_head = has_head or (fold(toks[k].text),) in lex.title_heads
                k += 1
            if k == len(toks) and has_head:
                continue  # the whole span is a title ("Premier ministre pakistanais")
            if k and (kind == "PER" or (has_head and toks[k].text[:1].isupper())):
                toks = toks[k:]
            while toks and (toks[-1].lower_ in {"'s", "’s", "'"} or toks[-1].is_punct):
                toks = toks[:-1]
            if not toks or (kind != "PER" and toks[0].is_lower
                            and (toks[0].lower_,) in lex.title_heads):
                continue  # "ministre chinois des Affaires étrangères" is a title
            start = seg.start + toks[0].idx
            end = seg.start + toks[-1].idx + len(toks[-1].text)
            if not text[start:end].strip():
                continue
            prev = out[-1] if out else None
            if prev is not None and kind == "PER" == prev.type and not text[prev.end:start].strip():
                prev.end = end  # "Mohammed bin Abdulrahman" + "Al Thani"
            else:
                out.append(Candidate(start, end, kind, "ner", rule="ner"))
        return out

    @staticmethod
    def _to_mention(doc: Document, cand: Candidate, lang: str,
                    sentences: SentenceLocator) -> Mention:
        rule = cand.rule or cand.source
        if cand.kb and "kb" not in rule:
            rule += "+kb"
        return Mention(start=cand.start, end=cand.end, text=doc.text[cand.start : cand.end],
                       type=cand.type, lang=lang, sentence=sentences.index(cand.start),
                       role=cand.role, rule=rule)


class SentenceLocator:
    """Sentence index of an offset, by bisection over the document's sentences or, when
    there are none, over the ends of a plain split on sentence punctuation."""

    def __init__(self, doc: Document):
        self.sentences = sorted(doc.sentences, key=lambda s: s.start)
        self.starts = [s.start for s in self.sentences]
        self.breaks = [] if self.sentences else [
            m.end() for m in _SENTENCE_END.finditer(doc.text or "")]

    def index(self, offset: int) -> int | None:
        if self.sentences:
            at = bisect_right(self.starts, offset) - 1
            if at >= 0 and offset < self.sentences[at].end:
                return self.sentences[at].index
            return None
        return bisect_right(self.breaks, offset)


def sentence_index(doc: Document, offset: int) -> int | None:
    """Index of the sentence holding ``offset``; from a plain split when none are set."""
    return SentenceLocator(doc).index(offset)


_DEFAULT: Detector | None = None


def default_detector() -> Detector:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Detector()
    return _DEFAULT


def detect_mentions(doc: Document) -> list[Mention]:
    """Mentions of persons, organisations, places and titles in ``doc``, in text order."""
    return default_detector().detect([doc])[0]
