"""Pattern rules for date expressions in English, French and Arabic.

Every rule is a regular expression over the folded text (:mod:`.text`) and a resolver
that turns its match into a partial date.  Resolvers read named groups:
``d``/``d2`` day, ``m``/``m2`` month word, ``y``/``y2`` year, ``wd`` weekday word,
``per`` a period word (early, début, مطلع ...), ``dir`` a direction word (last, prochain,
المقبل ...).  A resolver returns None to reject a match (e.g. "may" as a verb).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from wirewatch.timeexpr import calendar as cal
from wirewatch.timeexpr.lexicon import (
    MONTHS_AR,
    MONTHS_EN,
    MONTHS_FR,
    NUMBER_WORDS,
    ORDINALS_AR,
    ORDINALS_EN,
    ORDINALS_FR,
    WEEKDAYS_AR,
    WEEKDAYS_EN,
    WEEKDAYS_FR,
)


@dataclass
class Resolved:
    value: str | None
    precision: str | None
    end_value: str | None = None
    ref_shift: int | None = None  # resolved later against the previous day in the text


@dataclass
class MatchContext:
    original: str
    folded: str
    lang: str
    anchor: dt.date | None
    future: Callable[[int, int], bool]


Resolver = Callable[[re.Match[str], MatchContext], Resolved | None]


@dataclass
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver


NOTHING = Resolved(None, None)


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


B = r"(?<![\w])"
E = r"(?![\w])"
Y = r"(?P<y>[12]\d{3})(?![\d,.]\d)"
Y2 = r"(?P<y2>[12]\d{3})(?![\d,.]\d)"
D = r"(?P<d>[12]\d|3[01]|0?[1-9])"
D2 = r"(?P<d2>[12]\d|3[01]|0?[1-9])"
D2_FR = r"(?P<d2>1er|[12]\d|3[01]|0?[1-9])"

MONTHS = {"en": MONTHS_EN, "fr": MONTHS_FR, "ar": MONTHS_AR}
WEEKDAYS = {"en": WEEKDAYS_EN, "fr": WEEKDAYS_FR, "ar": WEEKDAYS_AR}

_EN_FULL = [m for m in MONTHS_EN if (len(m) > 3 and m != "sept") or m == "may"]
MON_EN = rf"(?:{_alt(_EN_FULL)}|(?:{_alt(k for k in MONTHS_EN if len(k) <= 4)})\.?)"
MON_EN_FULL = _alt(_EN_FULL)
_FR_FULL = [m for m in MONTHS_FR if len(m) > 4 or m in ("mars", "mai", "juin", "août", "aout")]
MON_FR = rf"(?:{_alt(_FR_FULL)}|(?:{_alt(k for k in MONTHS_FR if k not in _FR_FULL)})\.?)"
MON_FR_FULL = _alt(m for m in _FR_FULL if m != "sept")
_AR_MON = _alt(MONTHS_AR)
# "30 أكتوبر/تشرين الأول": a month named twice, the Egyptian and the Levantine name
MON_AR = rf"(?P<m>{_AR_MON})(?:\s*[/(]\s*(?:{_AR_MON})\s*\)?|\s+-\s+(?:{_AR_MON}))?"
MON_AR2 = rf"(?P<m2>{_AR_MON})(?:\s*[/(]\s*(?:{_AR_MON})\s*\)?)?"
WD_EN = _alt(WEEKDAYS_EN)
WD_FR = _alt(WEEKDAYS_FR)
WD_AR = _alt(WEEKDAYS_AR)
AR_YEAR_WORD = r"(?:(?:من\s+)?(?:عام|العام|سنه|لعام)\s+)?"

PER_EN = (r"early|mid|late|the end of|the beginning of|the start of|the middle of|"
          r"end of|beginning of|start of|the first half of|the second half of")
PER_FR = (r"début|debut|mi-|mi |fin|courant|au début de|au debut de|à la fin de|a la fin de|"
          r"à la mi-|a la mi-|au début du mois de|à la fin du mois de|au milieu du mois de|"
          r"dans le courant du mois de|en début de|en fin de|au cours du mois de|"
          r"au début de l'année|à la fin de l'année")
PER_AR = (r"مطلع|اوائل|بدايه|بدايات|اول|منتصف|اواسط|اواخر|نهايه|اخر|اواخر شهر|مطلع شهر|"
          r"منتصف شهر|نهايه شهر|بدايه شهر")

_YEAR_NOT_AFTER = {
    "en": re.compile(
        r"(?:resolutions?|no\.?|nos\.?|number|numbers|meeting|session|article|paragraph|page|"
        r"pages|flight|route|decree|law|item|unit|model|room|highway|#|n°|order|"
        r"protocol|case|code|and|to)\s*$"),
    "fr": re.compile(
        r"(?:résolutions?|resolutions?|n°|no|nos|numéro|numéros|séance|article|alinéa|"
        r"paragraphe|loi|décret|vol|page|pages|point|°|ordonnance|dossier|code|et|à)\s*$"),
    "ar": re.compile(
        r"(?:القرار|قرار|القرارين|رقم|الجلسه|جلسه|الماده|ماده|المرسوم|مرسوم|القانون|قانون|البند|"
        r"الفقره|رحله|العدد|و|الي)\s*$"),
}


_COUNTED = re.compile(
    r"\s*(?:gmt|utc|h\b|hrs|hours|heures|mètres|metres|meters|km|kilomet|dollars|euros|\$|€|%|"
    r"troops|soldiers|people|men|women|children|refugees|migrants|tonnes|tons|"
    r"soldats|personnes|morts|hommes|réfugiés|migrants|"
    r"جندي|شخص|قتيل|مقاتل|دولار|يورو|كيلومتر|متر|طن|عنصر|لاجي|مهاجر|منزل|صاروخ|مسلح|"
    r"عسكري|مدني|طفل|امراه|رجل)")


def month_number(word: str, lang: str) -> int | None:
    word = word.strip().rstrip(".")
    word = re.sub(r"\s+", " ", word)
    return MONTHS[lang].get(word)


def day_number(word: str) -> int:
    word = word.strip()
    if word in ORDINALS_FR:
        return ORDINALS_FR[word]
    if word in ORDINALS_EN:
        return ORDINALS_EN[word]
    word = re.sub(r"\s+", " ", word)
    if word in ORDINALS_AR:
        return ORDINALS_AR[word]
    return int(re.sub(r"\D", "", word))


def _group(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _en_month_capitalised(m: re.Match[str], ctx: MatchContext, name: str = "m") -> bool:
    """English months must be capitalised ("may" is a verb, "march" a noun)."""
    if ctx.lang != "en" or _group(m, name) is None:
        return True
    return ctx.original[m.start(name)].isupper()


def resolve_absolute(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    """Day-month-year, day-month, month-year and their ranges."""
    if not (_en_month_capitalised(m, ctx) and _en_month_capitalised(m, ctx, "m2")):
        return None
    month = month_number(m.group("m"), ctx.lang)
    if month is None:
        return None
    month2 = month_number(_group(m, "m2") or m.group("m"), ctx.lang) or month
    d, d2 = _group(m, "d") or _group(m, "do"), _group(m, "d2")
    y, y2 = _group(m, "y"), _group(m, "y2")
    future = ctx.future(m.start(), m.end())
    if d is None:
        year = int(y) if y else None
        if year is None:
            if ctx.anchor is None:
                return NOTHING
            year = cal.year_for_month(month, ctx.anchor, future)
        value = cal.month_value(year, month)
        end = None
        if _group(m, "m2"):
            year2 = int(y2) if y2 else year + (1 if month2 < month else 0)
            end = cal.month_value(year2, month2)
        return Resolved(value, "month", end)
    day = day_number(d)
    year2 = int(y2) if y2 else (int(y) if y else None)
    if y is None and y2 is not None:
        year = year2 if (month, day) <= (month2, day_number(d2 or d)) else year2 - 1
    elif y is not None:
        year = int(y)
    elif ctx.anchor is not None:
        word = (_group(m, "dir") or "").strip()
        if word in _LAST or word in _NEXT:
            future = word in _NEXT
        year = cal.year_for_day(month, day, ctx.anchor, future)
        if year is None:
            return Resolved(None, None)
    else:
        return NOTHING
    value = cal.day_value(year, month, day)
    if value is None:
        return Resolved(None, None)  # 31 February: an expression, but no date
    end_value = None
    if d2 is not None:
        if year2 is None:
            year2 = year + (1 if (month2, day_number(d2)) < (month, day) else 0)
        end_value = cal.day_value(year2, month2, day_number(d2))
        if end_value is None or end_value < value:
            return Resolved(None, None)
    return Resolved(value, "day", end_value)


def resolve_numeric(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if m.group("sep") == "-" and m.group("iso") is not None:
        month, day = a, b
    elif ctx.lang == "en" and a <= 12 and b > 12:
        month, day = a, b  # US order, unambiguous
    elif ctx.lang == "en" and a <= 12 and b <= 12:
        return NOTHING  # 03/04/2024 in English text: order unknown
    else:
        day, month = a, b
    value = cal.day_value(y, month, day)
    return Resolved(value, "day" if value else None)


def resolve_period(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    """early February, début 2024, مطلع فبراير: the month (or year) it lies in."""
    if _group(m, "m") is not None:
        return resolve_absolute(m, ctx)
    y = _group(m, "y")
    return Resolved(cal.year_value(int(y)), "year") if y else None


def resolve_month_alone(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    if not _en_month_capitalised(m, ctx):
        return None
    month = month_number(m.group("m"), ctx.lang)
    if month is None:
        return None
    if ctx.lang == "ar" and m.group("m") in ("اب", "ماي", "مارس") and "شهر" not in m.group(0):
        if _group(m, "per") is None and _group(m, "prep") not in ("في", "وفي", "خلال", "منذ"):
            return None
    if ctx.anchor is None:
        return NOTHING
    direction = (_group(m, "dir") or _group(m, "prep") or "").strip()
    anchor = ctx.anchor
    if direction in ("last", "dernier", "passé", "الماضي", "المنصرم", "الفائت"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif direction in ("next", "prochain", "المقبل", "القادم"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif direction in ("this",):
        year = anchor.year
    else:
        year = cal.year_for_month(month, anchor, ctx.future(m.start(), m.end()))
    return Resolved(cal.month_value(year, month), "month")


def resolve_year(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    before = ctx.folded[max(0, m.start() - 30):m.start()]
    if _group(m, "prep") is None and _YEAR_NOT_AFTER[ctx.lang].search(before):
        return None
    if re.search(r"\d\s*\(\s*$", before):
        return None  # "résolution 2 703 (2023)": the year of a document number
    if _group(m, "prep") is None and ctx.lang in ("en", "fr"):
        word = re.search(r"([^\W\d_]+)\s+$", ctx.original[max(0, m.start() - 30):m.start()])
        if word and word.group(1)[0].isupper() and month_number(word.group(1).lower(), ctx.lang) is None:
            return None  # an event or plan name: "African Lion 2023", "Vision 2030"
    after = ctx.folded[m.end():m.end() + 12]
    if _COUNTED.match(after):
        return None  # "2000 جندي", "2000 troops": a count, not a year
    y2 = _group(m, "y2")
    if y2 is not None and int(y2) < int(m.group("y")):
        return None
    return Resolved(cal.year_value(int(m.group("y"))), "year",
                    cal.year_value(int(y2)) if y2 else None)


def resolve_decade(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    decade = int(m.group("dec"))
    if decade < 100:
        decade += 1900 if decade >= 30 else 2000
    return Resolved(cal.year_value(decade), "year", cal.year_value(decade + 9))


_AR_DECADES = {
    "العشرينيات": 20, "الثلاثينيات": 30, "الاربعينيات": 40, "الخمسينيات": 50,
    "الستينيات": 60, "السبعينيات": 70, "الثمانينيات": 80, "التسعينيات": 90,
    "عشرينيات": 20, "ثلاثينيات": 30, "اربعينيات": 40, "خمسينيات": 50, "ستينيات": 60,
    "سبعينيات": 70, "ثمانينيات": 80, "تسعينيات": 90,
}


def resolve_ar_decade(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    decade = _AR_DECADES[m.group("decw")] + 1900
    return Resolved(cal.year_value(decade), "year", cal.year_value(decade + 9))


def _anchor_day(ctx: MatchContext, days: int) -> Resolved:
    if ctx.anchor is None:
        return NOTHING
    return Resolved((ctx.anchor + dt.timedelta(days=days)).isoformat(), "day")


def fixed_shift(days: int) -> Resolver:
    def resolve(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
        return _anchor_day(ctx, days)
    return resolve


def ref_shift(days: int) -> Resolver:
    def resolve(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
        return Resolved(None, None, ref_shift=days)
    return resolve


_LAST = {"last", "past", "dernier", "passé", "الماضي", "الماضيه", "المنصرم", "الفائت"}
_NEXT = {"next", "coming", "prochain", "المقبل", "القادم", "المقبله", "القادمه"}


def resolve_weekday_pair(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    """"Saturday and Sunday", "samedi et dimanche", "السبت والأحد": two consecutive days."""
    if ctx.anchor is None:
        return NOTHING
    first = WEEKDAYS[ctx.lang][m.group("wd").strip()]
    second = WEEKDAYS[ctx.lang][m.group("wd2").strip()]
    if (second - first) % 7 != 1:
        return None
    direction = "future" if ctx.future(m.start(), m.end()) else "past"
    if direction == "past":
        end = cal.weekday_date(ctx.anchor, second, "past")
        start = end - dt.timedelta(days=1)
    else:
        start = cal.weekday_date(ctx.anchor, first, "future")
        end = start + dt.timedelta(days=1)
    return Resolved(start.isoformat(), "day", end.isoformat())


def resolve_night_pair(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    """"dans la nuit de vendredi à samedi", "overnight Friday to Saturday", "ليل الجمعة إلى
    السبت": what happened that night is dated to the second day (after midnight)."""
    if ctx.anchor is None:
        return NOTHING
    first = WEEKDAYS[ctx.lang][m.group("wd0").strip()]
    second = WEEKDAYS[ctx.lang][m.group("wd").strip()]
    if (second - first) % 7 != 1:
        return None
    direction = "future" if ctx.future(m.start(), m.end()) else "past"
    return Resolved(cal.weekday_date(ctx.anchor, second, direction).isoformat(), "day")


