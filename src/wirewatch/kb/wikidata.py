"""Import actors from a Wikidata JSON dump, streaming, in bounded memory.

The dump (``latest-all.json.gz`` / ``.bz2`` or plain) is one JSON array with one entity
per line::

    [
    {"type":"item","id":"Q42","labels":{...},"aliases":{...},"claims":{...}},
    ...
    ]

Each entity is read, reduced to an actor entry (labels and aliases in the chosen
languages, kind from P31, country from P27/P17, positions held from P39 with their
P580/P582 start and end qualifiers) and written at once to a JSON-lines (or YAML) file
that :func:`wirewatch.kb.load_kb` reads as a user file.  Only one entity is in memory
at a time.
"""

from __future__ import annotations

import bz2
import gzip
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import yaml

HUMAN = "Q5"
STATE_TYPES = frozenset({"Q6256", "Q3624078", "Q7275", "Q15634554"})
ORG_TYPES = frozenset({
    "Q43229", "Q484652", "Q7210356", "Q17149090", "Q245065", "Q327333", "Q7278", "Q4830453",
    "Q163740", "Q2659904", "Q1127126", "Q15911314", "Q891723", "Q2061186",
})

EntityFilter = Callable[[dict[str, Any]], bool]


class WikidataImportError(ValueError):
    """A dump that cannot be read; the message names the file and the reason."""


def _open(path: Path) -> IO[str]:
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    if name.endswith(".bz2"):
        return bz2.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def iter_entities(path: str | Path) -> Iterator[dict[str, Any]]:
    """Entities of a dump file, one at a time; unreadable lines are skipped."""
    path = Path(path)
    if not path.is_file():
        raise WikidataImportError(f"{path}: no such file")
    try:
        with _open(path) as fh:
            for line in fh:
                line = line.strip()
                if not line or line in ("[", "]"):
                    continue
                if line.endswith(","):
                    line = line[:-1]
                try:
                    entity = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(entity, dict) and entity.get("id"):
                    yield entity
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise WikidataImportError(f"{path}: cannot read dump ({exc})") from None


