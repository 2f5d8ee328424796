"""PLOVER conventions of rules.py for refusals stated in the future or the conditional."""

from __future__ import annotations

import pytest

from wirewatch.events.rules import apply_conventions


@pytest.mark.parametrize(("trigger", "aux"), [
    ("n'accepterait aucun", "hypothetical"),
    ("won't accept", "future"),
])
def test_a_refusal_to_accept_stated_in_the_future_is_made_now(trigger, aux):
    assert apply_conventions("REJECT", None, aux, trigger) == ("REJECT", None, None)


def test_a_conditional_rejection_keeps_its_mode():
    assert apply_conventions("REJECT", None, "hypothetical", "reject") == ("REJECT", None, "hypothetical")
