"""POST /api/code: coding posted articles, its limits and its errors (the store is not touched)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.web.testclient import TestClient
from wirewatch.samples import samples_path
from wirewatch.store import open_store
from wirewatch.web.app import create_app
from wirewatch.web.coding import MAX_ARTICLES, MAX_BODY_BYTES


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("code") / "empty.db")


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def samples() -> list[dict[str, Any]]:
    lines = (samples_path() / "samples.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def error_of(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and "\n" not in body["error"]
    return body["error"]


def test_code_a_list_gives_plover_events_and_stores_nothing(client: TestClient, db: str,
                                                            samples: list[dict[str, Any]]) -> None:
    from wirewatch.api import code

    batch = samples[:4]
    response = client.post("/api/code", json=batch)
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["articles"] == [item["id"] for item in batch]
    assert data["count"] == len(data["events"]) > 0
    assert [e["id"] for e in data["events"]] == [e["id"] for e in code(batch)]
    by_id = {item["id"]: item for item in batch}
    for event in data["events"]:
        text = by_id[event["article_id"]]["text"]
        for span in event["text_info"]:
            assert text[span["start"]:span["end"]] == span["text"]
    with open_store(db) as store:
        assert store.count_articles() == 0


def test_code_one_object_and_json_lines(client: TestClient, samples: list[dict[str, Any]]) -> None:
    one = client.post("/api/code", json=samples[0]).json()
    assert one["articles"] == [samples[0]["id"]]
    lines = "\n".join(json.dumps(s, ensure_ascii=False) for s in samples[:2])
    both = client.post("/api/code", content=lines.encode("utf-8"),
                       headers={"Content-Type": "application/x-ndjson"}).json()
    assert both["articles"] == [samples[0]["id"], samples[1]["id"]]


def test_code_without_id_gets_one(client: TestClient) -> None:
    data = client.post("/api/code", json={"text": "Le ministre a rencontré l'ambassadeur à Rabat."}).json()
    assert len(data["articles"]) == 1 and data["articles"][0]


@pytest.mark.parametrize(("body", "needle"), [
    (b"", "empty"),
    (b"not json", "not JSON"),
    (b"[]", "empty list"),
    (b'{"id": "x1"}', "text"),
    (b'{"id": "x1", "text": "   "}', "empty"),
    (b'{"id": "x1", "text": 42}', "not a string"),
    (b'[{"text": "fine"}, 3]', "article 1"),
    (b'{"text": "a"}\n{"text": ', "line 2"),
    (b"\xff\xfe{}", "UTF-8"),
    (b'[{"id": "d", "text": "one"}, {"id": "d", "text": "two"}]', "twice"),
])
def test_bad_bodies_are_422(client: TestClient, body: bytes, needle: str) -> None:
    assert needle in error_of(client.post("/api/code", content=body), 422)


def test_too_many_articles_is_413(client: TestClient) -> None:
    batch = [{"id": f"n{i}", "text": "The minister met the envoy."} for i in range(MAX_ARTICLES + 1)]
    message = error_of(client.post("/api/code", json=batch), 413)
    assert str(MAX_ARTICLES) in message


def test_too_large_body_is_413(client: TestClient) -> None:
    text = "word " * (MAX_BODY_BYTES // 5 + 10)
    assert "limit" in error_of(client.post("/api/code", json={"text": text}), 413)


def test_code_needs_post(client: TestClient) -> None:
    assert "method" in error_of(client.get("/api/code"), 405)
