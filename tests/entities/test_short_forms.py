"""Later short forms of a person named in full are found and linked to that person."""

from __future__ import annotations

from wirewatch.entities.short_forms import add_short_forms
from wirewatch.records import Article, Document, Mention


def _doc(text: str, lang: str = "en") -> Document:
    return Document(Article(id="a", text=text, lang=lang))


def _person(text: str, whole: str, lang: str = "en") -> Mention:
    start = text.index(whole)
    return Mention(start=start, end=start + len(whole), text=whole, type="PER", lang=lang)


def test_particle_surname_and_bare_surname_after_the_full_name() -> None:
    text = "Staffan de Mistura met Lavrov. Later de Mistura flew home; Mistura said nothing."
    full = _person(text, "Staffan de Mistura")
    found = add_short_forms(_doc(text), [full], lambda offset: 0)
    assert [m.text for m in found] == ["Staffan de Mistura", "de Mistura", "Mistura"]
    assert all(m.type == "PER" for m in found)
    assert found[1].rule == "short-form"
    assert text[found[2].start:found[2].end] == "Mistura"


def test_no_short_form_before_the_full_name_or_inside_other_words() -> None:
    text = "Sisinni spoke first. Then Abdel Fattah al-Sisi arrived; Sisi smiled."
    full = _person(text, "Abdel Fattah al-Sisi")
    found = add_short_forms(_doc(text), [full], lambda offset: None)
    assert [m.text for m in found] == ["Abdel Fattah al-Sisi", "Sisi"]
    assert found[1].start > full.end


def test_arabic_short_form_with_attached_conjunction() -> None:
    text = "التقى ستيفان دي ميستورا الوزير. وقال دي ميستورا إن اللقاء مثمر. وأكد وميستورا ذلك."
    full = _person(text, "ستيفان دي ميستورا", "ar")
    found = add_short_forms(_doc(text, "ar"), [full], lambda offset: 0)
    texts = [m.text for m in found]
    assert texts[:2] == ["ستيفان دي ميستورا", "دي ميستورا"]
    assert "ميستورا" in texts[2:]


def test_a_surname_taken_by_ner_as_an_organisation_becomes_the_person() -> None:
    text = "Staffan de Mistura met Lavrov. Mistura said."
    full = _person(text, "Staffan de Mistura")
    start = text.rindex("Mistura")
    org = Mention(start=start, end=start + 7, text="Mistura", type="ORG", lang="en", rule="ner")
    found = add_short_forms(_doc(text), [full, org], lambda offset: 0)
    assert [(m.text, m.type) for m in found] == [("Staffan de Mistura", "PER"), ("Mistura", "PER")]


def test_single_word_names_and_no_persons_change_nothing() -> None:
    text = "Lula spoke. Lula left."
    only = Mention(start=0, end=4, text="Lula", type="PER")
    assert add_short_forms(_doc(text), [only], lambda offset: 0) == [only]
    assert add_short_forms(_doc(text), [], lambda offset: 0) == []
