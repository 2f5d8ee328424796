"""Would a learned sentence classifier find event types better than the lexicons?

Usage: python bench/sentence_classifier.py

Trains one-vs-rest logistic regressions (event type present in a sentence or not) on
every set written for the project except the corpus's odd half (tuning, modality and
example sets, corpus even half) and scores them on the odd half's sentences, with two
feature sets: word and character n-gram TF-IDF, and the multilingual Universal Sentence
Encoder vectors the story clusterer uses.  The rule-based coder is scored the same way
(its events mapped to the sentences holding their evidence) for comparison.  Scores are
micro P / R / F1 over (sentence, type) pairs; optional gold events count neither way.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_union
from sklearn.preprocessing import normalize

from wirewatch.evaluate.run import predict, read_gold
from wirewatch.language.sentences import split_sentences
from wirewatch.pipeline import Pipeline
from wirewatch.records import Segment
from wirewatch.stories.embedding import SentenceEmbedder, embeddings_available

DATA = Path(__file__).resolve().parents[1] / "data" / "events"
TYPES = ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
         "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"]


def sentences_of(item: dict) -> list[tuple[int, int]]:
    text = item["text"]
    return [(s.start, s.end) for s in split_sentences(text, [Segment(0, len(text), item["lang"])])]


def labelled(items: list[dict]) -> tuple[list[str], list[set[str]], list[set[str]], list[tuple[str, int, int]]]:
    """Sentences, their gold types, the types to ignore (optional events), and their keys."""
    texts, gold, ignore, keys = [], [], [], []
    for item in items:
        text = item["text"]
        spans = sentences_of(item)
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
        for i, (start, end) in enumerate(spans):
            texts.append(text[start:end])
            gold.append(types[i])
            ignore.append(optional[i] - types[i])
            keys.append((str(item["id"]), start, end))
    return texts, gold, ignore, keys


def score(pred: list[set[str]], gold: list[set[str]], ignore: list[set[str]]) -> str:
    tp = fp = fn = 0
    for p, g, skip in zip(pred, gold, ignore, strict=True):
        tp += len(p & g)
        fp += len(p - g - skip)
        fn += len(g - p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  (pairs: {tp} right, {fp} false, {fn} missed)"


def probabilities(train_x, train_y: list[set[str]], test_x) -> dict[str, np.ndarray]:
    """Per type, the probability that each test sentence holds an event of that type."""
    out: dict[str, np.ndarray] = {}
    for event_type in TYPES:
        y = np.array([event_type in labels for labels in train_y])
        if y.sum() < 3:
            continue
        model = LogisticRegression(max_iter=2000, C=4.0, class_weight="balanced")
        model.fit(train_x, y)
        out[event_type] = model.predict_proba(test_x)[:, 1]
    return out


def above(probs: dict[str, np.ndarray], threshold: float, count: int) -> list[set[str]]:
    return [{t for t, p in probs.items() if p[i] >= threshold} for i in range(count)]


def report(name: str, probs: dict[str, np.ndarray], rules: list[set[str]], gold: list[set[str]],
           ignore: list[set[str]]) -> None:
    for threshold in (0.5, 0.7, 0.9):
        alone = above(probs, threshold, len(gold))
        union = [a | r for a, r in zip(alone, rules, strict=True)]
        print(f"{name}, p >= {threshold}:  alone {score(alone, gold, ignore)}")
        print(f"{name}, p >= {threshold}:  rules plus classifier {score(union, gold, ignore)}")


def main() -> int:
    train_items: list[dict] = []
    test_items: list[dict] = []
    for lang in ("en", "fr", "ar"):
        corpus, _ = read_gold(DATA / "corpus" / f"{lang}.jsonl")
        train_items += corpus[0::2]
        test_items += corpus[1::2]
        for path in (DATA / "tuning" / f"{lang}.jsonl", DATA / "modality" / f"{lang}.jsonl",
                     DATA / f"examples_{lang}.jsonl"):
            train_items += read_gold(path)[0]
    train_texts, train_gold, _, _ = labelled(train_items)
    test_texts, test_gold, test_ignore, test_keys = labelled(test_items)
    print(f"train: {len(train_items)} items, {len(train_texts)} sentences; "
          f"test (corpus odd half): {len(test_items)} items, {len(test_texts)} sentences")

    predictions = predict(test_items, Pipeline())
    rules: list[set[str]] = [set() for _ in test_keys]
    for i, (item_id, start, end) in enumerate(test_keys):
        for event in predictions.get(item_id, []):
            if event.evidence and start <= event.evidence[0].start < end:
                rules[i].add(event.event_type)
    print(f"rule-based coder (whole pipeline): {score(rules, test_gold, test_ignore)}")

    vectorizer = make_union(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
                            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True))
    tfidf = probabilities(vectorizer.fit_transform(train_texts), train_gold, vectorizer.transform(test_texts))
    report("TF-IDF n-grams", tfidf, rules, test_gold, test_ignore)
    if embeddings_available():
        embedder = SentenceEmbedder(threads=2)
        use = probabilities(normalize(embedder.encode(train_texts)), train_gold, normalize(embedder.encode(test_texts)))
        report("USE multilingual", use, rules, test_gold, test_ignore)
    return 0


if __name__ == "__main__":
    sys.exit(main())
