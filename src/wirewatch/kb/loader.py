"""Reading the knowledge base's data files (shipped and user-supplied) into actors.

Four entry shapes are read, from YAML (a list of mappings), JSON lines or CSV:

* a state or territory (has ``iso3``): becomes a GPE actor, a GOV actor for its
  government (named by its capital and seats of government), demonyms and metonyms;
* any other actor (``name`` plus optional ``id``, ``kind``, ``wikidata``, ``country``,
  ``sector``, ``names``, ``aliases``, ``roles``, ``code``);
* an entry whose ``id`` (or ``wikidata``) is already known adds names and roles to it;
* CSV rows ``id,name,country,sector,wikidata,aliases,lang`` (aliases ``|``-separated).
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from wirewatch.records import Actor, Role
from wirewatch.yamlfiles import load_yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
SHIPPED_FILES = ("countries.yaml", "organisations.yaml", "nonstate.yaml", "office_holders.yaml")
ACTOR_KINDS = ("PER", "ORG", "GPE", "LOC", "GOV")
LANG_ANY = "*"



class KBFileError(ValueError):
    """A knowledge-base file that cannot be read; the message names file and reason."""


@dataclass
class NameEntry:
    surface: str
    lang: str  # "en", "fr", "ar", ... or "*" for any language
    actor_id: str
    kind: str  # "name", "capital", "seat"


@dataclass
class KBData:
    actors: dict[str, Actor] = field(default_factory=dict)
    names: list[NameEntry] = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)  # ISO3 / org code -> actor id
    iso2: dict[str, str] = field(default_factory=dict)  # ISO alpha-2 -> actor id
    wikidata: dict[str, str] = field(default_factory=dict)  # Q-id -> actor id
    demonyms: list[tuple[str, str, str]] = field(default_factory=list)  # (word, lang, iso3)
    metonyms: list[tuple[str, str, str]] = field(default_factory=list)  # (word, lang, iso3)
    # a city standing for an organisation seated there ("Brussels" for the EU): (word, lang, actor id)
    organisation_seats: list[tuple[str, str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if slug:
        return slug
    # names in non-Latin script only: a short stable hash keeps ids ASCII
    import hashlib

    return "x" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v is not None and str(v).strip()]
    return [str(value)]


def _as_names(value: Any) -> dict[str, list[str]]:
    if value is None:
        return {}
    if isinstance(value, dict):
        return {str(lang): _as_list(names) for lang, names in value.items()}
    return {LANG_ANY: _as_list(value)}


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def read_entries(path: Path) -> Iterator[dict[str, Any]]:
    """Raw entries of one file (YAML, JSON lines or CSV); file errors raise KBFileError."""
    if not path.is_file():
        raise KBFileError(f"{path}: no such file")
    suffix = path.suffix.lower()
    try:
        if suffix in (".yaml", ".yml"):
            with path.open(encoding="utf-8") as fh:
                data = load_yaml(fh)
            if data is None:
                return
            if isinstance(data, dict):
                data = data.get("actors", [data])
            if not isinstance(data, list):
                raise KBFileError(f"{path}: expected a list of entries")
            yield from (e for e in data if isinstance(e, dict))
        elif suffix in (".jsonl", ".json"):
            with path.open(encoding="utf-8") as fh:
                for number, line in enumerate(fh, 1):
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        entry = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise KBFileError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
                    if isinstance(entry, dict):
                        yield entry
        elif suffix in (".csv", ".tsv"):
            with path.open(encoding="utf-8-sig", newline="") as fh:
                reader = csv.DictReader(fh, delimiter="\t" if suffix == ".tsv" else ",")
                if not reader.fieldnames or "name" not in reader.fieldnames and "id" not in reader.fieldnames:
                    raise KBFileError(f"{path}: CSV needs a header with at least 'id' or 'name'")
                for row in reader:
                    yield _csv_row_to_entry(row)
        else:
            raise KBFileError(f"{path}: unknown file type {suffix!r} (use .yaml, .csv or .jsonl)")
    except yaml.YAMLError as exc:
        raise KBFileError(f"{path}: invalid YAML ({str(exc).splitlines()[0]})") from None
    except UnicodeDecodeError:
        raise KBFileError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise KBFileError(f"{path}: {exc.strerror or exc}") from None


def _csv_row_to_entry(row: dict[str, str | None]) -> dict[str, Any]:
    clean = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
    lang = clean.get("lang") or LANG_ANY
    aliases = [a.strip() for a in clean.get("aliases", "").split("|") if a.strip()]
    entry: dict[str, Any] = {
        "id": clean.get("id") or None,
        "name": clean.get("name") or None,
        "country": clean.get("country") or None,
        "sector": clean.get("sector") or None,
        "wikidata": clean.get("wikidata") or None,
        "kind": clean.get("kind") or None,
        "names": {lang: aliases} if aliases else {},
    }
    if entry["name"]:
        entry["names"].setdefault(lang, []).insert(0, entry["name"])
    return entry


class KBBuilder:
    """Accumulates entries from many files into :class:`KBData`."""

    def __init__(self) -> None:
        self.data = KBData()

    def add_file(self, path: str | Path, *, source: str | None = None) -> None:
        path = Path(path)
        label = source or path.name
        self.data.files.append(str(path))
        for number, entry in enumerate(read_entries(path), 1):
            try:
                self.add_entry(entry, source=label)
            except ValueError as exc:
                self.data.warnings.append(f"{path}: entry {number}: {exc}")

    def add_entry(self, entry: dict[str, Any], *, source: str | None = None) -> None:
        if entry.get("iso3"):
            self._add_country(entry, source)
        else:
            self._add_actor(entry, source)

    # -- states and territories -------------------------------------------------------
    def _add_country(self, entry: dict[str, Any], source: str | None) -> None:
        iso3 = str(entry["iso3"]).strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise ValueError(f"bad iso3 code {iso3!r}")
        names = _as_names(entry.get("names"))
        english = (names.get("en") or names.get(LANG_ANY) or [iso3])[0]
        wikidata = _opt_str(entry.get("wikidata"))
        existing_id = self.data.codes.get(iso3)
        actor_id = existing_id or wikidata or f"iso:{iso3}"
        actor = self.data.actors.get(actor_id)
        if actor is None:
            actor = Actor(id=actor_id, name=english, kind="GPE", wikidata=wikidata,
                          country=iso3, sector="GOV", source=source)
            self.data.actors[actor_id] = actor
            self.data.codes[iso3] = actor_id
            if entry.get("iso2"):
                self.data.iso2.setdefault(str(entry["iso2"]).upper(), actor_id)
            if wikidata:
                self.data.wikidata.setdefault(wikidata, actor_id)
        self._merge_names(actor, names, "name")

        gov_id = f"gov:{iso3}"
        gov = self.data.actors.get(gov_id)
        if gov is None:
            gov = Actor(id=gov_id, name=f"Government of {english}", kind="GOV",
                        country=iso3, sector="GOV", source=source)
            self.data.actors[gov_id] = gov
        for kind, key in (("capital", "capital"), ("seat", "seats")):
            places = _as_names(entry.get(key))
            self._merge_names(gov, places, kind)
            for lang, words in places.items():
                self.data.metonyms.extend((w, lang, iso3) for w in words)
        for lang, words in _as_names(entry.get("demonyms")).items():
            self.data.demonyms.extend((w, lang, iso3) for w in words)

    # -- other actors -------------------------------------------------------------------
    def _add_actor(self, entry: dict[str, Any], source: str | None) -> None:
        actor_id = _opt_str(entry.get("id"))
        wikidata = _opt_str(entry.get("wikidata"))
        if wikidata and not re.fullmatch(r"Q\d+", wikidata):
            raise ValueError(f"bad Wikidata id {wikidata!r}")
        names = _as_names(entry.get("names"))
        aliases = _as_list(entry.get("aliases"))
        if aliases:
            names.setdefault(LANG_ANY, []).extend(aliases)
        name = _opt_str(entry.get("name"))
        existing = None
        if actor_id and actor_id in self.data.actors:
            existing = self.data.actors[actor_id]
        elif actor_id and actor_id in self.data.codes:
            existing = self.data.actors[self.data.codes[actor_id]]
        elif wikidata and wikidata in self.data.wikidata:
            existing = self.data.actors[self.data.wikidata[wikidata]]
        if existing is None:
            if not name:
                all_names = [n for ns in names.values() for n in ns]
                if not all_names:
                    raise ValueError("entry has neither a name nor names")
                name = all_names[0]
            code = _opt_str(entry.get("code"))
            actor_id = actor_id or wikidata or f"kb:{slugify(code or name)}"
            kind = (_opt_str(entry.get("kind")) or ("PER" if entry.get("roles") else "ORG")).upper()
            if kind not in ACTOR_KINDS:
                raise ValueError(f"unknown kind {kind!r} (one of {', '.join(ACTOR_KINDS)})")
            actor = Actor(id=actor_id, name=name, kind=kind, wikidata=wikidata,
                          country=_code(entry.get("country")), sector=_code(entry.get("sector")),
                          source=source)
            self.data.actors[actor_id] = actor
            if wikidata:
                self.data.wikidata.setdefault(wikidata, actor_id)
            names.setdefault("en" if "en" in names else LANG_ANY, []).insert(0, name)
        else:
            actor = existing
            for attr in ("country", "sector"):
                value = _code(entry.get(attr))
                if value:
                    setattr(actor, attr, value)
            if wikidata and not actor.wikidata:
                actor.wikidata = wikidata
                self.data.wikidata.setdefault(wikidata, actor.id)
            if entry.get("kind"):
                kind = str(entry["kind"]).upper()
                if kind in ACTOR_KINDS:
                    actor.kind = kind
        code = _opt_str(entry.get("code"))
        if code:
            self.data.codes.setdefault(code.upper(), actor.id)
        self._merge_names(actor, names, "name")
        for lang, words in _as_names(entry.get("seats")).items():
            self.data.organisation_seats.extend((w, lang, actor.id) for w in words)
        for role in entry.get("roles") or []:
            if isinstance(role, dict) and role.get("role"):
                actor.roles.append(Role(
                    role=str(role["role"]), of=_opt_str(role.get("of")),
                    start=_opt_str(role.get("start")), end=_opt_str(role.get("end")),
                    label=_opt_str(role.get("label")),
                ))

    def _merge_names(self, actor: Actor, names: dict[str, list[str]], kind: str) -> None:
        for lang, words in names.items():
            bucket = actor.names.setdefault(lang, [])
            for word in words:
                word = word.strip()
                if not word:
                    continue
                if word not in bucket:
                    bucket.append(word)
                self.data.names.append(NameEntry(word, lang, actor.id, kind))


def _code(value: Any) -> str | None:
    text = _opt_str(value)
    return text.upper() if text else None


def build(paths: Iterable[str | Path], *, shipped: bool = True) -> KBData:
    builder = KBBuilder()
    if shipped:
        for name in SHIPPED_FILES:
            builder.add_file(DATA_DIR / name, source=f"wirewatch:{name}")
    for path in paths:
        builder.add_file(path)
    return builder.data
