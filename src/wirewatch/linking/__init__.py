"""Linking mentions to actors: name keys across scripts, candidates, disambiguation.

``wirewatch.linking.keys`` (normalised name keys), ``wirewatch.linking.link``
(``link_mentions(doc, kb)``), ``wirewatch.linking.unknown`` (names not in the KB).
Submodules are imported on use so that the knowledge base can import the keys alone.
"""

from __future__ import annotations

from typing import Any

__all__ = ["UnknownNameRegistry", "link_mentions", "name_keys"]


def __getattr__(name: str) -> Any:
    if name == "link_mentions":
        from wirewatch.linking.link import link_mentions

        return link_mentions
    if name == "UnknownNameRegistry":
        from wirewatch.linking.unknown import UnknownNameRegistry

        return UnknownNameRegistry
    if name == "name_keys":
        from wirewatch.linking.keys import name_keys

        return name_keys
    raise AttributeError(f"module 'wirewatch.linking' has no attribute {name!r}")
