"""A learned sentence classifier for event types, beside the trigger lexicons.

One logistic regression per PLOVER type (one-vs-rest) over word (1-2) and character
(3-5, inside word boundaries) n-gram TF-IDF features of the folded sentence.  It finds
sentences whose wording the lexicons do not know; the coder then places a trigger on the
word that adds most to the type's score and fills the roles as for a lexicon trigger.

The model is stored as plain arrays (vocabularies, idf weights, coefficients) in
``data/sentence_classifier.npz``, loaded once per process.  It is trained only on the
sets written for wirewatch that are not held out: ``data/events/tuning``,
``data/events/modality``, ``data/events/examples_*`` and the even half of
``data/events/corpus``.  Retrain after any change of those sets with::

    python -m wirewatch.events.classifier --train
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import logging
import math
import os
import re
import sys
import time
import zipfile
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from wirewatch.events.lexicon import TriggerRule
from wirewatch.events.textnorm import fold
from wirewatch.events.triggers import TriggerMatch

TYPES = ("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
         "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN")
_LOG = logging.getLogger(__name__)
MODEL_FILE = "sentence_classifier.npz"
TRAIN_COMMAND = "python -m wirewatch.events.classifier --train"
FORMAT_VERSION = 1
# the probability from which the coder adds an event the lexicons did not find (chosen on the
# corpus's even half by folds: ``python bench/sentence_classifier.py --tune``); stored with
# the model and kept by a retrain
DEFAULT_THRESHOLD = 0.8
# "type": a sentence gets each sure type the lexicons did not code in it; "empty": only a
# sentence where the lexicons coded nothing
DEFAULT_MODE = "type"

_WORD = re.compile(r"(?u)\b\w\w+\b")
# the idf below which a word is too common to carry an event: in more than one training
# sentence in 50 (idf = ln((1 + n) / (1 + df)) + 1)
COMMON_IDF = 1.0 + math.log(50)
_CHAR_RANGE = (3, 5)
_DATA = Path(__file__).resolve().parents[3] / "data" / "events"
_SEP = "\n"


# --------------------------------------------------------------------------- features

def word_features(text: str) -> list[tuple[str, int, int]]:
    """Word unigrams and bigrams of a folded text, each with the span it covers."""
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    out = list(tokens)
    out += [(f"{a[0]} {b[0]}", a[1], b[2]) for a, b in zip(tokens, tokens[1:], strict=False)]
    return out


def char_features(text: str) -> list[tuple[str, int, int]]:
    """Character n-grams of each whitespace-separated word padded with a space, with the
    word's span (the n-grams sklearn's ``char_wb`` analyzer gives)."""
    out: list[tuple[str, int, int]] = []
    lo, hi = _CHAR_RANGE
    for m in re.finditer(r"\S+", text):
        w = f" {m.group()} "
        size = len(w)
        for n in range(lo, hi + 1):
            if size <= n:
                out.append((w, m.start(), m.end()))
                break
            out.extend((w[i:i + n], m.start(), m.end()) for i in range(size - n + 1))
    return out


# --------------------------------------------------------------------------- model

@dataclass
class SentenceClassifier:
    types: tuple[str, ...]
    word_vocab: dict[str, int]
    word_idf: np.ndarray
    char_vocab: dict[str, int]
    char_idf: np.ndarray
    coef: np.ndarray  # (types, word features + char features)
    intercept: np.ndarray  # (types,)
    threshold: float
    meta: dict[str, Any]

    def __post_init__(self) -> None:
        self._word_ids: dict[str, list[int]] = {}  # character features of a word, remembered
        # per whitespace-separated word: its word tokens and its unigram and character features
        self._word_parts: dict[str, tuple[list[str], list[int]]] = {}
        self._dense: tuple[Any, np.ndarray, np.ndarray] | None = None

    def _weights(self) -> tuple[np.ndarray, np.ndarray]:
        """(features, types) weights in row order and the idf of every feature, made once."""
        if self._dense is None or self._dense[0] is not self.coef:
            self._dense = (self.coef, np.ascontiguousarray(self.coef.T, dtype=np.float64),
                           np.concatenate([self.word_idf, self.char_idf]))
        return self._dense[1], self._dense[2]

    def _char_ids(self, word: str) -> list[int]:
        ids = self._word_ids.get(word)
        if ids is None:
            vocab, base = self.char_vocab, len(self.word_vocab)
            ids = [base + j for j in map(vocab.get, word_char_grams(word)) if j is not None]
            if len(self._word_ids) > 200_000:
                self._word_ids.clear()
            self._word_ids[word] = ids
        return ids

    def _parts(self, word: str) -> tuple[list[str], list[int]]:
        parts = self._word_parts.get(word)
        if parts is None:
            tokens = _WORD.findall(word)
            parts = (tokens, [j for j in map(self.word_vocab.get, tokens) if j is not None] + self._char_ids(word))
            if len(self._word_parts) > 200_000:
                self._word_parts.clear()
            self._word_parts[word] = parts
        return parts

    def _ids(self, text: str) -> list[int]:
        """The feature columns of a folded text, once per occurrence, in no set order (word
        tokens never cross whitespace, so each word's unigrams and character n-grams are
        looked up once per process)."""
        tokens: list[str] = []
        ids: list[int] = []
        for word in text.split():
            word_tokens, word_ids = self._parts(word)
            tokens += word_tokens
            ids += word_ids
        vocab = self.word_vocab
        ids += [j for j in (vocab.get(f"{a} {b}") for a, b in zip(tokens, tokens[1:], strict=False))
                if j is not None]
        return ids

    def _rows(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The non-zero features of folded texts as (row, column, value) arrays sorted by row
        then column: sublinear TF-IDF, each block (words, characters) of a row L2-normalised.
        All texts are weighted at once, a document's sentences in one pass."""
        flat: list[int] = []
        sizes: list[int] = []
        for text in texts:
            ids = self._ids(text)
            flat += ids
            sizes.append(len(ids))
        width = len(self.word_vocab) + len(self.char_vocab)
        keys = np.array(flat, dtype=np.int64)
        keys += np.repeat(np.arange(len(texts), dtype=np.int64), sizes) * width
        keys, counts = np.unique(keys, return_counts=True)
        rows, cols = np.divmod(keys, width)
        _, idf = self._weights()
        values = (1.0 + np.log(counts)) * idf[cols]
        block = rows * 2 + (cols >= len(self.word_vocab))
        norms = np.sqrt(np.bincount(block, weights=values * values, minlength=2 * len(texts)))
        return rows, cols, values / norms[block]

    def _row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Feature columns of one folded text and their values, as :meth:`_rows` gives them
        (fewer array operations: a one-sentence document is the common case)."""
        ids = self._ids(text)
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        _, idf = self._weights()
        cols, counts = np.unique(np.array(ids, dtype=np.int64), return_counts=True)
        values = (1.0 + np.log(counts)) * idf[cols]
        cut = int(np.searchsorted(cols, len(self.word_vocab)))
        for block in (values[:cut], values[cut:]):
            norm = math.sqrt(float(block @ block))
            if norm:
                block /= norm
        return cols, values

    def features(self, texts: list[str]) -> Any:
        """The TF-IDF rows of folded texts as a CSR matrix."""
        from scipy.sparse import csr_matrix

        rows, cols, values = self._rows(texts)
        indptr = np.searchsorted(rows, np.arange(len(texts) + 1))
        return csr_matrix((values, cols, indptr), shape=(len(texts), len(self.word_vocab) + len(self.char_vocab)))

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """(sentences, types) probabilities; ``texts`` are folded sentences."""
        weights, _ = self._weights()
        if len(texts) == 1:
            cols, values = self._row(texts[0])
            return 1.0 / (1.0 + np.exp(-(self.intercept + values @ weights[cols])))[None, :]
        scores = np.tile(self.intercept, (len(texts), 1))
        rows, cols, values = self._rows(texts)
        if len(rows):
            starts = np.flatnonzero(np.diff(rows, prepend=-1))
            scores[rows[starts]] += np.add.reduceat(values[:, None] * weights[cols], starts, axis=0)
        return 1.0 / (1.0 + np.exp(-scores))

    def types_of(self, text: str, threshold: float | None = None) -> set[str]:
        """The types whose probability reaches the threshold for one (raw) sentence."""
        limit = self.threshold if threshold is None else threshold
        probs = self.probabilities([fold(text)])[0]
        return {t for t, p in zip(self.types, probs, strict=True) if p >= limit}

    def _word_shares(self, text: str, event_type: str) -> tuple[list[tuple[int, int]], np.ndarray, np.ndarray]:
        """The whitespace-separated words of a folded sentence, each one's share of
        ``event_type``'s score (the shares add up to the score less the intercept), and
        whether each is a common word.

        Each feature's weight times its TF-IDF value is shared out among its occurrences and
        the words they cover (a bigram half to each word).  A word is common when every token
        of it is in more than one training sentence in 50 ("the", "said", "في").
        """
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        score = np.zeros(len(words))
        common = np.ones(len(words), dtype=bool)
        if not words:
            return words, score, common
        weights, _ = self._weights()
        column = weights[:, self.types.index(event_type)]
        cols, values = self._row(text)
        part = dict(zip(cols.tolist(), (values * column[cols]).tolist(), strict=True))
        count = Counter(self._ids(text))
        starts = [s for s, _ in words]
        for k, (s, e) in enumerate(words):
            score[k] += sum(part[j] / count[j] for j in self._char_ids(text[s:e]))
        vocab = self.word_vocab
        tokens = [(m.group(), bisect_right(starts, m.start()) - 1) for m in _WORD.finditer(text)]
        for t, k in tokens:
            j = vocab.get(t)
            if j is not None:
                score[k] += part[j] / count[j]
            common[k] &= j is not None and self.word_idf[j] < COMMON_IDF
        for (a, k), (b, m) in zip(tokens, tokens[1:], strict=False):
            j = vocab.get(f"{a} {b}")
            if j is not None:
                score[k] += part[j] / count[j] / 2
                score[m] += part[j] / count[j] / 2
        return words, score, common

    def probability_without(self, text: str, event_type: str, exclude: list[tuple[int, int]]) -> float:
        """``event_type``'s probability for a folded sentence from its words outside the
        ``exclude`` spans alone (their shares of the score dropped)."""
        words, score, _ = self._word_shares(text, event_type)
        kept = [k for k, (ws, we) in enumerate(words) if not any(s < we and ws < e for s, e in exclude)]
        logit = self.intercept[self.types.index(event_type)] + float(score[kept].sum())
        return 1.0 / (1.0 + math.exp(-logit))

    def trigger_span(self, text: str, event_type: str,
                     exclude: list[tuple[int, int]] = ()) -> tuple[int, int] | None:
        """The word of a folded sentence that adds most to ``event_type``'s score.

        Not candidates: words inside ``exclude`` spans (the parties, names), words of fewer
        than three letters, and common words, which only carry the weight of their
        neighbours' bigrams.  Offsets are relative to ``text``; None when no word is left
        that adds to the score.
        """
        words, score, common = self._word_shares(text, event_type)
        for k, (ws, we) in enumerate(words):
            if common[k] or sum(c.isalpha() for c in text[ws:we]) < 3 \
                    or any(s < we and ws < e for s, e in exclude):
                score[k] = -np.inf
        if not words:
            return None
        best = int(np.argmax(score))
        if not np.isfinite(score[best]) or score[best] <= 0:
            return None
        s, e = words[best]
        while e > s and not text[e - 1].isalnum():
            e -= 1
        while s < e and not text[s].isalnum():
            s += 1
        return (s, e) if e > s else None


def word_char_grams(word: str) -> list[str]:
    """The character n-grams of one word (no spaces in it), as :func:`char_features` gives."""
    w = f" {word} "
    size = len(w)
    out: list[str] = []
    for n in range(_CHAR_RANGE[0], _CHAR_RANGE[1] + 1):
        if size <= n:
            out.append(w)
            break
        out += [w[i:i + n] for i in range(size - n + 1)]
    return out


def _decode_vocab(blob: np.ndarray) -> dict[str, int]:
    text = bytes(blob.tobytes()).decode("utf-8")
    return {f: i for i, f in enumerate(text.split(_SEP))} if text else {}


def _encode_vocab(features: list[str]) -> np.ndarray:
    return np.frombuffer(_SEP.join(features).encode("utf-8"), dtype=np.uint8)


def read_model(path: Path | None = None) -> SentenceClassifier:
    """The model in ``path`` (default: the committed one).  A missing file raises OSError;
    a file that is not such a model (empty, truncated, another archive) raises ValueError
    naming it."""
    if path is None:
        raw = resources.files("wirewatch.events").joinpath("data", MODEL_FILE).read_bytes()
        source: Any = io.BytesIO(raw)
    else:
        source = path
    try:
        with np.load(source, allow_pickle=False) as z:
            meta = json.loads(bytes(z["meta"].tobytes()).decode("utf-8"))
            return SentenceClassifier(
                types=tuple(meta["types"]),
                word_vocab=_decode_vocab(z["word_vocab"]), word_idf=z["word_idf"].astype(np.float64),
                char_vocab=_decode_vocab(z["char_vocab"]), char_idf=z["char_idf"].astype(np.float64),
                coef=z["coef"].astype(np.float32), intercept=z["intercept"].astype(np.float64),
                threshold=float(meta.get("threshold", DEFAULT_THRESHOLD)), meta=meta,
            )
    except (EOFError, zipfile.BadZipFile, KeyError, ValueError, AttributeError) as error:
        raise ValueError(f"{path or MODEL_FILE}: not a sentence classifier model ({error})") from error


@cache
def load_classifier() -> SentenceClassifier | None:
    """The committed model, read once per process; None when it is missing or switched off
    (environment variable ``WIREWATCH_EVENT_CLASSIFIER=off``: the lexicons alone)."""
    if os.environ.get("WIREWATCH_EVENT_CLASSIFIER", "").lower() in ("off", "0", "no", "false"):
        return None
    try:
        return read_model()
    except (OSError, ValueError) as error:
        _LOG.warning("event sentence classifier not read, coding with the lexicons alone (%s); "
                     "retrain it with %s", error, TRAIN_COMMAND)
        return None


# --------------------------------------------------------------------------- use in the coder

_NO_PATTERN = re.compile(r"(?!)")
# a verb form: where a word that is not one is taken, roles are read as for an event noun
_VERB_FORM = {
    "en": re.compile(r"\w+(?:ed|s)$"),
    "fr": re.compile(r"\w+(?:é|ée|és|ées|it|ait|aient|ent|ont|a)$"),
    "ar": re.compile(r"^(?!ال)\w+$"),
}


def candidate_types(model: SentenceClassifier, folded: str, spans: list[tuple[int, int]],
                    found: list[set[str]], threshold: float | None = None) -> dict[int, list[str]]:
    """Per sentence index, the types the model gives at least ``threshold`` that no lexicon
    trigger of the sentence has (``found``), most probable first.  All sentences of a
    document are scored in one matrix product."""
    limit = model.threshold if threshold is None else threshold
    probs = model.probabilities([folded[s:e] for s, e in spans])
    out: dict[int, list[str]] = {}
    for i, row in enumerate(probs):
        best = np.flatnonzero(row >= limit)
        if len(best):
            wanted = [model.types[k] for k in best[np.argsort(-row[best])] if model.types[k] not in found[i]]
            if wanted:
                out[i] = wanted
    return out


# the probability of its type that the words of a sentence outside its parties and names
# must give on their own for the coder to add an event there: the wording must make the
# type more likely than not (the model's threshold itself asks too much of short sentences,
# whose names carry much of their features)
WORDING_FLOOR = 0.5
# words that tell who someone is or how a thing is known, not what was done ("accusés
# d'espionnage", "the accused told the court", ", ont rapporté les médias"): where one is the
# word adding most to a type, the sentence holds no event of that type the lexicons missed
_LABEL_OR_SOURCE = {
    "en": re.compile(r"accused|defendants?|reported(?:ly)?|reports?|according|media|agency|newspapers?|sources?"),
    "fr": re.compile(r"accusé(?:e|s|es)?|prévenus?|rapport(?:é|e|ent|ait)|selon|médias|agence|journal|sources?"),
    "ar": re.compile(r"(?:و|ف|ب|ل)?(?:ال)?(?:متهم\w*|ذكرت?|افادت?|وفقا|حسب|وسائل|اعلام|وكاله|مصادر)"),
}


def capitalised_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the words of a sentence [start, end) of a raw text that start with a capital
    letter, but for its first word: names and titles the entity stage missed ("ambassador
    Gilad Erdan", "US President"), never the word an event is told with."""
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", text[start:end]))
    return [(start + m.start(), start + m.end()) for m in words[1:] if m.group()[0].isupper()]


