"""Synthetic news-like articles for benchmarks (English, French, Arabic, ~700 words each).

Sentences are assembled from small phrase banks written for the project, so every
article is distinct (no duplicate collapses the count) yet reads like a wire report.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

BANK = {
    "en": {
        "who": ["The foreign minister", "A UN envoy", "The defence ministry", "Government officials",
                "The opposition leader", "A senior diplomat", "The president", "Rebel commanders"],
        "did": ["held talks with", "criticised", "called on", "met", "welcomed", "warned",
                "signed an agreement with", "rejected a proposal from"],
        "whom": ["their counterparts in Rabat", "the African Union", "the Security Council",
                 "representatives of the region", "the European Union", "Algerian officials",
                 "the mediators", "the coalition partners"],
        "tail": ["on Monday", "in the capital", "after weeks of tension", "according to a statement",
                 "during a visit", "amid rising concern", "in a phone call", "at the summit"],
    },
    "fr": {
        "who": ["Le ministre des affaires étrangères", "L'émissaire de l'ONU", "Le ministère de la défense",
                "Des responsables gouvernementaux", "Le chef de l'opposition", "Un haut diplomate",
                "Le président", "Les commandants rebelles"],
        "did": ["s'est entretenu avec", "a critiqué", "a appelé", "a rencontré", "a salué", "a averti",
                "a signé un accord avec", "a rejeté une proposition de"],
        "whom": ["ses homologues à Rabat", "l'Union africaine", "le Conseil de sécurité",
                 "des représentants de la région", "l'Union européenne", "des responsables algériens",
                 "les médiateurs", "les partenaires de la coalition"],
        "tail": ["lundi", "dans la capitale", "après des semaines de tension", "selon un communiqué",
                 "lors d'une visite", "sur fond d'inquiétude", "au téléphone", "lors du sommet"],
    },
    "ar": {
        "who": ["وزير الخارجية", "المبعوث الأممي", "وزارة الدفاع", "مسؤولون حكوميون", "زعيم المعارضة",
                "دبلوماسي رفيع", "الرئيس", "قادة المتمردين"],
        "did": ["أجرى مباحثات مع", "انتقد", "دعا", "التقى", "رحب بـ", "حذر", "وقع اتفاقا مع", "رفض مقترحا من"],
        "whom": ["نظراءه في الرباط", "الاتحاد الأفريقي", "مجلس الأمن", "ممثلي المنطقة", "الاتحاد الأوروبي",
                 "مسؤولين جزائريين", "الوسطاء", "شركاء الائتلاف"],
        "tail": ["يوم الاثنين", "في العاصمة", "بعد أسابيع من التوتر", "وفق بيان", "خلال زيارة",
                 "وسط قلق متزايد", "في اتصال هاتفي", "خلال القمة"],
    },
}


def article(index: int, lang: str, words: int = 700, seed: int = 0) -> dict:
    rng = random.Random(seed * 1_000_003 + index)
    bank = BANK[lang]
    sentences: list[str] = []
    count = 0
    while count < words:
        parts = [rng.choice(bank[k]) for k in ("who", "did", "whom", "tail")]
        number = rng.randint(2, 9999)
        sentence = " ".join(parts) + f" ({number})."
        sentences.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    return {
        "id": f"bench-{lang}-{seed}-{index}",
        "lang": lang,
        "pub_date": f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}",
        "source": "Bench Wire",
        "title": sentences[0][:80],
        "text": "\n\n".join(paragraphs),
    }


def articles(n: int, words: int = 700, seed: int = 0) -> Iterator[dict]:
    langs = ("en", "fr", "ar")
    for i in range(n):
        yield article(i, langs[i % 3], words, seed)


DATA = Path(__file__).resolve().parents[1] / "data"


def news_like_articles(n: int, words: int = 700, seed: int = 0) -> Iterator[dict]:
    """Articles of about ``words`` words made of the project's own written reports
    (data/events/corpus and data/stories), so that event density, names and sentence
    shapes are those of news text; each article joins passages of one language."""
    passages: dict[str, list[str]] = {"en": [], "fr": [], "ar": []}
    for path in sorted((DATA / "events" / "corpus").glob("*.jsonl")) + sorted((DATA / "stories").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("lang") in passages:
                passages[record["lang"]].append(record["text"])
    rng = random.Random(seed)
    langs = ("en", "fr", "ar")
    for i in range(n):
        lang = langs[i % 3]
        chosen: list[str] = []
        count = 0
        while count < words:
            text = rng.choice(passages[lang])
            chosen.append(text)
            count += len(text.split())
        yield {
            "id": f"news-{lang}-{seed}-{i}",
            "lang": lang,
            "pub_date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "source": "Bench Wire",
            "title": chosen[0].split(".")[0][:90],
            "text": "\n\n".join(chosen),
        }


def write_news_jsonl(path: Path, n: int, words: int = 700, seed: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for record in news_like_articles(n, words, seed):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def write_jsonl(path: Path, n: int, words: int = 700, seed: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for record in articles(n, words, seed):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("-n", type=int, default=3000)
    parser.add_argument("--words", type=int, default=700)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_jsonl(args.output, args.n, args.words, args.seed)
