from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the pickled index and user-file lookups inside the test's temp dirs."""
    base = tmp_path_factory.getbasetemp()
    monkeypatch.setenv("WIREWATCH_CACHE_DIR", str(base / "kb-cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "no-config"))
    monkeypatch.delenv("WIREWATCH_KB_EXTRA", raising=False)