def classifier_match(model: SentenceClassifier, folded: str, start: int, end: int, event_type: str,
                     parties: list[tuple[int, int]], lang: str, text: str | None = None,
                     floor: float = WORDING_FLOOR) -> TriggerMatch | None:
    """A trigger of ``event_type`` on the word of the sentence [start, end) that adds most to
    the type's score, outside the spans of ``parties`` (parties and names) and, given the
    raw ``text``, outside its capitalised words.  None when the type's probability from the
    other words alone is below ``floor`` ("Rapid Support Forces withdrew" is no attack
    however often the name is in attack sentences), when no word is left that adds to it,
    or when that word is a label or a source ("the accused", "selon les médias")."""
    exclude = list(parties) + (capitalised_words(text, start, end) if text is not None else [])
    exclude = [(s - start, e - start) for s, e in exclude]
    if model.probability_without(folded[start:end], event_type, exclude) < floor:
        return None
    span = model.trigger_span(folded[start:end], event_type, exclude)
    if span is None:
        return None
    s, e = start + span[0], start + span[1]
    if _LABEL_OR_SOURCE.get(lang, _LABEL_OR_SOURCE["en"]).fullmatch(folded[s:e]):
        return None
    verb = bool(_VERB_FORM.get(lang, _VERB_FORM["en"]).match(folded[s:e]))
    rule = TriggerRule(event_type=event_type, mode=None, context=(), pattern=_NO_PATTERN,
                       source="classifier", verb=verb)
    return TriggerMatch(rule, s, e, None)


