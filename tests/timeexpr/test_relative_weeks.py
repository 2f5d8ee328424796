"""Relative weeks ("la semaine dernière", "last week", "الأسبوع الماضي") resolve against the
publication date to the month that holds most of the week, also when the week lies across
two months or across New Year."""

from __future__ import annotations

import datetime as dt

import pytest

from wirewatch.timeexpr import find_time_expressions
from wirewatch.timeexpr.calendar import week_value


def resolved(text: str, lang: str, anchor: str) -> tuple[str, str | None, str | None]:
    found = [te for te in find_time_expressions(text, lang, dt.date.fromisoformat(anchor))
             if te.value is not None]
    assert len(found) == 1, found
    return found[0].text, found[0].value, found[0].precision


@pytest.mark.parametrize(("text", "lang", "anchor", "expression", "value"), [
    # Wednesday 6 April 2022: the week before runs from 28 March to 3 April.
    ("Ils se sont rencontrés la semaine dernière à Rabat.", "fr", "2022-04-06",
     "la semaine dernière", "2022-03"),
    ("They met in Rabat last week.", "en", "2022-04-06", "last week", "2022-03"),
    ("التقيا في الرباط الأسبوع الماضي.", "ar", "2022-04-06", "الأسبوع الماضي", "2022-03"),
    # Thursday 2 May 2024: the week before runs from 22 to 28 April.
    ("Les pourparlers ont échoué la semaine passée.", "fr", "2024-05-02",
     "la semaine passée", "2024-04"),
    # Tuesday 8 October 2024: 30 September to 6 October holds four October days.
    ("Des renforts ont été déployés la semaine dernière.", "fr", "2024-10-08",
     "la semaine dernière", "2024-10"),
    ("Troops were deployed last week.", "en", "2024-10-08", "last week", "2024-10"),
    ("انتشرت القوات الاسبوع الماضي.", "ar", "2024-10-08", "الاسبوع الماضي", "2024-10"),
    # Across New Year: 30 December 2024 to 5 January 2025 is mostly January.
    ("Les discussions reprendront la semaine prochaine.", "fr", "2024-12-26",
     "la semaine prochaine", "2025-01"),
    ("Talks resumed last week.", "en", "2025-01-08", "last week", "2025-01"),
    # Thursday 4 July 2024: two weeks before is the week of 17 to 23 June.
    ("Le gouvernement est tombé il y a deux semaines.", "fr", "2024-07-04",
     "il y a deux semaines", "2024-06"),
    # A week inside one month keeps that month.
    ("Des troupes ont été déployées la semaine dernière.", "fr", "2024-03-12",
     "la semaine dernière", "2024-03"),
    # The month before is a month, whatever the day.
    ("Il était venu le mois dernier à Paris.", "fr", "2024-01-03", "le mois dernier", "2023-12"),
    ("He visited Paris last month.", "en", "2024-03-31", "last month", "2024-02"),
    ("زار باريس الشهر الماضي.", "ar", "2024-01-03", "الشهر الماضي", "2023-12"),
])
def test_relative_week_and_month(text, lang, anchor, expression, value):
    assert resolved(text, lang, anchor) == (expression, value, "month")


@pytest.mark.parametrize(("text", "lang", "anchor", "value"), [
    # Wednesday 1 May 2024: "earlier this week" is Monday 29 and Tuesday 30 April.
    ("They met earlier this week.", "en", "2024-05-01", "2024-04"),
    ("Ils se sont vus plus tôt cette semaine.", "fr", "2024-05-01", "2024-04"),
    # The whole week of 29 April is mostly May.
    ("Ils se sont vus cette semaine.", "fr", "2024-05-01", "2024-05"),
    # Monday 29 April: "later this week" is 30 April to 5 May, mostly May.
    ("They will meet later this week.", "en", "2024-04-29", "2024-05"),
])
def test_part_of_the_current_week(text, lang, anchor, value):
    assert resolved(text, lang, anchor)[1:] == (value, "month")


@pytest.mark.parametrize(("monday", "value"), [
    ("2022-03-28", "2022-03"), ("2024-09-30", "2024-10"), ("2024-12-30", "2025-01"),
    ("2020-12-28", "2020-12"), ("2024-03-04", "2024-03"),
])
def test_week_value_is_the_month_of_most_days(monday, value):
    assert week_value(dt.date.fromisoformat(monday)) == (value, "month")