def resolve_weekday(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    if ctx.anchor is None:
        return NOTHING
    weekday = WEEKDAYS[ctx.lang][m.group("wd").strip()]
    word = (_group(m, "dir") or "").strip()
    if word in _LAST:
        direction = "last"
    elif word in _NEXT:
        direction = "next"
    else:
        direction = "future" if ctx.future(m.start(), m.end()) else "past"
    return Resolved(cal.weekday_date(ctx.anchor, weekday, direction).isoformat(), "day")


_THIS = {"this", "cette", "ce", "الجاري", "الحالي", "الجاريه", "الحاليه", "هذا", "هذه",
         "earlier this", "plus tôt cette", "plus tôt ce", "later this"}


def _direction(word: str) -> int:
    word = word.strip()
    if word in _LAST or word in ("dernière", "passée", "dernier", "passé"):
        return -1
    if word in _NEXT or word in ("prochaine",):
        return 1
    return 0


def resolve_unit(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    """last/this/next week, month, year in any of the three languages."""
    if ctx.anchor is None:
        return NOTHING
    unit = m.group("unit")
    raw = (_group(m, "dir") or "").strip()
    word = re.sub(r"^(?:the|earlier|later)\s+", "", raw)
    step = -1 if word == "previous" else _direction(word)
    if unit in ("week", "semaine", "الاسبوع", "اسبوع"):
        if raw.startswith(("earlier", "later")):
            return _part_of_week(ctx.anchor, raw.startswith("later"))
        return _shifted_unit(ctx.anchor, "week", step)
    if unit in ("month", "mois", "الشهر", "شهر"):
        return _shifted_unit(ctx.anchor, "month", step)
    return _shifted_unit(ctx.anchor, "year", step)


def _part_of_week(anchor: dt.date, later: bool) -> Resolved:
    """"earlier this week" / "plus tôt cette semaine": the days of the week before
    ``anchor`` (after it for "later this week"), dated to the month holding most of them."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    first, last = (anchor + dt.timedelta(days=1), monday + dt.timedelta(days=6)) if later \
        else (monday, anchor - dt.timedelta(days=1))
    if last < first:
        return _shifted_unit(anchor, "week", 0)
    middle = first + (last - first) // 2
    if (last - first).days % 2 and last.month != middle.month:
        middle = last if later else first
    return Resolved(cal.month_value(middle.year, middle.month), "month")


def _shifted_unit(anchor: dt.date, unit: str, step: int) -> Resolved:
    """The week, month or year ``step`` units from the one holding ``anchor``."""
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
        value, precision = cal.week_value(monday)
        return Resolved(value, precision)
    if unit == "month":
        year, month = cal.shift_months(anchor.year, anchor.month, step)
        return Resolved(cal.month_value(year, month), "month")
    return Resolved(cal.year_value(anchor.year + step), "year")


def _count(word: str | None, lang: str) -> int | None:
    if word is None:
        return 1
    word = word.strip()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS[lang].get(word)


def resolve_ago(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    """three days ago, il y a deux semaines, قبل ثلاثة أيام."""
    if ctx.anchor is None:
        return NOTHING
    unit = m.group("unit")
    n = _count(_group(m, "n"), ctx.lang)
    if unit in ("يومين", "اسبوعين", "شهرين", "عامين", "سنتين"):
        n = 2
    if n is None:
        return Resolved(None, None)
    anchor = ctx.anchor
    if unit.startswith(("day", "jour")) or unit in ("يوم", "ايام", "يومين"):
        return Resolved((anchor - dt.timedelta(days=n)).isoformat(), "day")
    if unit.startswith(("week", "semaine")) or unit in ("اسبوع", "اسابيع", "اسبوعين"):
        day = anchor - dt.timedelta(weeks=n)
        value, precision = cal.week_value(day - dt.timedelta(days=day.weekday()))
        return Resolved(value, precision)
    if unit.startswith(("month", "mois")) or unit in ("شهر", "اشهر", "شهور", "شهرين"):
        year, month = cal.shift_months(anchor.year, anchor.month, -n)
        return Resolved(cal.month_value(year, month), "month")
    return Resolved(cal.year_value(anchor.year - n), "year")


def _signed(m: re.Match[str], lang: str) -> int:
    n = _count(m.group("n"), lang) or 1
    later = m.group("way").split()[-1] in ("later", "after", "tard", "après")
    return n if later else -n


def _rule(name: str, pattern: str, resolve: Resolver) -> Rule:
    return Rule(name, re.compile(pattern), resolve)


_EN_NUM = _alt(k for k in NUMBER_WORDS["en"] if NUMBER_WORDS["en"][k])
_FR_NUM = _alt(k for k in NUMBER_WORDS["fr"] if NUMBER_WORDS["fr"][k])
_AR_NUM = _alt(NUMBER_WORDS["ar"])
_EN_ORD = _alt(ORDINALS_EN)

NUMERIC = [
    _rule("iso-date", rf"{B}(?P<y>[12]\d{{3}})(?P<sep>-)(?P<a>0[1-9]|1[0-2])-(?P<b>[0-3]\d)(?P<iso>){E}",
          resolve_numeric),
    _rule("numeric-date", rf"{B}(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep)(?P<y>[12]\d{{3}}){E}",
          resolve_numeric),
]

EN_RULES = NUMERIC + [
    _rule("en-range-dmdm",
          rf"{B}(?:between|from)\s+(?:the\s+)?{D}(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{MON_EN})\s+"
          rf"(?:and|to|until|till|through|-)\s+(?:the\s+)?{D2}(?:st|nd|rd|th)?(?:\s+of)?\s+"
          rf"(?P<m2>{MON_EN}){E}(?:,?\s+{Y}{E})?", resolve_absolute),
    _rule("en-range-mdmd",
          rf"{B}(?:between|from)\s+(?P<m>{MON_EN})\s+{D}(?:st|nd|rd|th)?\s+(?:and|to|until|till|"
          rf"through|-)\s+(?P<m2>{MON_EN})\s+{D2}(?:st|nd|rd|th)?{E}(?:,?\s+{Y}{E})?",
          resolve_absolute),
    _rule("en-range-dd-m",
          rf"{B}(?:(?:between|from)\s+(?:the\s+)?)?{D}(?:st|nd|rd|th)?\s*(?:and|to|until|till|"
          rf"through|-)\s*(?:the\s+)?{D2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{MON_EN}){E}"
          rf"(?:,?\s+{Y}{E})?", resolve_absolute),
    _rule("en-range-m-dd",
          rf"{B}(?:(?:between|from)\s+)?(?P<m>{MON_EN})\s+{D}(?:st|nd|rd|th)?\s*(?:and|to|until|"
          rf"till|through|-)\s*{D2}(?:st|nd|rd|th)?{E}(?:,?\s+{Y}{E})?", resolve_absolute),
    _rule("en-range-months",
          rf"{B}(?:between|from)\s+(?P<m>{MON_EN_FULL})\s+(?:and|to|until|through)\s+"
          rf"(?P<m2>{MON_EN_FULL}){E}(?:,?\s+{Y}{E})?", resolve_absolute),
    _rule("en-range-years", rf"{B}(?:between|from)\s+{Y}\s+(?:and|to|until|-)\s+{Y2}{E}",
          resolve_year),
    _rule("en-dmy",
          rf"{B}(?:(?P<wd>{WD_EN}),?\s+)?(?:the\s+)?(?:{D}(?:st|nd|rd|th)?|(?P<do>{_EN_ORD}))"
          rf"(?:\s+of)?\s+(?P<m>{MON_EN}){E}(?:,?\s+{Y}{E})?", resolve_absolute),
    _rule("en-mdy",
          rf"{B}(?:(?P<wd>{WD_EN}),?\s+)?(?P<m>{MON_EN})\s+{D}(?:st|nd|rd|th)?{E}(?:,?\s+{Y}{E})?",
          resolve_absolute),
    _rule("en-period-month",
          rf"{B}(?P<per>{PER_EN})[\s-]+(?P<m>{MON_EN_FULL}){E}(?:,?\s+{Y}{E})?", resolve_period),
    _rule("en-period-year", rf"{B}(?P<per>{PER_EN})[\s-]+{Y}{E}", resolve_period),
    _rule("en-month-year", rf"{B}(?P<m>{MON_EN_FULL})(?:\s+of)?,?\s+{Y}{E}", resolve_absolute),
    _rule("en-month",
          rf"{B}(?:(?P<prep>in|since|until|till|by|during|through|throughout|last|next|this|"
          rf"from|before|after|of|early|late|mid|end of|beginning of)[\s-]+)(?P<m>{MON_EN_FULL}){E}",
          resolve_month_alone),
    _rule("en-decade", rf"{B}(?:the\s+)?(?P<dec>1[89]\d0|20\d0)s{E}", resolve_decade),
    _rule("en-decade-short", rf"{B}the\s+'(?P<dec>\d0)s{E}", resolve_decade),
    _rule("en-year",
          rf"{B}(?:(?P<prep>in|since|until|by|during|before|after|the year|early|late)\s+)?{Y}"
          rf"(?:\s*-\s*{Y2})?(?!s{E}|'s|-\d|/\d){E}", resolve_year),
    _rule("en-yesterday-wd",
          rf"{B}yesterday(?:\s*\(?\s*(?P<wd>{WD_EN})\s*\)?)?(?:\s+(?:morning|afternoon|evening|night))?{E}",
          fixed_shift(-1)),
    _rule("en-day-before-yesterday", rf"{B}the\s+day\s+before\s+yesterday{E}", fixed_shift(-2)),
    _rule("en-day-after-tomorrow", rf"{B}the\s+day\s+after\s+tomorrow{E}", fixed_shift(2)),
    _rule("en-today", rf"{B}(?:today|tonight|this\s+(?:morning|afternoon|evening))(?![\w'])",
          fixed_shift(0)),
    _rule("en-last-night", rf"{B}last\s+night{E}", fixed_shift(-1)),
    _rule("en-tomorrow", rf"{B}tomorrow{E}", fixed_shift(1)),
    _rule("en-weekday",
          rf"{B}(?:(?P<dir>last|next|this|past|coming)\s+)?(?P<wd>{WD_EN})(?:'s)?{E}",
          resolve_weekday),
    _rule("en-unit",
          rf"{B}(?P<dir>last|next|this|earlier this|later this|the past|the previous|the coming)\s+"
          rf"(?P<unit>week|month|year){E}", resolve_unit),
    _rule("en-ago",
          rf"{B}(?:(?P<n>\d{{1,2}}|{_EN_NUM})\s+)?(?P<unit>days?|weeks?|months?|years?)\s+ago{E}",
          resolve_ago),
    _rule("en-weekday-pair", rf"{B}(?P<wd>{WD_EN})\s+(?:and|or)\s+(?P<wd2>{WD_EN}){E}",
          resolve_weekday_pair),
    _rule("en-night-pair",
          rf"{B}(?:overnight|(?:during\s+|in\s+)?the\s+night\s+(?:of|from))\s+(?P<wd0>{WD_EN})\s+"
          rf"(?:to|into)\s+(?P<wd>{WD_EN}){E}", resolve_night_pair),
    _rule("en-same-day", rf"{B}(?:the\s+same\s+day|that\s+same\s+day|later\s+that\s+day){E}",
          ref_shift(0)),
    _rule("en-days-earlier",
          rf"{B}(?P<n>\d{{1,2}}|{_EN_NUM})\s+days?\s+(?P<way>earlier|before|later|after){E}",
          lambda m, c: Resolved(None, None, ref_shift=_signed(m, "en"))),
    _rule("en-day-before",
          rf"{B}(?:the\s+(?:day\s+before|previous\s+day|eve)|a\s+day\s+(?:earlier|before)){E}",
          ref_shift(-1)),
    _rule("en-day-after",
          rf"{B}(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after){E}",
          ref_shift(1)),
]

FR_RULES = NUMERIC + [
    _rule("fr-range-dmdm",
          rf"{B}(?:du|entre\s+le)\s+(?P<d>1er|[12]\d|3[01]|0?[1-9])\s+(?P<m>{MON_FR})\s+"
          rf"(?:au|et\s+le)\s+{D2_FR}\s+(?P<m2>{MON_FR}){E}(?:\s+{Y}{E})?", resolve_absolute),
    _rule("fr-range-dd-m",
          rf"{B}(?:(?:du|entre\s+le|les)\s+)?(?P<d>1er|[12]\d|3[01]|0?[1-9])\s*(?:au|et(?:\s+le)?|-)"
          rf"\s*{D2_FR}\s+(?P<m>{MON_FR}){E}(?:\s+{Y}{E})?", resolve_absolute),
    _rule("fr-range-months",
          rf"{B}(?:de|d'|entre)\s*(?P<m>{MON_FR_FULL})\s+(?:à|a|et)\s+(?P<m2>{MON_FR_FULL}){E}"
          rf"(?:\s+{Y}{E})?", resolve_absolute),
    _rule("fr-range-years", rf"{B}(?:entre|de)\s+{Y}\s+(?:et|à|a)\s+{Y2}{E}", resolve_year),
    _rule("fr-dmy",
          rf"{B}(?:(?P<wd>{WD_FR})\s+)?(?P<d>1er|premier|[12]\d|3[01]|0?[1-9])\s+(?P<m>{MON_FR}){E}"
          rf"(?:\s+{Y}{E}|\s+(?P<dir>dernier|prochain){E})?", resolve_absolute),
    _rule("fr-period",
          rf"{B}(?P<per>{PER_FR})\s*(?P<m>{MON_FR_FULL}){E}(?:\s+{Y}{E})?", resolve_period),
    _rule("fr-period-year", rf"{B}(?P<per>{PER_FR})\s*(?:l'année\s+)?{Y}{E}", resolve_period),
    _rule("fr-month-year", rf"{B}(?P<m>{MON_FR_FULL})\s+{Y}{E}", resolve_absolute),
    _rule("fr-month",
          rf"{B}(?:(?P<prep>en|depuis|jusqu'en|dès|au mois de|le mois de|du mois de|d'ici|"
          rf"fin|début|courant)\s+)(?P<m>{MON_FR_FULL})(?:\s+(?P<dir>dernier|prochain))?{E}",
          resolve_month_alone),
    _rule("fr-month-dir",
          rf"{B}(?P<m>{MON_FR_FULL})\s+(?P<dir>dernier|prochain){E}", resolve_month_alone),
    _rule("fr-decade", rf"{B}(?:les\s+)?années\s+(?P<dec>1[89]\d0|20\d0|\d0){E}", resolve_decade),
    _rule("fr-year",
          rf"{B}(?:(?P<prep>en|depuis|jusqu'en|d'ici|dès|l'an|l'année|année)\s+)?{Y}"
          rf"(?:\s*-\s*{Y2})?(?!-\d|/\d){E}", resolve_year),
    _rule("fr-yesterday-wd",
          rf"{B}hier(?:\s*,?\s*(?P<wd>{WD_FR}))?(?:\s+(?:matin|soir|après-midi))?{E}",
          fixed_shift(-1)),
    _rule("fr-before-yesterday", rf"{B}avant-hier{E}", fixed_shift(-2)),
    _rule("fr-after-tomorrow", rf"{B}après-demain{E}", fixed_shift(2)),
    _rule("fr-today",
          rf"{B}(?:aujourd'hui|ce\s+matin|cet\s+après-midi|ce\s+soir|cette\s+nuit){E}",
          fixed_shift(0)),
    _rule("fr-last-night", rf"{B}la\s+nuit\s+dernière{E}", fixed_shift(-1)),
    _rule("fr-tomorrow", rf"{B}demain(?:\s+(?:matin|soir))?{E}", fixed_shift(1)),
    _rule("fr-weekday",
          rf"{B}(?:(?:ce|le)\s+)?(?P<wd>{WD_FR})(?:\s+(?P<dir>dernier|passé|prochain))?{E}",
          resolve_weekday),
    _rule("fr-unit",
          rf"{B}(?:(?:la|le|l')\s*(?P<unit>semaine|mois|an|année)\s+(?P<dir>dernière|dernier|"
          rf"passée|passé|prochaine|prochain)|(?P<dir2>plus\s+tôt\s+cette|plus\s+tôt\s+ce|cette|ce)"
          rf"\s+(?P<unit2>semaine|mois-ci|mois|année)){E}", lambda m, c: resolve_unit_fr(m, c)),
    _rule("fr-ago",
          rf"{B}il\s+y\s+a\s+(?:(?P<n>\d{{1,2}}|{_FR_NUM})\s+)?(?P<unit>jours?|semaines?|mois|ans|"
          rf"années?|an){E}", resolve_ago),
    _rule("fr-weekday-pair", rf"{B}(?P<wd>{WD_FR})\s+(?:et|ou)\s+(?P<wd2>{WD_FR}){E}",
          resolve_weekday_pair),
    _rule("fr-night-pair",
          rf"{B}(?:(?:dans|pendant|durant|au\s+cours\s+de)\s+)?la\s+nuit\s+(?:de|du)\s+(?P<wd0>{WD_FR})\s+"
          rf"(?:à|a|au)\s+(?P<wd>{WD_FR}){E}", resolve_night_pair),
    _rule("fr-same-day", rf"{B}(?:le\s+même\s+jour|ce\s+même\s+jour|le\s+jour\s+même){E}",
          ref_shift(0)),
    _rule("fr-days-earlier",
          rf"{B}(?P<n>\d{{1,2}}|{_FR_NUM})\s+jours?\s+(?P<way>plus\s+tôt|auparavant|avant|plus\s+tard|"
          rf"après){E}", lambda m, c: Resolved(None, None, ref_shift=_signed(m, "fr"))),
    _rule("fr-eve", rf"{B}la\s+veille{E}", ref_shift(-1)),
    _rule("fr-eve2", rf"{B}l'avant-veille{E}", ref_shift(-2)),
    _rule("fr-next-day", rf"{B}le\s+lendemain{E}", ref_shift(1)),
    _rule("fr-next-day2", rf"{B}le\s+surlendemain{E}", ref_shift(2)),
]


def resolve_unit_fr(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    unit = m.group("unit") or m.group("unit2")
    unit = {"mois-ci": "mois", "an": "année"}.get(unit, unit)
    mapped = {"semaine": "week", "mois": "month", "année": "year"}[unit]
    raw = re.sub(r"\s+", " ", m.group("dir") or m.group("dir2") or "")
    word = raw.replace("plus tôt ", "")
    step = _direction(word)
    if ctx.anchor is None:
        return NOTHING
    if mapped == "week" and raw.startswith("plus tôt"):
        return _part_of_week(ctx.anchor, False)
    return _shifted_unit(ctx.anchor, mapped, step)


_AR_PREP = r"(?:[وف]?(?:في|خلال|منذ|حتي|شهر|الشهر|بحلول))"
AR_RULES = NUMERIC + [
    _rule("ar-range-dd-m",
          rf"{B}(?:(?:[وف]?(?:من|بين))\s+(?:يوم\s+)?)?(?:ال)?{D}\s*(?:الي|حتي|لغايه|و\s*|-)\s*(?:ال)?"
          rf"{D2}\s+(?:من\s+)?(?:شهر\s+)?{MON_AR}(?:\s*{AR_YEAR_WORD}{Y}م?)?{E}", resolve_absolute),
    _rule("ar-range-dmdm",
          rf"{B}(?:[وف]?(?:من|بين))\s+(?:ال)?{D}\s+{MON_AR}\s+(?:الي|حتي|و)\s*(?:ال)?{D2}\s+"
          rf"{MON_AR2}(?:\s*{AR_YEAR_WORD}{Y}م?)?{E}", resolve_absolute),
    _rule("ar-range-years",
          rf"{B}(?:[وف]?(?:من|بين))\s+(?:عام\s+|العام\s+|عامي\s+)?{Y}\s+(?:الي|حتي|و)\s*(?:عام\s+)?{Y2}{E}",
          resolve_year),
    _rule("ar-dmy",
          rf"{B}(?:(?:يوم\s+)?(?P<wd>{WD_AR})\s*,?\s*)?(?:ال)?{D}\s+(?:من\s+)?(?:شهر\s+)?{MON_AR}"
          rf"(?:\s*{AR_YEAR_WORD}{Y}م?|\s+(?P<dir>الماضي|المنصرم|الفائت|المقبل|القادم))?{E}",
          resolve_absolute),
    _rule("ar-period",
          rf"{B}[وفب]?(?P<per>{PER_AR})\s+(?:شهر\s+)?{MON_AR}(?:\s*{AR_YEAR_WORD}{Y}م?)?{E}",
          resolve_period),
    _rule("ar-period-year", rf"{B}[وفب]?(?P<per>{PER_AR})\s+(?:العام\s+|عام\s+|سنه\s+)?{Y}م?{E}",
          resolve_period),
    _rule("ar-month-year", rf"{B}(?:شهر\s+)?{MON_AR}\s*{AR_YEAR_WORD}{Y}م?{E}", resolve_absolute),
    _rule("ar-month",
          rf"{B}(?:(?P<prep>{_AR_PREP})\s+)(?:شهر\s+)?{MON_AR}"
          rf"(?:\s+(?P<dir>الماضي|المنصرم|الفائت|المقبل|القادم))?{E}", resolve_month_alone),
    _rule("ar-month-dir",
          rf"{B}(?:شهر\s+)?{MON_AR}\s+(?P<dir>الماضي|المنصرم|الفائت|المقبل|القادم){E}",
          resolve_month_alone),
    _rule("ar-decade",
          rf"{B}(?:[وفب]?(?:في|خلال|منذ)\s+)?(?P<decw>{_alt(_AR_DECADES)})(?:\s+من)?"
          rf"(?:\s+القرن\s+(?:الماضي|العشرين))?{E}", resolve_ar_decade),
    _rule("ar-year",
          rf"{B}(?:(?P<prep>[وف]?(?:في|منذ|حتي|خلال|عام|العام|سنه|السنه|لعام|بعام|مطلع))\s+)?"
          rf"(?:(?:عام|العام)\s+)?{Y}م?(?!-\d|/\d){E}", resolve_year),
    _rule("ar-yesterday-wd",
          rf"{B}(?:(?:مساء|صباح|ليله|ظهر|فجر)\s+)?[وف]?(?:امس|البارحه)(?:\s+(?:يوم\s+)?(?P<wd>{WD_AR}))?{E}",
          fixed_shift(-1)),
    _rule("ar-before-yesterday", rf"{B}[وف]?اول\s+(?:من\s+)?امس{E}", fixed_shift(-2)),
    _rule("ar-today", rf"{B}(?:(?:مساء|صباح|ظهر|فجر)\s+)?[وف]?اليوم{E}(?!\s+(?:السابق|التالي|الوطني|العالمي|الدولي|نفسه|ذاته))",
          fixed_shift(0)),
    _rule("ar-tomorrow", rf"{B}[وف]?غدا[\u064b]?{E}", fixed_shift(1)),
    _rule("ar-after-tomorrow", rf"{B}[وف]?بعد\s+غد{E}", fixed_shift(2)),
    _rule("ar-weekday",
          rf"{B}(?:[وف]?يوم\s+)?(?P<wd>{WD_AR})(?:\s+(?P<dir>الماضي|الماضيه|المنصرم|الفائت|"
          rf"المقبل|القادم))?{E}", resolve_weekday),
    _rule("ar-unit",
          rf"{B}(?:(?P<unit>الاسبوع|الشهر|العام|السنه)\s+(?P<dir>الماضي|الماضيه|المنصرم|الفائت|"
          rf"المقبل|المقبله|القادم|القادمه|الجاري|الجاريه|الحالي|الحاليه)|(?P<dir2>هذا|هذه)\s+"
          rf"(?P<unit2>الاسبوع|الشهر|العام|السنه)){E}", lambda m, c: resolve_unit_ar(m, c)),
    _rule("ar-ago",
          rf"{B}[وف]?قبل\s+(?:(?P<n>\d{{1,2}}|{_AR_NUM})\s+)?(?P<unit>يومين|اسبوعين|شهرين|عامين|"
          rf"سنتين|ايام|يوم|اسابيع|اسبوع|اشهر|شهور|شهر|اعوام|سنوات|عام|سنه){E}(?!\s*\d)",
          resolve_ago),
    _rule("ar-weekday-pair",
          rf"{B}(?:(?:مساء|صباح|يومي)\s+)?(?P<wd>{WD_AR})\s+و\s*(?P<wd2>{WD_AR}){E}",
          resolve_weekday_pair),
    _rule("ar-night-pair",
          rf"{B}(?:[وف]?(?:في|خلال)\s+)?ليل[ه]?\s+(?P<wd0>{WD_AR})\s*(?:الي|-|/)\s*(?P<wd>{WD_AR}){E}",
          resolve_night_pair),
    # "مساء اليوم نفسه": the evening of the day last named, not of the publication day
    _rule("ar-same-day",
          rf"{B}(?:في\s+)?(?:(?:مساء|صباح|ظهر|فجر|ليل|ليله)\s+)?(?:اليوم\s+(?:نفسه|ذاته)|نفس\s+اليوم|"
          rf"ذات\s+اليوم){E}",
          ref_shift(0)),
    _rule("ar-ordinal-dm",
          rf"{B}(?:(?:يوم\s+)?(?P<wd>{WD_AR})\s*,?\s*)?(?P<d>{_alt(ORDINALS_AR)})\s+(?:من\s+)?(?:شهر\s+)?"
          rf"{MON_AR}(?:\s*{AR_YEAR_WORD}{Y}م?)?{E}", resolve_absolute),
    _rule("ar-day-before", rf"{B}(?:في\s+)?اليوم\s+السابق{E}", ref_shift(-1)),
    _rule("ar-day-after", rf"{B}(?:في\s+)?اليوم\s+التالي{E}", ref_shift(1)),
]


def resolve_unit_ar(m: re.Match[str], ctx: MatchContext) -> Resolved | None:
    unit = m.group("unit") or m.group("unit2")
    mapped = {"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year"}[unit]
    step = _direction(m.group("dir") or m.group("dir2") or "")
    if ctx.anchor is None:
        return NOTHING
    return _shifted_unit(ctx.anchor, mapped, step)


RULES: dict[str, list[Rule]] = {"en": EN_RULES, "fr": FR_RULES, "ar": AR_RULES}