def _item_ids(claims: dict[str, Any], prop: str) -> list[str]:
    out = []
    for statement in claims.get(prop, ()) or ():
        if statement.get("rank") == "deprecated":
            continue
        value = ((statement.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if isinstance(value, dict) and value.get("id"):
            out.append(value["id"])
    return out


def wikidata_time(snak: dict[str, Any]) -> str | None:
    """A time snak as YYYY-MM-DD, YYYY-MM or YYYY according to its precision."""
    value = (snak.get("datavalue") or {}).get("value")
    if not isinstance(value, dict) or not isinstance(value.get("time"), str):
        return None
    text = value["time"].lstrip("+")
    if text.startswith("-"):
        return None
    precision = value.get("precision", 11)
    date_part = text.split("T", 1)[0]
    parts = date_part.split("-")
    if len(parts) != 3 or not parts[0].isdigit():
        return None
    year, month, day = parts[0].zfill(4), parts[1], parts[2]
    if precision >= 11 and month != "00" and day != "00":
        return f"{year}-{month}-{day}"
    if precision == 10 and month != "00":
        return f"{year}-{month}"
    if precision >= 9:
        return year
    return None


def _qualifier_time(statement: dict[str, Any], prop: str) -> str | None:
    for snak in (statement.get("qualifiers") or {}).get(prop, ()) or ():
        value = wikidata_time(snak)
        if value:
            return value
    return None


def entity_to_entry(
    entity: dict[str, Any],
    languages: Sequence[str] = ("en", "fr", "ar"),
    *,
    countries: dict[str, str] | None = None,
    positions: dict[str, tuple[str, str | None]] | None = None,
) -> dict[str, Any] | None:
    """The knowledge-base entry for one entity, or None if it has no name in ``languages``.

    ``countries`` maps Wikidata ids of states to ISO alpha-3 codes; ``positions`` maps
    position ids (P39 values) to (role, of), e.g. ``{"Q...": ("foreign_minister", "RUS")}``.
    Unmapped positions are kept as role ``position`` labelled with their Q-id.
    """
    qid = entity.get("id")
    if not isinstance(qid, str) or not qid.startswith("Q"):
        return None
    names: dict[str, list[str]] = {}
    for lang in languages:
        label = ((entity.get("labels") or {}).get(lang) or {}).get("value")
        found = [label] if label else []
        for alias in (entity.get("aliases") or {}).get(lang, ()) or ():
            value = alias.get("value") if isinstance(alias, dict) else None
            if value and value not in found:
                found.append(value)
        if found:
            names[lang] = found
    if not names:
        return None
    claims = entity.get("claims") or {}
    types = set(_item_ids(claims, "P31"))
    if HUMAN in types:
        kind = "PER"
    elif types & STATE_TYPES:
        kind = "GPE"
    else:
        kind = "ORG"
    countries = countries or {}
    country = None
    for prop in ("P27", "P17"):
        for item in _item_ids(claims, prop):
            if item in countries:
                country = countries[item]
                break
        if country:
            break
    roles = []
    for statement in claims.get("P39", ()) or ():
        if statement.get("rank") == "deprecated":
            continue
        value = ((statement.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if not isinstance(value, dict) or not value.get("id"):
            continue
        role, of = (positions or {}).get(value["id"], ("position", None))
        roles.append({
            "role": role, "of": of, "label": value["id"],
            "start": _qualifier_time(statement, "P580"), "end": _qualifier_time(statement, "P582"),
        })
    name = next((names[lang][0] for lang in (*languages, "en") if lang in names), qid)
    entry: dict[str, Any] = {"id": qid, "name": name, "kind": kind, "wikidata": qid, "names": names}
    if country:
        entry["country"] = country
    if kind == "PER" and roles:
        entry["sector"] = "GOV"
    if roles:
        entry["roles"] = roles
    return entry


def default_filter(entity: dict[str, Any]) -> bool:
    """Humans who held a position, states, and organisations."""
    claims = entity.get("claims") or {}
    types = set(_item_ids(claims, "P31"))
    if HUMAN in types:
        return bool(claims.get("P39"))
    return bool(types & (STATE_TYPES | ORG_TYPES))


def _kb_country_map() -> dict[str, str]:
    from wirewatch.kb import load_kb

    kb = load_kb(include_user=False)
    return {a.wikidata: a.country for a in kb.actors.values()
            if a.kind == "GPE" and a.wikidata and a.country}


def import_dump(
    path: str | Path,
    out_path: str | Path,
    *,
    languages: Sequence[str] = ("en", "fr", "ar"),
    filter: EntityFilter | None = None,  # noqa: A002 - the public name of the option
    countries: dict[str, str] | None = None,
    positions: dict[str, tuple[str, str | None]] | None = None,
) -> int:
    """Stream ``path`` (a Wikidata JSON dump) into ``out_path``; return the entries written.

    ``out_path`` ending in ``.yaml``/``.yml`` gets YAML, anything else JSON lines.
    ``filter(entity) -> bool`` chooses entities (default: :func:`default_filter`).
    """
    keep = filter or default_filter
    country_map = countries if countries is not None else _kb_country_map()
    out_path = Path(out_path)
    as_yaml = out_path.suffix.lower() in (".yaml", ".yml")
    written = 0
    tmp = out_path.with_name(out_path.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8") as out:
            for entity in iter_entities(path):
                try:
                    if not keep(entity):
                        continue
                except Exception:  # a user filter failing on one odd entity skips it
                    continue
                entry = entity_to_entry(entity, languages, countries=country_map, positions=positions)
                if entry is None:
                    continue
                if as_yaml:
                    out.write(yaml.safe_dump([entry], allow_unicode=True, sort_keys=False))
                else:
                    out.write(json.dumps(entry, ensure_ascii=False) + "\n")
                written += 1
        tmp.replace(out_path)
    except OSError as exc:
        raise WikidataImportError(f"{out_path}: cannot write ({exc.strerror or exc})") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return written
