"""Parts of a named day, the same day named again, verbs that only look future, "would",
and ranges over several years."""

from __future__ import annotations

import datetime as dt

from wirewatch.records import Article, Document
from wirewatch.timeexpr import event_date, find_time_expressions
from wirewatch.timeexpr.stage import TimeExpressionStage


def _values(text: str, lang: str, anchor: dt.date) -> list[tuple[str, str | None]]:
    return [(te.text, te.value) for te in find_time_expressions(text, lang, anchor)]


def test_evening_of_the_same_day_follows_the_named_day():
    # published on Saturday; the strikes were at dawn on Friday, the reply that evening
    values = _values("شنت الطائرات ضربات فجر الجمعة، وجاء الرد مساء اليوم نفسه.", "ar",
                     dt.date(2025, 6, 14))
    assert ("الجمعة", "2025-06-13") in values
    assert ("مساء اليوم نفسه", "2025-06-13") in values
    assert all(value != "2025-06-14" for _, value in values)


def test_evening_of_today_is_still_today():
    values = _values("وصل الوفد مساء اليوم إلى العاصمة.", "ar", dt.date(2025, 6, 14))
    assert values == [("مساء اليوم", "2025-06-14")]


def test_past_verb_of_taking_control_is_not_future():
    # سيطرت / وسيطروا begin like سـ + imperfect but are past verbs: Sunday is the last one
    for text in ("سيطرت الفصائل على المدينة فجر الأحد.",
                 "دخل المقاتلون المدينة مساء الأحد وسيطروا على القصر."):
        assert _values(text, "ar", dt.date(2024, 12, 9)) == [("الأحد", "2024-12-08")]


def test_arabic_future_verb_still_future():
    assert _values("سيزور الوزير العاصمة الأحد.", "ar", dt.date(2024, 12, 9)) == [
        ("الأحد", "2024-12-15")]


def test_would_puts_a_weekday_after_the_publication_date():
    values = _values("The speaker said the president would step down on Wednesday.", "en",
                     dt.date(2022, 7, 10))
    assert values == [("Wednesday", "2022-07-13")]


def test_would_have_is_not_future():
    values = _values("The vote would have taken place on Wednesday.", "en", dt.date(2022, 7, 10))
    assert values == [("Wednesday", "2022-07-06")]


def test_future_weekday_dates_the_event_to_its_announcement():
    text = ("Protesters stormed the residence on Saturday, and the speaker said late in the "
            "evening that the president would step down on Wednesday.")
    doc = TimeExpressionStage()([Document(Article(id="t", text=text, lang="en",
                                                  pub_date="2022-07-10"))])[0]
    start = text.index("the president would step down")
    assert event_date(doc, start, start + len("the president would step down"), None) == (
        "2022-07-09", "day")


def test_range_over_years_gives_the_first_year():
    text = "The two countries fought a border war from 1998 to 2000."
    doc = TimeExpressionStage()([Document(Article(id="t", text=text, lang="en",
                                                  pub_date="2018-07-10"))])[0]
    start = text.index("fought")
    assert event_date(doc, start, len(text) - 1, "historical") == ("1998", "year")


def test_night_from_one_day_to_the_next_is_the_second_day():
    saturday = dt.date(2018, 4, 14)
    assert _values("Les avions ont frappé dans la nuit de vendredi à samedi.", "fr", saturday) == [
        ("dans la nuit de vendredi à samedi", "2018-04-14")]
    assert _values("Jets struck overnight Friday to Saturday.", "en", saturday) == [
        ("overnight Friday to Saturday", "2018-04-14")]
    assert _values("شنت الطائرات غارات ليل الجمعة إلى السبت.", "ar", saturday) == [
        ("ليل الجمعة إلى السبت", "2018-04-14")]


def test_night_of_days_that_do_not_follow_each_other_is_not_one_night():
    values = _values("la nuit de lundi à samedi", "fr", dt.date(2018, 4, 15))
    assert ("lundi", "2018-04-09") in values


def test_would_after_the_saying_day_keeps_it_past():
    values = _values("Trump said on Monday he would impose tariffs.", "en", dt.date(2024, 11, 26))
    assert values == [("Monday", "2024-11-25")]
