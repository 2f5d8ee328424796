"""A learned check of the actor and recipient slots the role rules fill.

For every event the coder codes, each party of its sentence is a candidate.  Two logistic
regressions (is it an actor? a recipient?) score the candidates over cheap string
features: side of the trigger and rank on that side, distance in words, clause breaks,
commas, relative pronouns and quotation marks in between, the words around the
candidate (prepositions: "by", "against", "par", "contre", "مع", "ضد", a clitic "ل" or
"ب"), the party's kind and sector, the event type, the language, the trigger's first
word, and which slot the rules put it in.  No parser is called.

The rules keep every slot they fill.  The model only fills a slot they left empty, with
the most probable party of the sentence when it reaches the role's threshold (stored with
the model and chosen by two folds of the corpus's even half,
``python -m wirewatch.events.role_training --cv``), never with a party of the other slot, a
place, or after a reading the rules made from an explicit construction (passive, host,
"between X and Y").  On held-out folds, replacing what the rules chose did worse than the
rules, and overriding them when confident undid cases written for them.

The model is stored as plain arrays (feature vocabulary as UTF-8 text, coefficients,
intercepts, and a JSON record of the training run) in ``data/role_model.npz``.  It is
trained only on the sets written for wirewatch that are not held out (the sentence
classifier's training items: ``data/events/tuning``, ``data/events/modality``,
``data/events/examples_*`` and the even half of ``data/events/corpus``); each coded
event is matched to a gold event as the scorer matches them, and each candidate is
labelled by the scorer's criteria.  Retrain after any change of those sets, or of the
rules or participants whose output it learns from, with::

    python -m wirewatch.events.role_training --train

(`wirewatch.events.role_training`, which codes the training items and fits).

``WIREWATCH_ROLE_MODEL=off`` turns it off (the rules alone).
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from wirewatch.events import classifier
from wirewatch.events.participants import Participant
from wirewatch.events.roles import fr_parties_before_coordinated_clause

_LOG = logging.getLogger(__name__)
MODEL_FILE = "role_model.npz"
TRAIN_COMMAND = "python -m wirewatch.events.role_training --train"
FORMAT_VERSION = 1
ROLES = ("actor", "recipient")
# an L2 penalty on the weights (the intercepts are free), and the features kept: those seen
# in at least MIN_COUNT candidates
L2 = 8.0
MIN_COUNT = 2
# (threshold, margin) per role; chosen by ``--cv`` and stored with the model (a threshold
# above 1 leaves the slot to the rules)
DEFAULT_DECISION = {"actor": (1.01, 0.0), "recipient": (0.3, 0.0)}
_SEP = "\n"

_WORD = re.compile(r"\w+", re.U)
_RELATIVE = re.compile(r"\b(?:who|which|that|whom|whose|qui|que|qu'|dont|lequel|laquelle)\b|(?:^|\s)(?:الذي|التي|الذين|اللذين|اللتين)(?:\s|$)")
_CONJUNCTION = re.compile(r"\b(?:and|or|et|ou)\b|(?:^|\s)و")
_QUOTES = re.compile(r"[\"«»“”]")


# --------------------------------------------------------------------------- features

@dataclass
class EventView:
    """What the features of one event's candidates are read from."""

    folded: str
    sent_start: int
    sent_end: int
    trig_start: int
    trig_end: int
    lang: str
    event_type: str
    verb: bool
    rule: str
    rule_actors: set[int] = field(default_factory=set)  # candidate indices the rules chose
    rule_recipients: set[int] = field(default_factory=set)


def _bucket(n: int, edges: tuple[int, ...] = (0, 1, 2, 3, 5, 8, 13)) -> str:
    for edge in reversed(edges):
        if n >= edge:
            return str(edge)
    return "0"


def _side(p: Participant, view: EventView) -> str:
    if p.end <= view.trig_start:
        return "L"
    if p.start >= view.trig_end:
        return "R"
    return "I"


