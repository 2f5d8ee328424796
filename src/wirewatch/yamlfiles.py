"""Reading the YAML data files shipped with the package: with libyaml's C parser where
PyYAML was built with it (several times faster than the pure-Python one, the same data)."""

from __future__ import annotations

from typing import IO, Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | IO[str]) -> Any:
    """The data of a YAML text or open file, read with the safe loader."""
    return yaml.load(source, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
