"""Stories run on both store backends through the store tests' own fixtures."""

try:
    from tests.store.conftest import *  # noqa: F403  (the store fixtures, both backends)
except ImportError:  # without the store's tests the store-backed cases skip
    pass
