from __future__ import annotations

from tests.entities.conftest import find


def test_english_title_before_name(detect):
    ms = detect("Deputy Foreign Minister Sergei Vershinin met reporters in Moscow.")
    person = find(ms, "Sergei Vershinin")
    assert person.type == "PER"
    assert person.role == "Deputy Foreign Minister"


def test_english_title_with_body_and_comma(detect):
    ms = detect("The Moroccan ambassador to the UN, Omar Hilale, rejected the report.")
    person = find(ms, "Omar Hilale")
    assert person.type == "PER"
    assert person.role == "Moroccan ambassador to the UN"
    assert find(ms, "UN").type == "ORG"


def test_english_title_without_name_is_title_mention(detect):
    ms = detect("The Russian foreign minister said talks would resume.")
    title = find(ms, "Russian foreign minister")
    assert title.type == "TITLE"
    assert title.role == "Russian foreign minister"


def test_english_bare_title_without_country_is_not_a_mention(detect):
    ms = detect("The minister said talks would resume.")
    assert not [m for m in ms if m.type == "TITLE"]


def test_english_title_turns_misread_name_into_person(detect):
    ms = detect("UN envoy Staffan de Mistura arrived on Monday.", "en")
    person = find(ms, "Staffan de Mistura")
    assert person.type == "PER"
    assert person.role == "UN envoy"


def test_french_title_after_name_comma(detect):
    ms = detect("Le vice-ministre russe des affaires étrangères, Sergueï Verchinine, a reçu "
                "l'ambassadeur.", "fr")
    person = find(ms, "Sergueï Verchinine")
    assert person.type == "PER"
    assert person.role == "vice-ministre russe des affaires étrangères"


def test_french_title_with_country_and_body(detect):
    ms = detect("L'ambassadeur du Maroc auprès des Nations unies, Omar Hilale, a rejeté le "
                "rapport.", "fr")
    person = find(ms, "Omar Hilale")
    assert person.role == "ambassadeur du Maroc auprès des Nations unies"
    assert find(ms, "Maroc").type in {"GPE", "LOC"}
    assert find(ms, "Nations unies").type == "ORG"


def test_french_title_without_name(detect):
    ms = detect("Le chef de la diplomatie russe s'est exprimé mardi.", "fr")
    title = find(ms, "chef de la diplomatie russe")
    assert title.type == "TITLE"


def test_arabic_title_then_name_not_in_kb(detect):
    ms = detect("التقى وزير الخارجية الروسي سيرغي لافروف نظيره.", "ar")
    person = find(ms, "سيرغي لافروف")
    assert person.type == "PER"
    assert person.role == "وزير الخارجية الروسي"


def test_arabic_deputy_title(detect):
    ms = detect("وقال نائب وزير الخارجية سيرغي فيرشينين إن المحادثات مفيدة.", "ar")
    person = find(ms, "سيرغي فيرشينين")
    assert person.role == "نائب وزير الخارجية"


def test_arabic_name_stops_at_conjunction_and_title(detect):
    ms = detect("أجرى محادثات مع وزير الخارجية الروسي سيرغي لافروف ونائبه سيرغي فيرشينين.",
                "ar")
    assert find(ms, "سيرغي لافروف").role == "وزير الخارجية الروسي"
    assert find(ms, "سيرغي فيرشينين").type == "PER"


def test_arabic_long_title_with_body_and_comma(detect):
    text = ("وصل المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية، "
            "ستيفان دي ميستورا، إلى موسكو.")
    ms = detect(text, "ar")
    person = find(ms, "ستيفان دي ميستورا")
    assert person.role is not None and person.role.startswith("المبعوث الشخصي")
    assert "الصحراء الغربية" in person.role


def test_arabic_title_without_name(detect):
    ms = detect("قال وزير الخارجية الروسي إن موسكو مستعدة للحوار.", "ar")
    title = find(ms, "وزير الخارجية الروسي")
    assert title.type == "TITLE"


def test_arabic_title_name_stops_at_date_word(detect):
    ms = detect("استقبل الرئيس الجزائري عبد المجيد تبون الاثنين وفدا.", "ar")
    person = find(ms, "عبد المجيد تبون")
    assert person.role == "الرئيس الجزائري"


def test_title_in_apposition_after_the_name(detect):
    ms = detect("Alexander Ivanko, head of the UN Western Sahara mission, said on Monday.")
    assert find(ms, "Alexander Ivanko").role == "head of the UN Western Sahara mission"
    assert not [m for m in ms if m.type == "TITLE"]


def test_arabic_title_in_apposition_after_the_name(detect):
    ms = detect("وصل ستيفان دي ميستورا، المبعوث الشخصي للأمين العام، إلى الرباط.", "ar")
    person = find(ms, "ستيفان دي ميستورا")
    assert person.role is not None and person.role.startswith("المبعوث الشخصي")
