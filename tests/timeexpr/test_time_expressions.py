"""find_time_expressions: the hard cases of the issue, one behaviour per test."""

from __future__ import annotations

import datetime as dt

import pytest

from wirewatch.timeexpr import find_time_expressions

PUB = dt.date(2024, 3, 12)  # a Tuesday


def one(text: str, lang: str, anchor: dt.date | None = PUB):
    found = [te for te in find_time_expressions(text, lang, anchor) if te.value is not None]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "lang", "expression", "value", "precision"), [
    ("Il a tenu, lundi 11 mars, des entretiens.", "fr", "lundi 11 mars", "2024-03-11", "day"),
    ("Début février, il a fait route vers Pretoria.", "fr", "Début février", "2024-02", "month"),
    ("Il les avait rencontrés le 30 octobre 2023.", "fr", "30 octobre 2023", "2023-10-30", "day"),
    ("Des tirs ont eu lieu en octobre 2023 à Smara.", "fr", "octobre 2023", "2023-10", "month"),
    ("وأجرى أمس الاثنين محادثات.", "ar", "أمس الاثنين", "2024-03-11", "day"),
    ("زار بريتوريا مطلع فبراير/شباط.", "ar", "مطلع فبراير/شباط", "2024-02", "month"),
    ("صوت المجلس في 30 أكتوبر/تشرين الأول 2023.", "ar", "30 أكتوبر/تشرين الأول 2023",
     "2023-10-30", "day"),
    ("وقعت الأزمة في آذار الماضي.", "ar", "في آذار الماضي", "2023-03", "month"),
    ("انتهت المفاوضات في 15 تشرين الثاني 2023.", "ar", "15 تشرين الثاني 2023", "2023-11-15", "day"),
    ("Les discussions ont échoué mardi dernier.", "fr", "mardi dernier", "2024-03-05", "day"),
    ("فشلت المحادثات الثلاثاء الماضي.", "ar", "الثلاثاء الماضي", "2024-03-05", "day"),
    ("Il a été libéré il y a deux jours.", "fr", "il y a deux jours", "2024-03-10", "day"),
    ("The two sides met on 3 January.", "en", "3 January", "2024-01-03", "day"),
    ("جرى اللقاء في ١١ مارس ٢٠٢٤.", "ar", "١١ مارس ٢٠٢٤", "2024-03-11", "day"),
])
def test_resolves_expression(text, lang, expression, value, precision):
    te = one(text, lang)
    assert (te.text, te.value, te.precision) == (expression, value, precision)
    assert text[te.start:te.end] == te.text
    assert te.lang == lang and te.rule


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("The ministers met on Monday.", "en", "2024-03-11"),
    ("The envoy will travel to Moscow on Monday.", "en", "2024-03-18"),
    ("Les ministres se sont réunis lundi.", "fr", "2024-03-11"),
    ("L'émissaire se rendra lundi à Moscou.", "fr", "2024-03-18"),
    ("التقى الوزيران الاثنين.", "ar", "2024-03-11"),
    ("سيزور المبعوث موسكو الاثنين.", "ar", "2024-03-18"),
    ("سوف يلتقي الوزيران الاثنين.", "ar", "2024-03-18"),
    ("The ministers met on Tuesday.", "en", "2024-03-12"),  # publication day itself
])
def test_weekday_follows_tense(text, lang, value):
    assert one(text, lang).value == value


def test_weekday_without_anchor_is_null_not_guessed():
    found = find_time_expressions("The ministers met on Monday.", "en", None)
    assert [(te.text, te.value, te.precision) for te in found] == [("Monday", None, None)]


@pytest.mark.parametrize(("text", "lang", "start", "end"), [
    ("Talks were held between 3 and 5 March.", "en", "2024-03-03", "2024-03-05"),
    ("Les pourparlers se sont tenus du 3 au 5 mars.", "fr", "2024-03-03", "2024-03-05"),
    ("عقدت المحادثات من 3 إلى 5 مارس.", "ar", "2024-03-03", "2024-03-05"),
    ("La conférence s'est tenue du 28 février au 1er mars.", "fr", "2024-02-28", "2024-03-01"),
])
def test_ranges(text, lang, start, end):
    te = one(text, lang)
    assert (te.value, te.end_value, te.precision) == (start, end, "day")


@pytest.mark.parametrize(("text", "lang"), [
    ("The council adopted resolution 2703 unanimously.", "en"),
    ("Lors de la 9 460e séance du Conseil, la Russie s'est abstenue.", "fr"),
    ("The UN has deployed 2,000 troops in the area.", "en"),
    ("تبنى المجلس القرار 2703 بالإجماع.", "ar"),
    ("نشرت الأمم المتحدة 2000 جندي في المنطقة.", "ar"),
    ("The 9,460th meeting of the Security Council ended.", "en"),
    ("The minister said talks may resume soon.", "en"),
    ("La sonde a été envoyée vers Mars.", "fr"),
    ("Officials gave no details about the negotiations.", "en"),
    ("", "en"),
])
def test_numbers_and_words_that_are_not_dates(text, lang):
    assert [te for te in find_time_expressions(text, lang, PUB) if te.value] == []


@pytest.mark.parametrize(("text", "lang", "expression"), [
    ("The treaty was signed on 31 February 2024.", "en", "31 February 2024"),
    ("Le traité aurait été signé le 31 février 2024.", "fr", "31 février 2024"),
    ("قيل إن المعاهدة وقعت في 31 فبراير 2024.", "ar", "31 فبراير 2024"),
    ("A fort was built there in 1850.", "en", "in 1850"),
    ("The plan sets targets for the year 2150.", "en", "2150"),
])
def test_impossible_or_out_of_range_dates_have_no_value(text, lang, expression):
    found = [te for te in find_time_expressions(text, lang, PUB) if te.text == expression
             or expression in te.text]
    assert found and all(te.value is None and te.precision is None for te in found)


def test_relative_to_previous_date_in_text():
    text = "L'émissaire est arrivé le 10 mars. Le lendemain, il a rencontré le ministre."
    values = [te.value for te in find_time_expressions(text, "fr", PUB)]
    assert values == ["2024-03-10", "2024-03-11"]


def test_offsets_respect_start_and_end():
    text = "Hier, rien. Le 3 mars, tout. Le 5 mars, encore."
    found = find_time_expressions(text, "fr", PUB, start=12, end=28)
    assert [te.text for te in found] == ["3 mars"]
    assert found[0].start == text.index("3 mars")


@pytest.mark.parametrize("lang", ["de", "", "xx"])
def test_unsupported_language_yields_nothing(lang):
    assert find_time_expressions("am 3. März 2024", lang, PUB) == []


def test_deadline_is_marked():
    found = find_time_expressions("Le mandat a été prorogé jusqu'au 31 octobre 2025.", "fr", PUB)
    assert found[0].value == "2025-10-31" and "+until" in (found[0].rule or "")


def test_datetime_anchor_is_accepted():
    te = one("The envoy arrived yesterday.", "en", dt.datetime(2024, 3, 12, 23, 59))
    assert te.value == "2024-03-11"


@pytest.mark.parametrize("anchor", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_implausible_anchor_resolves_nothing(anchor):
    found = find_time_expressions("Hier, le lendemain du 3 mars, il y a deux jours.", "fr", anchor)
    assert found and all(te.value is None for te in found)


def test_garbage_input_does_not_raise():
    assert find_time_expressions(None, "en", PUB) == []  # type: ignore[arg-type]
    find_time_expressions("\x00\u200f٣١/٠٢/٢٠٢٤ 2024-02-30 99/99/9999", "ar", PUB, start=-4, end=999)
