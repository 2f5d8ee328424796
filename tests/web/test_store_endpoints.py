"""The read-only endpoints over a store filled with the bundled samples."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.web.testclient import TestClient
from wirewatch.api import ingest
from wirewatch.export import EVENT_COLUMNS
from wirewatch.records import QUAD_CLASS
from wirewatch.samples import samples_path
from wirewatch.store import open_store
from wirewatch.web.app import STATIC_DIR as STATIC
from wirewatch.web.app import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("web") / "samples.db")
    report = ingest([str(samples_path())], path)
    assert not report.errors and report.events > 0
    return path


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def store(db: str) -> Iterator[Any]:
    with open_store(db) as opened:
        yield opened


def error_of(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert "\n" not in body["error"] and body["error"]
    return body["error"]


def test_stats_match_the_store(client: TestClient, store: Any) -> None:
    data = client.get("/api/stats").json()
    assert data == store.stats()
    assert data["articles"] == 13


def test_articles_list_filters_and_pages(client: TestClient, store: Any) -> None:
    everything = client.get("/api/articles", params={"limit": 1000}).json()
    assert [a["id"] for a in everything["articles"]] == [a.id for a in store.iter_articles()]
    assert everything["more"] is False
    assert "text" not in everything["articles"][0]
    first = client.get("/api/articles", params={"limit": 5}).json()
    second = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    assert first["more"] is True
    assert [a["id"] for a in first["articles"] + second["articles"]] == [a["id"] for a in everything["articles"][:10]]
    arabic = client.get("/api/articles", params={"lang": "ar"}).json()["articles"]
    assert arabic and {a["lang"] for a in arabic} == {"ar"}
    march = client.get("/api/articles", params={"since": "2024-03", "until": "2024-03-31"}).json()["articles"]
    assert march and all(a["pub_date"].startswith("2024-03") for a in march)
    source = everything["articles"][0]["source"]
    assert {a["source"] for a in client.get("/api/articles", params={"source": source}).json()["articles"]} == {source}


def test_article_view_has_text_mentions_and_events_with_offsets(client: TestClient, store: Any) -> None:
    event = store.query_events()[0]
    data = client.get(f"/api/articles/{event.article_id}").json()
    text = data["article"]["text"]
    assert text == store.get_article(event.article_id).text
    assert [e["id"] for e in data["events"]] == [e.id for e in store.get_document(event.article_id).events]
    for plover in data["events"]:
        for span in plover["text_info"]:
            assert text[span["start"]:span["end"]] == span["text"]
        assert plover["cite_info"]["title"] == data["article"]["title"]
    for mention in data["mentions"]:
        assert text[mention["start"]:mention["end"]] == mention["text"]
    assert data["story_ids"] == store.story_ids_for_article(event.article_id)


def test_unknown_article_and_story_are_404(client: TestClient) -> None:
    assert "no-such-article" in error_of(client.get("/api/articles/no-such-article"), 404)
    assert "st-nothing" in error_of(client.get("/api/stories/st-nothing"), 404)
    error_of(client.get("/api/no-such-endpoint"), 404)


def test_events_are_plover_and_filtered(client: TestClient, store: Any) -> None:
    data = client.get("/api/events", params={"limit": 1000}).json()
    assert [e["id"] for e in data["events"]] == [e.id for e in store.query_events()]
    assert {"id", "date", "event", "actor", "recipient", "text_info", "cite_info", "quad_class"} <= set(data["events"][0])
    consult = client.get("/api/events", params={"type": "consult"}).json()["events"]
    assert consult and {e["event"] for e in consult} == {"CONSULT"}
    by_country = client.get("/api/events", params={"country": "rus"}).json()["events"]
    assert by_country and all(
        any(r["code"] == "RUS" for r in e["actor"] + e["recipient"]) for e in by_country)
    french = client.get("/api/events", params={"lang": "fr"}).json()["events"]
    assert [e["id"] for e in french] == [e.id for e in store.query_events(lang="fr")]
    dated = client.get("/api/events", params={"since": "2024-03-01", "until": "2024-03-31"}).json()["events"]
    assert [e["id"] for e in dated] == [e.id for e in store.query_events(since="2024-03-01", until="2024-03-31")]
    # dates compare at the coarser precision: a year-precise 2024 is inside March 2024
    assert dated and all("2024-03".startswith(e["date"][:7]) for e in dated)
    actor = client.get("/api/events", params={"actor": "Moscow"}).json()["events"]
    assert [e["id"] for e in actor] == [e.id for e in store.query_events(actor="Moscow")]


def test_events_paging(client: TestClient) -> None:
    everything = client.get("/api/events", params={"limit": 1000}).json()["events"]
    first = client.get("/api/events", params={"limit": 10}).json()
    second = client.get("/api/events", params={"limit": 10, "offset": 10}).json()
    assert first["more"] is True and first["count"] == 10
    assert [e["id"] for e in first["events"] + second["events"]] == [e["id"] for e in everything[:20]]


def test_canonical_events_merge_reports(client: TestClient, store: Any) -> None:
    raw = client.get("/api/events", params={"limit": 1000}).json()["events"]
    canon = client.get("/api/events", params={"canonical": "true", "limit": 1000}).json()
    assert canon["canonical"] is True
    assert 0 < len(canon["events"]) <= len(raw)
    assert sum(len(e["text_info"]) for e in canon["events"]) >= len(canon["events"])
    assert all(e["id"] == e["canonical_id"] for e in canon["events"])


FILTERED = ("/api/events", "/api/timeline", "/api/network", "/api/events.csv")


@pytest.mark.parametrize(("params", "needle", "paths"), [
    ({"type": "HUG"}, "type", FILTERED),
    ({"since": "yesterday"}, "since", FILTERED),
    ({"until": "2024-02-30"}, "until", FILTERED),
    ({"since": "2024-05", "until": "2024-01"}, "since", FILTERED),
    ({"lang": "english!"}, "lang", FILTERED),
    ({"canonical": "maybe"}, "canonical", FILTERED),
    ({"limit": "abc"}, "limit", ("/api/events", "/api/network", "/api/events.csv")),
    ({"limit": "0"}, "limit", ("/api/events", "/api/network", "/api/events.csv")),
    ({"offset": "-1"}, "offset", ("/api/events",)),
])
def test_bad_event_filters_are_422(client: TestClient, params: dict[str, str], needle: str,
                                   paths: tuple[str, ...]) -> None:
    for path in paths:
        assert needle in error_of(client.get(path, params=params), 422), path


def test_bad_article_filters_are_422(client: TestClient) -> None:
    assert "since" in error_of(client.get("/api/articles", params={"since": "2024-13-01"}), 422)
    assert "limit" in error_of(client.get("/api/articles", params={"limit": "100000"}), 422)
    assert "until" in error_of(client.get("/api/stories", params={"until": "soon"}), 422)


def test_events_csv_has_the_export_columns(client: TestClient, store: Any) -> None:
    response = client.get("/api/events.csv", params={"type": "ACCUSE"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0]) == EVENT_COLUMNS
    assert [r["id"] for r in rows] == [e.id for e in store.query_events(event_type="ACCUSE")]
    assert {r["event_type"] for r in rows} == {"ACCUSE"}


def test_search_in_each_script(client: TestClient, store: Any) -> None:
    for lang in ("en", "fr", "ar"):
        article = next(store.iter_articles(lang=lang))
        word = max(article.title.split(), key=len)
        data = client.get("/api/search", params={"q": word}).json()
        assert data["query"] == word
        assert article.id in [hit["article_id"] for hit in data["hits"]], (lang, word)
        only = client.get("/api/search", params={"q": word, "lang": lang}).json()["hits"]
        assert {hit["lang"] for hit in only} == {lang}


def test_empty_search_is_422(client: TestClient) -> None:
    assert "q" in error_of(client.get("/api/search", params={"q": "  "}), 422)
    error_of(client.get("/api/search"), 422)
    error_of(client.get("/api/search", params={"q": "x" * 1001}), 422)


def test_stories_list_and_view(client: TestClient, store: Any) -> None:
    listed = client.get("/api/stories").json()
    assert listed["total"] == len(list(store.iter_stories())) == store.stats()["stories"]
    multilingual = max(listed["stories"], key=lambda s: len(s["titles"]))
    assert len(multilingual["titles"]) >= 2
    data = client.get(f"/api/stories/{multilingual['id']}").json()
    assert data["story"]["titles"] == multilingual["titles"]
    assert {r["id"] for r in data["reports"]} == set(multilingual["article_ids"])
    assert {r["lang"] for r in data["reports"]} >= set(multilingual["titles"])
    assert {e["id"] for e in data["events"]} == set(multilingual["event_ids"])
    dates = [e["date"] for e in data["events"] if e["date"]]
    assert dates == sorted(dates)
    arabic = client.get("/api/stories", params={"lang": "ar"}).json()["stories"]
    assert arabic and all("ar" in s["titles"] for s in arabic)


def test_timeline_counts_every_event(client: TestClient, store: Any) -> None:
    events = store.query_events()
    data = client.get("/api/timeline").json()
    assert data["interval"] == "month"
    assert data["total"] == len(events)
    monthly = Counter(e.date[:7] for e in events if e.date and len(e.date) >= 7)
    assert {p["period"]: p["total"] for p in data["periods"]} == dict(monthly)
    for period in data["periods"]:
        assert sum(period["by_type"].values()) == sum(period["by_quad"].values()) == period["total"]
        for event_type, n in period["by_type"].items():
            assert period["by_quad"][str(QUAD_CLASS[event_type])] >= n
    daily = client.get("/api/timeline", params={"interval": "day", "type": "CONSULT"}).json()
    assert daily["total"] == len(store.query_events(event_type="CONSULT"))
    assert all(len(p["period"]) == 10 for p in daily["periods"])
    assert "interval" in error_of(client.get("/api/timeline", params={"interval": "week"}), 422)


def test_network_edges_come_from_events(client: TestClient, store: Any) -> None:
    data = client.get("/api/network").json()
    node_ids = {n["id"] for n in data["nodes"]}
    assert data["edges"]
    events = {e.id: e for e in store.query_events()}
    for edge in data["edges"]:
        assert edge["source"] in node_ids and edge["target"] in node_ids
        assert sum(edge["types"].values()) == edge["count"] == len(edge["event_ids"])
        for event_id in edge["event_ids"]:
            assert events[event_id].event_type in edge["types"]
    counts = [e["count"] for e in data["edges"]]
    assert counts == sorted(counts, reverse=True)
    top = client.get("/api/network", params={"limit": 2}).json()
    assert len(top["edges"]) == 2
    assert {n["id"] for n in top["nodes"]} == {x for e in top["edges"] for x in (e["source"], e["target"])}
    consult = client.get("/api/network", params={"type": "CONSULT"}).json()
    assert all(set(e["types"]) == {"CONSULT"} for e in consult["edges"])


def test_actor_lookup_in_any_script(client: TestClient) -> None:
    for query in ("Moscow", "Moscou", "موسكو"):
        actors = client.get("/api/actors", params={"q": query}).json()["actors"]
        assert actors and actors[0]["country"] == "RUS", query
    assert client.get("/api/actors", params={"q": "zzqqxx-nobody"}).json()["count"] == 0
    assert "q" in error_of(client.get("/api/actors", params={"q": ""}), 422)


def test_web_interface_is_served_from_the_package(client: TestClient) -> None:
    index = client.get("/")
    assert index.status_code == 200 and index.headers["content-type"].startswith("text/html")
    page = index.text
    for asset in ("/static/app.js", "/static/app.css"):
        assert asset in page
        assert client.get(asset).status_code == 200
    script = client.get("/static/app.js").text
    for endpoint in ("events", "timeline", "network", "search", "stories", "articles/"):
        assert f'"{endpoint}' in script
    # nothing is fetched from elsewhere
    assert "http://" not in page.replace('"http://www.w3.org/2000/svg"', "")
    assert "https://" not in page + script
    assert 'dir="auto"' in page
    assert client.get("/openapi.json").json()["paths"]["/api/events"]


def test_read_endpoints_refuse_writes(client: TestClient) -> None:
    assert error_of(client.post("/api/events"), 405)
    assert error_of(client.delete("/api/articles/x"), 405)


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the page's script")
def test_page_script_draws_every_view(db: str, store: Any) -> None:
    from tests.web.test_serve import free_port, run_serve, stop, wait_for

    port = free_port()
    process = run_serve("--db", db, "--port", str(port))
    try:
        base = wait_for(process, port)
        story = max(store.iter_stories(), key=lambda s: len(s.titles))
        event = next(e for e in store.query_events() if e.evidence)
        arabic = next(store.iter_articles(lang="ar"))
        span = f"{event.article_id}#{event.evidence[0].start}-{event.evidence[0].end}"
        hashes = ["#/events", "#/events?type=CONSULT&canonical=true", "#/search?q=" + quote(arabic.title.split()[-1]),
                  "#/articles", "#/article/" + quote(span, safe=""), "#/article/" + quote(arabic.id),
                  "#/stories", "#/story/" + quote(story.id), "#/article/no-such-id", "#/events?since=2024-13"]
        result = subprocess.run(["node", str(Path(__file__).with_name("page_check.mjs")), base,
                                 str(STATIC / "app.js"), *hashes], capture_output=True, text=True, timeout=60)
    finally:
        stop(process)
    assert result.returncode == 0, result.stderr
    pages = [json.loads(line) for line in result.stdout.splitlines()]
    views = {page["hash"]: page for page in pages[:-1]}
    assert str(store.stats()["events"]) in pages[-1]["footer"]
    events_view = views["#/events"]
    assert events_view["error"] is None
    assert events_view["rects"] > 0 and events_view["circles"] > 0 and events_view["lines"] > 0
    assert events_view["rows"] == 1 + min(100, store.stats()["events"])
    assert views[hashes[2]]["error"] is None and arabic.id not in views[hashes[2]]["text"]  # links show titles
    assert arabic.title in views[hashes[2]]["text"]
    article_view = views[hashes[4]]
    assert article_view["marks"] > 0 and article_view["active"] > 0 and article_view["mentions"] > 0
    assert views[hashes[5]]["rtl"] is True
    assert all(title in views[hashes[7]]["text"] for title in story.titles.values())
    assert views["#/article/no-such-id"]["error"] and "no-such-id" in views["#/article/no-such-id"]["error"]
    assert views["#/events?since=2024-13"]["error"].startswith("since")
