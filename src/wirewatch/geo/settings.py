"""Country codes of places in contested territories.

Two conventions:

* ``"iso"`` (default): the ISO 3166 code of the territory where it has one (Western
  Sahara -> ESH), else the internationally recognised state (Crimea -> UKR, the Golan ->
  SYR, Northern Cyprus -> CYP).
* ``"claimed"``: PLOVER's convention of the claimed (administering) sovereign: Western
  Sahara -> MAR, Crimea -> RUS, the Golan -> ISR; where the entity is only partially
  recognised the sovereign that claims it (Northern Cyprus -> CYP, Kosovo -> SRB,
  Taiwan -> CHN).

Select with the environment variable ``WIREWATCH_TERRITORY_CONVENTION`` or pass
``convention=`` explicitly.  The table is :data:`TERRITORIES`; docs/dates-and-places.md
lists it for readers.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

TERRITORY_CONVENTION = "iso"
CONVENTIONS = ("iso", "claimed")
ENV_VAR = "WIREWATCH_TERRITORY_CONVENTION"


@dataclass(frozen=True)
class Territory:
    name: str
    iso: str
    claimed: str


TERRITORIES: dict[str, Territory] = {
    "western_sahara": Territory("Western Sahara", "ESH", "MAR"),
    "crimea": Territory("Crimea (incl. Sevastopol)", "UKR", "RUS"),
    "golan": Territory("Golan Heights (Israeli-held)", "SYR", "ISR"),
    "northern_cyprus": Territory("Northern Cyprus", "CYP", "CYP"),
    "kosovo": Territory("Kosovo", "XKX", "SRB"),
    "taiwan": Territory("Taiwan", "TWN", "CHN"),
    "abkhazia": Territory("Abkhazia", "GEO", "GEO"),
    "south_ossetia": Territory("South Ossetia", "GEO", "GEO"),
    "transnistria": Territory("Transnistria", "MDA", "MDA"),
    "somaliland": Territory("Somaliland", "SOM", "SOM"),
}

# GeoNames cities of the packaged data that lie in Northern Cyprus or the Israeli-held Golan
# and carry the recognised state's code there.
_NORTHERN_CYPRUS_IDS = frozenset({146412, 146617, 146286, 146638})
# Morocco's pre-1975 southern border is the parallel 27°40' N; Moroccan-coded GeoNames
# places south of it (Smara) lie in Western Sahara.
_WESTERN_SAHARA_NORTH = 27.6667
_WESTERN_SAHARA_EAST = -8.667


def territory_convention(convention: str | None = None) -> str:
    """The active convention: the argument, else the environment, else ``"iso"``."""
    chosen = (convention or os.environ.get(ENV_VAR) or TERRITORY_CONVENTION).strip().lower()
    return chosen if chosen in CONVENTIONS else TERRITORY_CONVENTION


def territory_of(country2: str, admin1: str, lat: float | None, lon: float | None,
                 geonames_id: int | None, name: str = "") -> str | None:
    """The key of :data:`TERRITORIES` a place lies in, or None."""
    if country2 == "EH":
        return "western_sahara"
    if (country2 == "MA" and lat is not None and lon is not None
            and lat < _WESTERN_SAHARA_NORTH and lon < _WESTERN_SAHARA_EAST):
        return "western_sahara"
    if country2 == "UA" and admin1 in ("11", "20"):
        return "crimea"
    if name == "Golan Heights":
        return "golan"
    if geonames_id in _NORTHERN_CYPRUS_IDS or name == "Northern Cyprus":
        return "northern_cyprus"
    if country2 == "XK":
        return "kosovo"
    if country2 == "TW":
        return "taiwan"
    return None


def country_code(country2: str, country3: str | None, admin1: str = "", lat: float | None = None,
                 lon: float | None = None, geonames_id: int | None = None, name: str = "",
                 convention: str | None = None) -> str | None:
    """ISO alpha-3 code of a place under the territory convention."""
    key = territory_of(country2, admin1, lat, lon, geonames_id, name)
    if key is None:
        return country3
    territory = TERRITORIES[key]
    return territory.claimed if territory_convention(convention) == "claimed" else territory.iso