# --------------------------------------------------------------------------- training data

def training_files(root: Path = _DATA) -> list[tuple[Path, bool]]:
    """(file, even half only) of every set the model is trained on, in a fixed order."""
    files = [(p, False) for p in sorted((root / "tuning").glob("*.jsonl"))]
    files += [(p, False) for p in sorted((root / "modality").glob("*.jsonl"))]
    files += [(p, False) for p in sorted(root.glob("examples_*.jsonl"))]
    files += [(p, True) for p in sorted((root / "corpus").glob("*.jsonl"))]
    return files


def training_items(root: Path = _DATA) -> list[dict[str, Any]]:
    from wirewatch.evaluate.run import read_gold

    items: list[dict[str, Any]] = []
    for path, even in training_files(root):
        got = read_gold(path)[0]
        items += got[0::2] if even else got
    return items


def data_hash(items: list[dict[str, Any]]) -> str:
    """A digest of the training items (text and events), whatever their file layout."""
    digest = hashlib.sha256()
    for item in items:
        digest.update(json.dumps(item, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def sentence_labels(item: dict[str, Any]) -> list[tuple[int, int, set[str], set[str]]]:
    """Each sentence of a gold item: its span, its gold types, and the types to ignore
    (optional events and alternative types)."""
    from wirewatch.language.sentences import split_sentences
    from wirewatch.records import Segment

    text = item["text"]
    spans = [(s.start, s.end) for s in split_sentences(text, [Segment(0, len(text), item.get("lang") or "und")])]
    types: list[set[str]] = [set() for _ in spans]
    optional: list[set[str]] = [set() for _ in spans]
    for event in item.get("events") or []:
        at = text.find(event.get("evidence") or "\0")
        if at < 0:
            continue
        for i, (start, end) in enumerate(spans):
            if start <= at < end:
                (optional if event.get("optional") else types)[i].add(event["event_type"])
                optional[i].update(event.get("alt_types") or [])
    return [(start, end, types[i], optional[i] - types[i]) for i, (start, end) in enumerate(spans)]


def labelled(items: list[dict[str, Any]]) -> tuple[list[str], list[set[str]], list[set[str]]]:
    """Folded sentences of gold items, their gold types, and the types to ignore."""
    texts: list[str] = []
    gold: list[set[str]] = []
    ignore: list[set[str]] = []
    for item in items:
        folded = fold(item["text"])
        for start, end, types, skip in sentence_labels(item):
            texts.append(folded[start:end])
            gold.append(types)
            ignore.append(skip)
    return texts, gold, ignore


# --------------------------------------------------------------------------- training

# every feature seen in at least two sentences; past these sizes only the ones with the
# largest weight for some type are kept (after a first fit), so that the model stays small
KEEP_WORD = 30000
KEEP_CHAR = 80000
# weak regularisation: by two folds on the corpus's even half, the average precision of the
# (sentence, type) probabilities is 0.686 with C = 1, 0.705 with 4, 0.715 with 16, 0.720 with 64
C = 64.0


def _fit_vocab(texts: list[str], analyse: Any, min_df: int = 2) -> tuple[list[str], np.ndarray]:
    df: Counter[str] = Counter()
    for text in texts:
        df.update({f for f, _, _ in analyse(text)})
    features = sorted(f for f, c in df.items() if c >= min_df)
    n = len(texts)
    idf = np.array([math.log((1 + n) / (1 + df[f])) + 1.0 for f in features])
    return features, idf


def _fit_weights(x: Any, gold: list[set[str]], ignore: list[set[str]],
                 types: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    coef = np.zeros((len(types), x.shape[1]))
    intercept = np.full(len(types), -10.0)
    for k, event_type in enumerate(types):
        y = np.array([event_type in g for g in gold])
        weight = np.array([0.0 if event_type in skip else 1.0 for skip in ignore])
        if y.sum() < 3:
            continue
        model = LogisticRegression(max_iter=3000, C=C, class_weight="balanced", solver="liblinear",
                                   random_state=0)
        model.fit(x, y, sample_weight=weight)
        coef[k], intercept[k] = model.coef_[0], model.intercept_[0]
    return coef, intercept


def fit(texts: list[str], gold: list[set[str]], ignore: list[set[str]],
        keep_word: int = KEEP_WORD, keep_char: int = KEEP_CHAR,
        threshold: float = DEFAULT_THRESHOLD, meta: dict[str, Any] | None = None) -> SentenceClassifier:
    """Train on folded sentences (past the size limits: fit, keep the strongest features, fit again)."""
    words, word_idf = _fit_vocab(texts, word_features)
    chars, char_idf = _fit_vocab(texts, char_features)

    def build(words: list[str], word_idf: np.ndarray, chars: list[str], char_idf: np.ndarray) -> SentenceClassifier:
        model = SentenceClassifier(TYPES, {f: i for i, f in enumerate(words)}, word_idf,
                                   {f: i for i, f in enumerate(chars)}, char_idf,
                                   np.zeros((len(TYPES), len(words) + len(chars)), dtype=np.float32),
                                   np.zeros(len(TYPES)), threshold, dict(meta or {}))
        coef, intercept = _fit_weights(model.features(texts), gold, ignore, TYPES)
        model.coef, model.intercept = coef.astype(np.float32), intercept
        return model

    first = build(words, word_idf, chars, char_idf)
    if len(words) <= keep_word and len(chars) <= keep_char:
        return first
    strength = np.abs(first.coef).max(axis=0)
    nw = len(words)
    keep_w = sorted(np.argsort(-strength[:nw])[:keep_word].tolist())
    keep_c = sorted((np.argsort(-strength[nw:])[:keep_char]).tolist())
    return build([words[i] for i in keep_w], word_idf[keep_w], [chars[i] for i in keep_c], char_idf[keep_c])


def write_model(model: SentenceClassifier, path: Path) -> None:
    words = sorted(model.word_vocab, key=model.word_vocab.__getitem__)
    chars = sorted(model.char_vocab, key=model.char_vocab.__getitem__)
    meta = dict(model.meta, types=list(model.types), threshold=model.threshold, format=FORMAT_VERSION)
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer,
        meta=np.frombuffer(json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8"), dtype=np.uint8),
        word_vocab=_encode_vocab(words), word_idf=model.word_idf.astype(np.float32),
        char_vocab=_encode_vocab(chars), char_idf=model.char_idf.astype(np.float32),
        coef=model.coef.astype(np.float16), intercept=model.intercept.astype(np.float32),
    )
    path.write_bytes(buffer.getvalue())


def train(root: Path = _DATA, out: Path | None = None, threshold: float = DEFAULT_THRESHOLD) -> SentenceClassifier:
    items = training_items(root)
    texts, gold, ignore = labelled(items)
    meta = {"data_sha256": data_hash(items), "items": len(items), "sentences": len(texts),
            "command": TRAIN_COMMAND, "C": C, "mode": DEFAULT_MODE}
    model = fit(texts, gold, ignore, threshold=threshold, meta=meta)
    package = Path(__file__).resolve().parent / "data"
    out = out or package / MODEL_FILE
    write_model(model, out)
    if out.resolve() == (package / MODEL_FILE).resolve():
        record_hash(package / "SOURCES.md", meta["data_sha256"])
    return read_model(out)


_SOURCES = Path(__file__).resolve().parent / "data" / "SOURCES.md"


def record_hash(sources: Path, digest: str, label: str = "training data hash") -> None:
    """Write a model's training data hash into its line of SOURCES.md (``| label | `hash` |``)."""
    line = re.compile(rf"^(\| {re.escape(label)} \| `)[0-9a-fHASH]*(`)", re.M)
    text = sources.read_text("utf-8")
    sources.write_text(line.sub(lambda m: f"{m.group(1)}{digest}{m.group(2)}", text, count=1), "utf-8")


def recorded_hash(sources: Path | None = None, label: str = "training data hash") -> str | None:
    """The training data hash SOURCES.md records on a model's line."""
    path = sources or _SOURCES
    m = re.search(rf"^\| {re.escape(label)} \| `([0-9a-f]{{64}})`", path.read_text("utf-8"), re.M)
    return m.group(1) if m else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wirewatch.events.classifier", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", action="store_true", help="train on the committed sets and write the model")
    parser.add_argument("--check", action="store_true", help="tell whether the model matches the committed sets")
    parser.add_argument("--threshold", type=float, default=None, help="probability threshold stored with the model")
    parser.add_argument("--out", type=Path, default=None, help="where to write the model (default: the package data)")
    args = parser.parse_args(argv)
    if args.train:
        started = time.perf_counter()
        current = load_classifier()
        threshold = args.threshold if args.threshold is not None else (current.threshold if current else DEFAULT_THRESHOLD)
        model = train(out=args.out, threshold=threshold)
        print(f"trained on {model.meta['items']} items, {model.meta['sentences']} sentences; "
              f"{len(model.word_vocab)} word and {len(model.char_vocab)} character features; "
              f"threshold {model.threshold}; data sha256 {model.meta['data_sha256']}; "
              f"{time.perf_counter() - started:.1f} s")
        return 0
    if args.check:
        model = load_classifier()
        wanted = data_hash(training_items())
        if model is None or model.meta.get("data_sha256") != wanted:
            print(f"the model is stale: retrain with {TRAIN_COMMAND}")
            return 1
        if recorded_hash() != wanted:
            print(f"data/SOURCES.md does not record the model's training data hash: retrain with {TRAIN_COMMAND}")
            return 1
        print("the model matches the committed training sets")
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