def candidate_features(parts: list[Participant], index: int, view: EventView,
                       clause_break: re.Pattern[str] | None) -> list[str]:
    """The string features of ``parts[index]`` as a candidate party of the event ``view``."""
    p = parts[index]
    folded, lang, etype = view.folded, view.lang, view.event_type
    side = _side(p, view)
    if side == "L":
        between = folded[p.end:view.trig_start]
        rank = sum(1 for q in parts if p.end <= q.start and q.end <= view.trig_start)
    elif side == "R":
        between = folded[view.trig_end:p.start]
        rank = sum(1 for q in parts if view.trig_end <= q.start and q.end <= p.start)
    else:
        between, rank = "", 0
    gap_words = len(_WORD.findall(between))
    before = _WORD.findall(folded[max(view.sent_start, p.start - 40):p.start])
    after = _WORD.findall(folded[p.end:min(view.sent_end, p.end + 30)])
    w1 = before[-1] if before else "<s>"
    w2 = f"{before[-2]} {w1}" if len(before) > 1 else f"<s> {w1}"
    n1 = after[0] if after else "</s>"
    # a clitic glued to the candidate: "للولايات", "بإسرائيل"
    glued = ""
    k = p.start
    while k > view.sent_start and not folded[k - 1].isspace() and len(glued) < 3:
        glued = folded[k - 1] + glued
        k -= 1
    slot = "A" if index in view.rule_actors else "R" if index in view.rule_recipients else "N"
    kind = "PRON" if p.pronoun else "PLACE" if p.is_place else p.kind
    sector = p.sector or "-"
    trigger = (folded[view.trig_start:view.trig_end].split() or ["-"])[0]
    quoted = len(_QUOTES.findall(folded[view.sent_start:p.start])) % 2 == 1
    rule_codes = {parts[i].code for i in view.rule_actors if parts[i].code}
    first = not any(q.start < p.start and not q.is_place for q in parts)
    breaks = bool(clause_break.search(between)) if clause_break is not None and between else False
    comma = "," in between or "،" in between
    position = f"{side}{min(rank, 3)}"
    feats = [
        "bias", f"side={side}", f"pos={position}", f"lang|pos={lang}|{position}",
        f"type|pos={etype}|{position}", f"gap={side}{_bucket(gap_words)}",
        f"type|gap={etype}|{side}{_bucket(gap_words)}",
        f"w1={side}|{w1}", f"w2={side}|{w2}", f"n1={side}|{n1}", f"w1type={etype}|{side}|{w1}",
        f"kind={kind}", f"kind|side={kind}|{side}", f"kind|type={kind}|{etype}|{side}",
        f"sector={sector}|{side}", f"sector|type={sector}|{etype}|{side}",
        f"generic={p.generic}|{side}", f"slot={slot}", f"slot|rule={slot}|{view.rule}",
        f"slot|type={slot}|{etype}", f"slot|pos={slot}|{position}", f"slot|lang={slot}|{lang}",
        f"trigger={trigger}|{side}", f"verb={view.verb}|{side}|{lang}",
        f"break={breaks}|{side}", f"comma={comma}|{side}", f"comma|pos={comma}|{position}",
        f"quoted={quoted}", f"first={first}|{side}",
    ]
    nearest = not any(q is not p and not q.is_place and _side(q, view) == side
                      and (p.end <= q.start and q.end <= view.trig_start if side == "L"
                           else view.trig_end <= q.start and q.end <= p.start) for q in parts)
    feats += [f"nearest={nearest}|{side}|{p.is_place}", f"slot|kind={slot}|{kind}", f"slot|w1={slot}|{side}|{w1}",
              f"trigger_last={(folded[view.trig_start:view.trig_end].split() or ['-'])[-1]}|{side}"]
    if view.rule_actors:
        first_actor = min(parts[i].start for i in view.rule_actors)
        feats.append(f"after_rule_actor={p.start > first_actor}|{slot}")
    if glued:
        feats.append(f"glued={glued}|{side}")
    if _RELATIVE.search(between):
        feats.append(f"relative|{side}")
    if _CONJUNCTION.search(between):
        feats.append(f"conj|{side}|{min(rank, 2)}")
    if rule_codes:
        feats.append(f"rule_actor_code={p.code in rule_codes}|{slot}")
    if p.pronoun:
        feats.append(f"pronoun={p.pronoun}|{side}")
    return feats


