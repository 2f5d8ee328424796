"""Would a learned sentence classifier find event types better than the lexicons?

Usage: python bench/sentence_classifier.py

Trains one-vs-rest logistic regressions (event type present in a sentence or not) on
every set written for the project except the corpus's odd half (tuning, modality and
example sets, corpus even half) and scores them on the odd half's sentences, with two
feature sets: word and character n-gram TF-IDF, and the multilingual Universal Sentence
Encoder vectors the story clusterer uses.  The rule-based coder is scored the same way
(its events mapped to the sentences holding their evidence) for comparison.  Scores are
micro P / R / F1 over (sentence, type) pairs; optional gold events count neither way.

    python bench/sentence_classifier.py --committed
        scores the model the coder uses (``wirewatch.events.classifier``, committed in the
        package) the same way on the odd half, alone, at its threshold; the coder with and
        without it: ``bench/events_eval.py`` (``WIREWATCH_EVENT_CLASSIFIER=off`` for the
        lexicons alone).
    python bench/sentence_classifier.py --tune [--folds=N]
        picks the coder's threshold and mode without the held-out half: the corpus's even
        half is cut into N folds (default 2); for each, a model is trained on every training
        set but that fold, and the coder (the whole pipeline's events stage, with the
        classifier hook) is scored on the fold for each threshold and mode, overall and per
        language.  It also scores a precision veto the coder does not apply: the events
        at the model's threshold less the lexicon events whose type the fold's model gives
        a probability below a floor in their sentence (all of them, or only the ones that
        are neither negated nor modal, or only in sentences of more than 12 words).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_union
from sklearn.preprocessing import normalize

from wirewatch.evaluate.run import predict, read_gold
from wirewatch.events.classifier import TYPES, sentence_labels
from wirewatch.pipeline import Pipeline
from wirewatch.stories.embedding import SentenceEmbedder, embeddings_available

DATA = Path(__file__).resolve().parents[1] / "data" / "events"


def labelled(items: list[dict]) -> tuple[list[str], list[set[str]], list[set[str]], list[tuple[str, int, int]]]:
    """Sentences as written, their gold types, the types to ignore, and their keys."""
    texts, gold, ignore, keys = [], [], [], []
    for item in items:
        for start, end, types, skip in sentence_labels(item):
            texts.append(item["text"][start:end])
            gold.append(types)
            ignore.append(skip)
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


def committed() -> int:
    """The committed model alone on the odd half's sentences."""
    from wirewatch.events import classifier as learned

    model = learned.load_classifier()
    if model is None:
        print("no committed model: train it with " + learned.TRAIN_COMMAND)
        return 1
    test_items: list[dict] = []
    for lang in ("en", "fr", "ar"):
        test_items += read_gold(DATA / "corpus" / f"{lang}.jsonl")[0][1::2]
    texts, gold, ignore = learned.labelled(test_items)
    probs = model.probabilities(texts)
    alone = [{t for t, p in zip(model.types, row, strict=True) if p >= model.threshold} for row in probs]
    print(f"committed model (threshold {model.threshold}, mode {model.meta.get('mode', 'type')}), "
          f"odd half, {len(texts)} sentences: alone {score(alone, gold, ignore)}")
    return 0


def tune(folds: int) -> int:
    """Threshold and mode of the coder's classifier hook, chosen on the even half by folds."""
    import copy

    from wirewatch.evaluate.run import article_of
    from wirewatch.evaluate.score import score_items
    from wirewatch.events import classifier as learned
    from wirewatch.pipeline import DEFAULT_STAGES, get_stage

    even: list[dict] = []
    for lang in ("en", "fr", "ar"):
        even += read_gold(DATA / "corpus" / f"{lang}.jsonl")[0][0::2]
    even_ids = {str(i["id"]) for i in even}
    rest = [i for i in learned.training_items(DATA) if str(i["id"]) not in even_ids]
    before = [s for s in DEFAULT_STAGES if s != "events"]
    docs = list(Pipeline(before).pipe(article_of(i) for i in even))
    stage = get_stage("events")
    thresholds = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
    settings = [(None, None)] + [(m, t) for m in ("type", "empty") for t in thresholds]
    predictions: dict[tuple, dict] = {k: {} for k in settings}
    # per event of the coder at the committed threshold: the probability of its type in its
    # sentence and the sentence's length in words, for the veto rows
    scored: dict[str, list[tuple]] = {}
    loader = learned.load_classifier
    try:
        for f in range(folds):
            held = {str(i["id"]) for i in even[f::folds]}
            train = rest + [i for i in even if str(i["id"]) not in held]
            texts, gold, ignore = learned.labelled(train)
            model = learned.fit(texts, gold, ignore)
            for mode, threshold in settings:
                learned.load_classifier = (lambda m=model: m) if mode else (lambda: None)
                model.threshold, model.meta["mode"] = threshold or 1.0, mode
                fold_docs = [copy.deepcopy(d) for d in docs if d.article.id in held]
                for doc in stage(fold_docs):
                    if any(e.startswith("events:") for e in doc.errors):
                        print(doc.errors[-1], file=sys.stderr)
                    predictions[(mode, threshold)][doc.article.id] = doc.events
                    if (mode, threshold) == ("type", learned.DEFAULT_THRESHOLD):
                        scored[doc.article.id] = _event_probabilities(model, doc)
            print(f"fold {f + 1}/{folds}: trained on {len(train)} items", file=sys.stderr)
    finally:
        learned.load_classifier = loader
    def row(name: str, threshold: Any, events: dict) -> None:
        report = score_items(even, events).to_dict()
        o, roles, langs = report["overall"], report["roles"], report["by_lang"]
        print(f"{name:14} {threshold:9}   {o['precision']:.3f}  {o['recall']:.3f}  {o['f1']:.3f}  "
              + "  ".join(f"{langs[lang]['f1']:.3f}" for lang in ("en", "fr", "ar"))
              + f"  {roles['actor']['accuracy']:.3f}  {roles['recipient']['accuracy']:.3f}")

    print("mode           threshold   P      R      F1     en F1  fr F1  ar F1  actor  recipient")
    for key in settings:
        row(key[0] or "rules", key[1] or "-", predictions[key])
    vetoes = {"veto": lambda e, n: True, "veto plain": lambda e, n: not e.negated and e.aux is None,
              "veto long": lambda e, n: n > 12}
    for name, applies in vetoes.items():
        for floor in (0.001, 0.003, 0.01, 0.03, 0.1):
            kept = {doc_id: [e for e, p, n in rows if e.rule.startswith("classifier:") or p >= floor
                             or not applies(e, n)] for doc_id, rows in scored.items()}
            row(name, f"< {floor}", kept)
    return 0


def _event_probabilities(model: Any, doc: Any) -> list[tuple]:
    """(event, the model's probability of its type in its sentence, the sentence's words)."""
    from wirewatch.events.sentences import document_sentences
    from wirewatch.events.textnorm import fold

    sentences = document_sentences(doc)
    folded = fold(doc.text or "")
    texts = [folded[s.start:s.end] for s in sentences]
    probs = model.probabilities(texts)
    out = []
    for event in doc.events:
        index = event.evidence[0].sentence if event.evidence else None
        if index is None or index >= len(texts):
            out.append((event, 1.0, 0))
        else:
            out.append((event, float(probs[index][model.types.index(event.event_type)]), len(texts[index].split())))
    return out


def main() -> int:
    if "--committed" in sys.argv:
        return committed()
    if "--tune" in sys.argv:
        folds = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--folds=")), 2)
        return tune(folds)
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
