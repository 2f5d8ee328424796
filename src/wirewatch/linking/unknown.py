"""Names absent from the knowledge base: stable ids, merged across articles and scripts.

An unknown name's id is ``new:`` plus a hash of its identity key (consonant skeleton
without articles or spaces), so "Karim Benali", "Karim Ben Ali" and "كريم بن علي" get
the same id even without a registry.  :class:`UnknownNameRegistry` adds what one key
cannot: fuzzy merging of spelling variants, short forms (a surname seen alone after the
full name), and the country and sector learnt from any of the mentions.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from wirewatch.linking.keys import identity_key, name_keys
from wirewatch.records import Actor

FUZZY_MERGE = 88.0  # rapidfuzz ratio between identity keys of one person's spellings


def unknown_id(surface: str, lang: str | None = None) -> str:
    key = identity_key(surface, lang) or surface.casefold().strip()
    return "new:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


@dataclass
class UnknownCluster:
    id: str
    name: str
    kind: str = "PER"
    country: str | None = None
    sector: str | None = None
    names: dict[str, list[str]] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)  # identity keys of the full names
    surnames: list[str] = field(default_factory=list)  # identity keys of last names

    def to_actor(self) -> Actor:
        return Actor(id=self.id, name=self.name, kind=self.kind, country=self.country,
                     sector=self.sector, names={k: list(v) for k, v in self.names.items()},
                     source="unknown")


def _surname_key(surface: str, lang: str | None) -> str | None:
    tokens = surface.split()
    return identity_key(tokens[-1], lang) if len(tokens) >= 2 else None


class UnknownNameRegistry:
    """Clusters of unknown names across articles; persist with ``to_dict``/``from_dict``."""

    def __init__(self) -> None:
        self.clusters: dict[str, UnknownCluster] = {}
        self._by_key: dict[str, str] = {}
        self._by_surname: dict[str, set[str]] = {}

    def __len__(self) -> int:
        return len(self.clusters)

    def get(self, cluster_id: str) -> Actor | None:
        cluster = self.clusters.get(cluster_id)
        return cluster.to_actor() if cluster else None

    def find(self, surface: str, lang: str | None = None, *, kind: str = "PER") -> str | None:
        """The cluster id ``surface`` belongs to, or None."""
        key = identity_key(surface, lang)
        if not key:
            return None
        if key in self._by_key and self.clusters[self._by_key[key]].kind == kind:
            return self._by_key[key]
        single = len(surface.split()) == 1
        if single and kind == "PER":
            ids = [c for c in self._by_surname.get(key, ()) if self.clusters[c].kind == kind]
            if len(ids) == 1:
                return ids[0]
        if len(key) >= 4 and not single:
            best, best_ratio = None, FUZZY_MERGE
            for other, cluster_id in self._by_key.items():
                if abs(len(other) - len(key)) > 3 or self.clusters[cluster_id].kind != kind:
                    continue
                ratio = fuzz.ratio(key, other)
                if ratio >= best_ratio:
                    best, best_ratio = cluster_id, ratio
            return best
        return None

    def resolve(self, surface: str, lang: str | None = None, *, kind: str = "PER",
                country: str | None = None, sector: str | None = None) -> Actor:
        """The actor for an unknown name, creating or extending its cluster."""
        surface = " ".join(surface.split())
        cluster_id = self.find(surface, lang, kind=kind)
        if cluster_id is None:
            cluster_id = unknown_id(surface, lang)
            if cluster_id in self.clusters and self.clusters[cluster_id].kind != kind:
                cluster_id = f"{cluster_id}-{kind.lower()}"
            cluster = self.clusters.get(cluster_id)
            if cluster is None:
                cluster = UnknownCluster(id=cluster_id, name=surface, kind=kind)
                self.clusters[cluster_id] = cluster
        cluster = self.clusters[cluster_id]
        self._add_name(cluster, surface, lang)
        if country and not cluster.country:
            cluster.country = country
        if sector and not cluster.sector:
            cluster.sector = sector
        return cluster.to_actor()

    def _add_name(self, cluster: UnknownCluster, surface: str, lang: str | None) -> None:
        bucket = cluster.names.setdefault(lang or "*", [])
        if surface not in bucket:
            bucket.append(surface)
        # prefer the longest Latin-script spelling as the display name
        if name_keys(surface, lang) and surface.isascii() and (
            not cluster.name.isascii() or len(surface) > len(cluster.name)
        ):
            cluster.name = surface
        key = identity_key(surface, lang)
        if key and len(surface.split()) > 1 or (key and not cluster.keys):
            if key not in cluster.keys:
                cluster.keys.append(key)
            self._by_key.setdefault(key, cluster.id)
        surname = _surname_key(surface, lang)
        if surname:
            if surname not in cluster.surnames:
                cluster.surnames.append(surname)
            self._by_surname.setdefault(surname, set()).add(cluster.id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "clusters": [
                {"id": c.id, "name": c.name, "kind": c.kind, "country": c.country,
                 "sector": c.sector, "names": c.names, "keys": c.keys, "surnames": c.surnames}
                for c in self.clusters.values()
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> UnknownNameRegistry:
        registry = cls()
        for item in (data or {}).get("clusters", []):
            if not isinstance(item, dict) or not item.get("id") or not item.get("name"):
                continue
            cluster = UnknownCluster(
                id=str(item["id"]), name=str(item["name"]), kind=str(item.get("kind") or "PER"),
                country=item.get("country"), sector=item.get("sector"),
                names={str(k): list(v) for k, v in (item.get("names") or {}).items()},
                keys=list(item.get("keys") or []), surnames=list(item.get("surnames") or []),
            )
            registry.clusters[cluster.id] = cluster
            for key in cluster.keys:
                registry._by_key.setdefault(key, cluster.id)
            for key in cluster.surnames:
                registry._by_surname.setdefault(key, set()).add(cluster.id)
        return registry
