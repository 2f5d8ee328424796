"""Demonym and metonym answers are remembered per knowledge base and never stored with it."""

import pickle

from wirewatch.kb import load_kb


def test_remembered_answers_equal_fresh_ones_and_stay_out_of_the_pickle():
    kb = load_kb(include_user=False)
    first = [kb.demonym("russe", "fr"), kb.demonym("الروسية", "ar"), kb.metonym("Kremlin", "en"),
             kb.metonym("بموسكو", "ar"), kb.metonym("بموسكو", "ar", exact=True), kb.demonym("table", "en")]
    again = [kb.demonym("russe", "fr"), kb.demonym("الروسية", "ar"), kb.metonym("Kremlin", "en"),
             kb.metonym("بموسكو", "ar"), kb.metonym("بموسكو", "ar", exact=True), kb.demonym("table", "en")]
    assert first == again
    assert first[0] == "RUS" and first[1] == "RUS" and first[2] == "RUS"
    assert first[4] is None and first[5] is None
    copy = pickle.loads(pickle.dumps(kb))
    assert "_word_answers" not in copy.__dict__
    assert copy.demonym("russe", "fr") == "RUS"
