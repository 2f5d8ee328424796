"""The learned check of actor and recipient slots and its use by the coder."""

from __future__ import annotations

import numpy as np
import pytest

from wirewatch.events import role_model, role_training
from wirewatch.events.participants import Participant
from wirewatch.events.roles import Roles
from wirewatch.events.textnorm import fold

from .helpers import codes

pytestmark = pytest.mark.usefixtures("own_dates")


@pytest.fixture(scope="module")
def model() -> role_model.RoleModel:
    got = role_model.load_role_model()
    assert got is not None, f"no role model: train it with {role_model.TRAIN_COMMAND}"
    return got


def test_model_loads_once_with_both_roles(model):
    assert role_model.load_role_model() is model
    assert model.coef.shape == (len(role_model.ROLES), len(model.vocab))
    assert model.intercept.shape == (len(role_model.ROLES),)
    assert set(model.decision) == set(role_model.ROLES)
    assert model.meta["command"] == role_model.TRAIN_COMMAND


def test_model_matches_the_committed_training_sets(model):
    """A change of the training sets without a retrain fails here."""
    from wirewatch.events.classifier import data_hash, training_items

    wanted = data_hash(training_items())
    assert model.meta["data_sha256"] == wanted, \
        f"the role model is stale (its training sets changed): retrain with {role_model.TRAIN_COMMAND}"
    assert role_model.recorded_hash() == wanted, \
        f"SOURCES.md does not record the role model's training data hash: retrain with {role_model.TRAIN_COMMAND}"


def test_the_hash_line_is_its_own(tmp_path):
    sources = tmp_path / "SOURCES.md"
    sources.write_text("| training data hash | `HASH` |\n| role model training data hash | `HASH` |\n", "utf-8")
    role_model.record_hash(sources, "ab" * 32)
    assert role_model.recorded_hash(sources) == "ab" * 32
    assert "| training data hash | `HASH` |" in sources.read_text("utf-8")  # the classifier's line is left alone


def test_training_never_reads_the_held_out_half():
    from wirewatch.evaluate.run import read_gold
    from wirewatch.events.classifier import _DATA

    sets = role_training.training_sets()
    corpus = [item for name, _, item in sets if name == "corpus"]
    odd = {item["id"] for path in sorted((_DATA / "corpus").glob("*.jsonl")) for item in read_gold(path)[0][1::2]}
    assert corpus and not odd & {item["id"] for item in corpus}
    assert {fold for name, fold, _ in sets if name == "corpus"} == {0, 1}
    assert {fold for name, fold, _ in sets if name != "corpus"} == {-1}


def test_a_model_file_round_trips(tmp_path):
    model = role_model.RoleModel({"bias": 0, "side=L": 1}, np.array([[0.5, 1.0], [-0.5, -1.0]]),
                                 np.array([0.1, -0.1]), {"actor": (0.7, 0.2), "recipient": (0.6, 0.1)},
                                 {"command": role_model.TRAIN_COMMAND})
    path = tmp_path / "model.npz"
    role_model.write_model(model, path)
    got = role_model.read_model(path)
    assert got.vocab == model.vocab and got.decision == model.decision
    assert np.allclose(got.probabilities([["bias", "side=L", "unknown"]]),
                       model.probabilities([["bias", "side=L"]]), atol=1e-6)


def test_a_file_that_is_no_model_raises_a_value_error(tmp_path):
    path = tmp_path / "empty.npz"
    path.write_bytes(b"")
    with pytest.raises(ValueError, match="empty.npz"):
        role_model.read_model(path)


def test_switched_off_by_the_environment(monkeypatch):
    monkeypatch.setenv("WIREWATCH_ROLE_MODEL", "off")
    role_model.load_role_model.cache_clear()
    try:
        assert role_model.load_role_model() is None
    finally:
        monkeypatch.delenv("WIREWATCH_ROLE_MODEL")
        role_model.load_role_model.cache_clear()


def test_the_rules_keep_a_slot_unless_another_candidate_is_clearly_better():
    probs = np.array([0.55, 0.9, 0.2])
    assert role_model.decide(probs, {0}, 0.5, 0.5) is None  # 0.9 - 0.55 is below the margin
    assert role_model.decide(probs, {0}, 0.5, 0.3) == 1
    assert role_model.decide(probs, {1}, 0.5, 0.0) is None  # the rules' choice is the best
    assert role_model.decide(probs, set(), 0.95, 0.0) is None  # below the threshold
    assert role_model.decide(probs, set(), 0.5, 0.5) == 1  # an empty slot is filled
    assert role_model.decide(probs, set(), 0.5, 0.0, allowed=[0, 2]) == 0


def _parts(text: str, spans: list[tuple[str, str, str]]) -> list[Participant]:
    out = []
    for surface, kind, code in spans:
        start = text.index(surface)
        out.append(Participant(start, start + len(surface), surface, kind, code=code, sector="GOV"))
    return out