# --------------------------------------------------------------------------- model

@dataclass
class RoleModel:
    vocab: dict[str, int]
    coef: np.ndarray  # (roles, features)
    intercept: np.ndarray  # (roles,)
    decision: dict[str, tuple[float, float]]
    meta: dict[str, Any]

    def __post_init__(self) -> None:
        self._weights: dict[str, tuple[float, ...]] | None = None

    def probabilities(self, rows: list[list[str]]) -> np.ndarray:
        """(candidates, roles) probabilities of feature rows (a few candidates per event:
        plain Python sums beat array indexing at this size)."""
        if self._weights is None:
            columns = self.coef.T.tolist()
            self._weights = {f: tuple(columns[j]) for f, j in self.vocab.items()}
        weights, zero = self._weights, (0.0, 0.0)
        base_actor, base_recipient = self.intercept.tolist()
        out = np.empty((len(rows), 2))
        for i, row in enumerate(rows):
            actor, recipient = base_actor, base_recipient
            for f in row:
                w = weights.get(f, zero)
                actor += w[0]
                recipient += w[1]
            out[i] = actor, recipient
        return 1.0 / (1.0 + np.exp(-out))


def decide(probs: np.ndarray, chosen: set[int], threshold: float, margin: float,
           allowed: list[int] | None = None) -> int | None:
    """The candidate to put in a slot instead of the rules' ``chosen`` ones, or None to keep
    them: the most probable one when it reaches ``threshold`` and beats the best of the
    rules' choice by ``margin``."""
    pool = list(range(len(probs))) if allowed is None else allowed
    if not pool:
        return None
    best = max(pool, key=lambda i: probs[i])
    if best in chosen or probs[best] < threshold:
        return None
    kept = max((probs[i] for i in chosen), default=0.0)
    return best if probs[best] - kept >= margin else None


def _decode_vocab(blob: np.ndarray) -> dict[str, int]:
    text = bytes(blob.tobytes()).decode("utf-8")
    return {f: i for i, f in enumerate(text.split(_SEP))} if text else {}


def write_model(model: RoleModel, path: Path) -> None:
    features = sorted(model.vocab, key=model.vocab.__getitem__)
    meta = dict(model.meta, decision={r: list(v) for r, v in model.decision.items()}, format=FORMAT_VERSION,
                roles=list(ROLES))
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer,
        meta=np.frombuffer(json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8"), dtype=np.uint8),
        vocab=np.frombuffer(_SEP.join(features).encode("utf-8"), dtype=np.uint8),
        coef=model.coef.astype(np.float32), intercept=model.intercept.astype(np.float32),
    )
    path.write_bytes(buffer.getvalue())


def read_model(path: Path | None = None) -> RoleModel:
    """The model in ``path`` (default: the committed one).  A missing file raises OSError;
    a file that is not such a model raises ValueError naming it."""
    if path is None:
        source: Any = io.BytesIO(resources.files("wirewatch.events").joinpath("data", MODEL_FILE).read_bytes())
    else:
        source = path
    try:
        with np.load(source, allow_pickle=False) as z:
            meta = json.loads(bytes(z["meta"].tobytes()).decode("utf-8"))
            vocab = _decode_vocab(z["vocab"])
            coef = z["coef"].astype(np.float64)
            if coef.shape != (len(ROLES), len(vocab)):
                raise ValueError(f"coefficients of shape {coef.shape} for {len(vocab)} features")
            decision = {r: (float(t), float(m)) for r, (t, m) in meta.get("decision", DEFAULT_DECISION).items()}
            return RoleModel(vocab, coef, z["intercept"].astype(np.float64), decision, meta)
    except (EOFError, zipfile.BadZipFile, KeyError, ValueError, AttributeError, TypeError) as error:
        raise ValueError(f"{path or MODEL_FILE}: not a role model ({error})") from error


def switched_off() -> bool:
    return os.environ.get("WIREWATCH_ROLE_MODEL", "").lower() in ("off", "0", "no", "false")


@cache
def load_role_model() -> RoleModel | None:
    """The committed model, read once per process; None when it is missing or switched off
    (``WIREWATCH_ROLE_MODEL=off``: the rules alone).  ``WIREWATCH_ROLE_MODEL`` may also name
    another model file (one trained by ``--out`` for a held-out comparison)."""
    if switched_off():
        return None
    chosen = os.environ.get("WIREWATCH_ROLE_MODEL", "")
    try:
        return read_model(Path(chosen) if chosen.endswith(".npz") else None)
    except (OSError, ValueError) as error:
        _LOG.warning("role model not read, filling roles with the rules alone (%s); retrain it with %s",
                     error, TRAIN_COMMAND)
        return None


# --------------------------------------------------------------------------- use in the coder

# while training, the candidates of every event coded (see ``recording``)
_RECORDS: list[dict[str, Any]] | None = None


@contextmanager
def recording() -> Iterator[list[dict[str, Any]]]:
    """Collect the candidates and features of every event coded inside the block."""
    global _RECORDS
    _RECORDS = []
    try:
        yield _RECORDS
    finally:
        _RECORDS = None


def _indices(chosen: list[Participant], parts: list[Participant]) -> set[int]:
    spans = {(p.start, p.end) for p in chosen}
    return {i for i, p in enumerate(parts) if (p.start, p.end) in spans}


def revise(roles: Any, parts: list[Participant], text: str, folded: str, sent_start: int, sent_end: int,
           trig_start: int, trig_end: int, lang: str, event_type: str, verb: bool) -> Any:
    """The rules' ``roles`` (a :class:`wirewatch.events.roles.Roles`), with a slot they left
    empty given to the party of the sentence the model is confident of (see :func:`choose`)."""
    model = load_role_model()
    if (model is None and _RECORDS is None) or not parts or roles.rule == "mutual":
        return roles
    from wirewatch.events.roles import _CLAUSE_BREAK, _coordinated

    lang = lang if lang in _CLAUSE_BREAK else "en"
    view = EventView(folded, sent_start, sent_end, trig_start, trig_end, lang, event_type, verb, roles.rule,
                     _indices(roles.actors, parts), _indices(roles.recipients, parts))
    if _RECORDS is None and not any(_may_fill(view, role, model.decision) for role in ROLES):
        return roles  # most events: nothing the model could change, no features computed
    rows = [candidate_features(parts, i, view, _CLAUSE_BREAK.get(lang)) for i in range(len(parts))]
    if _RECORDS is not None:
        _RECORDS.append({"rows": rows, "refs": [p.to_ref() for p in parts],
                         "actors": sorted(view.rule_actors), "recipients": sorted(view.rule_recipients),
                         "groups": [_group(parts, i, text, lang, _coordinated) for i in range(len(parts))]})
    if model is None:
        return roles
    probs = model.probabilities(rows)
    same_party = [[i for i, q in enumerate(parts) if q.key == p.key] for p in parts]
    unavailable = excluded_candidates(rows, parts)
    if lang == "fr":
        # parties of a coordinated predicate or clause after the trigger are not its parties
        after = [p for p in parts if p.start >= trig_end and not p.is_place]
        kept = {(p.start, p.end) for p in fr_parties_before_coordinated_clause(after, folded, trig_end)}
        unavailable = [u or (p.start >= trig_end and not p.is_place and (p.start, p.end) not in kept)
                       for u, p in zip(unavailable, parts, strict=True)]
    actor, recipient = choose(probs, view, model.decision, unavailable, same_party)
    if actor is None and recipient is None:
        return roles
    groups = [[parts[i] for i in _group(parts, k, text, lang, _coordinated)] if k is not None else None
              for k in (actor, recipient)]
    actors = groups[0] or list(roles.actors)
    spans = {(a.start, a.end) for a in actors}
    recipients = [r for r in groups[1] if (r.start, r.end) not in spans] if groups[1] else list(roles.recipients)
    return type(roles)(actors, recipients, roles.rule)