def test_features_read_the_side_the_words_around_and_the_rules_slot():
    text = "Egypt strongly condemned the raid by Israel on Sunday."
    folded = fold(text)
    parts = _parts(text, [("Egypt", "GPE", "EGY"), ("Israel", "GPE", "ISR")])
    start = folded.index("condemned")
    view = role_model.EventView(folded, 0, len(text), start, start + len("condemned"), "en", "ACCUSE", True, "svo",
                                {0}, set())
    first = role_model.candidate_features(parts, 0, view, None)
    second = role_model.candidate_features(parts, 1, view, None)
    assert "side=L" in first and "slot=A" in first and "first=True|L" in first
    assert "side=R" in second and "slot=N" in second and "w1=R|by" in second and "n1=R|on" in second
    assert "rule_actor_code=False|N" in second


def test_revise_records_candidates_while_training_without_changing_roles(monkeypatch):
    monkeypatch.setenv("WIREWATCH_ROLE_MODEL", "off")
    role_model.load_role_model.cache_clear()
    text = "Egypt condemned Israel."
    folded = fold(text)
    parts = _parts(text, [("Egypt", "GPE", "EGY"), ("Israel", "GPE", "ISR")])
    roles = Roles(parts[:1], parts[1:], "svo")
    start = folded.index("condemned")
    try:
        with role_model.recording() as records:
            got = role_model.revise(roles, parts, text, folded, 0, len(text), start, start + 9, "en", "ACCUSE", True)
    finally:
        monkeypatch.delenv("WIREWATCH_ROLE_MODEL")
        role_model.load_role_model.cache_clear()
    assert got is roles
    assert len(records) == 1 and records[0]["actors"] == [0] and records[0]["recipients"] == [1]
    assert len(records[0]["rows"]) == 2


def test_a_confident_model_fills_a_slot_the_rules_left_empty(monkeypatch):
    """A stand-in model sure that the party after the verb is acted on."""
    text = "Egypt condemned Israel in Cairo."
    folded = fold(text)
    parts = _parts(text, [("Egypt", "GPE", "EGY"), ("Israel", "GPE", "ISR"), ("Cairo", "GPE", "EGY")])
    parts[2].is_place = True
    start = folded.index("condemned")
    stand_in = role_model.RoleModel({"side=L": 0, "side=R": 1}, np.array([[6.0, -6.0], [-6.0, 6.0]]),
                                    np.zeros(2), {"actor": (0.5, 0.0), "recipient": (0.5, 0.0)}, {})
    monkeypatch.setattr(role_model, "load_role_model", lambda: stand_in)

    def revised(rules: Roles) -> Roles:
        return role_model.revise(rules, parts, text, folded, 0, len(text), start, start + 9, "en", "ACCUSE", True)

    got = revised(Roles(parts[:1], [], "svo"))
    assert [p.text for p in got.actors] == ["Egypt"] and [p.text for p in got.recipients] == ["Israel"]
    assert got.rule == "svo"
    filled = Roles(parts[:1], parts[2:], "svo")
    assert revised(filled) is filled  # a slot the rules filled is theirs, even with a place
    passive = Roles(parts[:1], [], "passive")
    assert revised(passive) is passive  # an explicit construction is left alone
    joint = Roles(parts[:2], [], "svo")
    assert revised(joint) is joint  # joint actors are paired by the coder
    unsure = role_model.RoleModel(stand_in.vocab, stand_in.coef, stand_in.intercept,
                                  {"actor": (0.5, 0.0), "recipient": (0.999, 0.0)}, {})
    monkeypatch.setattr(role_model, "load_role_model", lambda: unsure)
    empty = Roles(parts[:1], [], "svo")
    assert revised(empty) is empty


@pytest.fixture
def rules_alone(monkeypatch):
    """Code with the role rules alone for the duration of a test."""
    def switch(off: bool) -> None:
        monkeypatch.setenv("WIREWATCH_ROLE_MODEL", "off" if off else "")
        role_model.load_role_model.cache_clear()
    yield switch
    monkeypatch.delenv("WIREWATCH_ROLE_MODEL", raising=False)
    role_model.load_role_model.cache_clear()


@pytest.mark.parametrize(("text", "mentions", "event_type", "recipient"), [
    # the diplomats threatened with expulsion are the target of the threat
    ("Tehran threatened to expel British diplomats if London did not lift its restrictions.",
     [("Tehran", "GPE", "IRN", None), ("London", "GPE", "GBR", None)], "THREATEN", "GBR"),
    # "fired on and boarded X": X is also the target of the firing
    ("Serbian border guards fired on and boarded two Kosovar fishing boats near the lake on Sunday.",
     [], "ASSAULT", "XKX"),
])
def test_the_model_finds_recipients_the_rules_leave_empty(stage, rules_alone, text, mentions, event_type,
                                                          recipient):
    from .helpers import events_of, make_doc

    rules_alone(True)
    before = events_of(stage, make_doc(text, "en", mentions=mentions), event_type)
    assert before and not before[0].recipient
    rules_alone(False)
    after = events_of(stage, make_doc(text, "en", mentions=mentions), event_type)
    assert after and recipient in codes(after[0].recipient)