# readings the rules make from an explicit construction ("was attacked by", "received", "between
# X and Y"): the model leaves them alone
_STRUCTURAL_RULES = {"passive", "ar-passive", "host", "receive", "between", "survived", "qualified-attack", "mutual"}


def excluded_candidates(rows: list[list[str]], parts: list[Participant] | None = None) -> list[bool]:
    """Candidates the model may not put in a slot: places, and parties of another clause."""
    return [any(f.startswith("break=True") or f == "kind=PLACE" for f in row)
            or (parts is not None and parts[i].is_place) for i, row in enumerate(rows)]


def _may_fill(view: EventView, role: str, decision: dict[str, tuple[float, float]]) -> bool:
    """Whether the model may fill ``role``'s slot of the event, whatever the candidates."""
    if view.rule in _STRUCTURAL_RULES or decision[role][0] > 1.0:
        return False
    if role == "actor":
        return not view.rule_actors
    # only beside the one actor the rules found: with none, whether there is an event at all is
    # the coder's call; joint actors ("X and Y held talks") are paired by the coder
    return not view.rule_recipients and len(view.rule_actors) == 1


def choose(probs: np.ndarray, view: EventView, decision: dict[str, tuple[float, float]],
           unavailable: list[bool], same_party: list[list[int]]) -> tuple[int | None, int | None]:
    """The candidates (indices) the model puts in the actor and the recipient slot, None
    for a slot it leaves to the rules.  It only fills a slot the rules left empty, with a
    party of the trigger's clause the rules did not put in the other slot (no place), and
    never after a structural reading."""
    if view.rule in _STRUCTURAL_RULES:
        return None, None
    n = len(probs)
    actor = None
    if _may_fill(view, "actor", decision):
        allowed = [i for i in range(n) if not unavailable[i] and i not in view.rule_recipients]
        actor = decide(probs[:, 0], set(), *decision["actor"], allowed)
    recipient = None
    # a place is a recipient only by the coder's own rules (aid sent to, troops withdrawn from)
    if _may_fill(view, "recipient", decision):
        taken = set(view.rule_actors) if actor is None else {actor}
        taken |= {j for i in taken for j in same_party[i]}
        allowed = [i for i in range(n) if i not in taken and not unavailable[i]]
        recipient = decide(probs[:, 1], set(), *decision["recipient"], allowed)
    return actor, recipient


def _group(parts: list[Participant], index: int, text: str, lang: str, coordinated: Any) -> list[int]:
    """``parts[index]`` and the parties coordinated after it ("X and Y")."""
    first = parts[index]
    rest = [p for p in parts[index + 1:] if not p.is_place and p.pronoun is None]
    group = coordinated(first, rest, text, lang)
    spans = {(p.start, p.end) for p in group}
    return [i for i, p in enumerate(parts) if (p.start, p.end) in spans]


# --------------------------------------------------------------------------- recorded hash

_HASH_LABEL = "role model training data hash"


def record_hash(sources: Path, digest: str) -> None:
    """Write the training data hash into the role model's line of SOURCES.md."""
    classifier.record_hash(sources, digest, _HASH_LABEL)


def recorded_hash(sources: Path | None = None) -> str | None:
    """The role model's training data hash SOURCES.md records."""
    return classifier.recorded_hash(sources, _HASH_LABEL)
