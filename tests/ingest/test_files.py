"""Reading plain text, HTML, JSONL and feed files, alone and in directories."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import tracemalloc
from pathlib import Path

import pytest

from wirewatch.ingest import IngestOptions, InputError, read_inputs, read_jsonl
from wirewatch.records import Article

OFFLINE = IngestOptions(fetch_feed_pages=False)


def _read(*inputs: str | Path, options: IngestOptions = OFFLINE) -> list[Article | InputError]:
    return list(read_inputs([str(item) for item in inputs], options))


def _articles(results: list[Article | InputError]) -> list[Article]:
    return [item for item in results if isinstance(item, Article)]


def test_plain_text_file(fixtures: Path) -> None:
    (article,) = _read(fixtures / "story.txt")
    assert isinstance(article, Article)
    assert article.title == "Parliament approves new water-sharing law"
    assert article.text == (fixtures / "story.txt").read_text("utf-8")  # verbatim
    assert article.content_hash and article.id.startswith("file-")
    assert _read(fixtures / "story.txt")[0].id == article.id  # stable


def test_text_without_headline_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "The committee met on Monday, and its chair said the report was late.\n"
        "A vote is expected next week.\n",
        encoding="utf-8",
    )
    (article,) = _read(path)
    assert isinstance(article, Article) and article.title is None


def test_html_file_english(fixtures: Path) -> None:
    (article,) = _read(fixtures / "article_en.html")
    assert isinstance(article, Article)
    assert article.title == "Coastal states agree to joint fisheries patrols"
    assert article.pub_date == "2025-06-03" and article.pub_date_source == "html"
    assert article.lang == "en"
    assert article.source == "The Harbour Ledger"
    assert article.url == "https://ledger.example/world/2025/06/03/fisheries-patrols"  # canonical
    assert article.extra["description"].startswith("Three coastal states")
    assert "joint naval patrols" in article.text
    assert "struggling with the price of fuel" in article.text
    for boilerplate in ("Subscribe", "Most read", "All rights reserved", "Privacy"):
        assert boilerplate not in article.text


def test_html_file_arabic(fixtures: Path) -> None:
    (article,) = _read(fixtures / "article_ar.html")
    assert isinstance(article, Article)
    assert article.lang == "ar"
    assert article.title == "وزيرا الخارجية يبحثان استئناف الرحلات الجوية"
    assert article.pub_date == "2025-09-21"
    assert "لجنة فنية مشتركة" in article.text
    assert "جميع الحقوق محفوظة" not in article.text


def test_truncated_html_keeps_what_is_there(fixtures: Path, tmp_path: Path) -> None:
    page = (fixtures / "article_en.html").read_bytes()
    cut = page[: page.index(b"weigh on crews")]
    path = tmp_path / "cut.html"
    path.write_bytes(cut)
    (article,) = _read(path)
    assert isinstance(article, Article)
    assert "joint naval patrols" in article.text


def test_html_without_main_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (error,) = _read(path)
    assert isinstance(error, InputError) and "no main text" in error.reason


def test_jsonl_file(fixtures: Path) -> None:
    first, second, third = _read(fixtures / "articles.jsonl")
    assert isinstance(first, Article) and first.id == "fx-1"
    assert first.extra == {"section": "world"}
    assert (first.lang, first.pub_date, first.pub_date_source) == ("en", "2025-04-11", "metadata")
    assert isinstance(second, Article) and second.id.startswith("url-")
    assert second.lang == "fr" and second.pub_date == "2025-04-11T16:20:00+00:00"
    assert isinstance(third, Article) and third.id.startswith("text-")
    assert third.pub_date is None and third.extra["pub_date_raw"] == "sometime last spring"


def test_jsonl_bad_lines_are_errors_and_reading_goes_on() -> None:
    lines = [
        b'{"id": "a", "text": "First report."}',
        b"{not json",
        b'{"id": "b", "title": "no text"}',
        b"",
        b'["an", "array"]',
        b'{"id": "c", "text": "   "}',
        b'{"id": "d", "text": "caf\xe9 broken"}',
        b'{"id": "e", "text": 12}',
        b'{"id": "f", "text": "Last report."}',
    ]
    results = list(read_jsonl(io.BytesIO(b"\n".join(lines)), "batch.jsonl"))
    assert [r.id for r in results if isinstance(r, Article)] == ["a", "f"]
    errors = {str(r).split(":")[1].strip(): r.reason for r in results if isinstance(r, InputError)}
    assert set(errors) == {"line 2", "line 3", "line 5", "line 6", "line 7", "line 8"}
    assert "not valid JSON" in errors["line 2"]
    assert "text" in errors["line 3"]
    assert "not a JSON object" in errors["line 5"]
    assert "UTF-8" in errors["line 7"]


def test_jsonl_from_text_stream_and_ids_are_stable() -> None:
    data = '{"text": "Same text, no id."}\n{"url": "https://x.example/1", "text": "T"}\n'
    first = list(read_jsonl(io.StringIO(data), "<text>"))
    second = list(read_jsonl(io.BytesIO(data.encode()), "<bytes>"))
    assert [a.id for a in first] == [a.id for a in second]


def test_jsonl_line_over_limit_is_refused_in_bounded_memory() -> None:
    long_line = b'{"id": "big", "text": "' + b"x" * 5000 + b'"}'
    data = b'{"id": "ok1", "text": "a"}\n' + long_line + b'\n{"id": "ok2", "text": "b"}\n'
    results = list(read_jsonl(io.BytesIO(data), "big.jsonl", max_bytes=1000))
    assert [r.id for r in results if isinstance(r, Article)] == ["ok1", "ok2"]
    (error,) = [r for r in results if isinstance(r, InputError)]
    assert error.input == "big.jsonl:line 2" and "max_bytes" in error.reason


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "From a pipe."}\n'))
    monkeypatch.setattr("sys.stdin", stdin)
    (article,) = _read("-")
    assert isinstance(article, Article) and article.id == "s1"


def test_rss_file(fixtures: Path) -> None:
    full, short = _read(fixtures / "feed.rss")
    assert isinstance(full, Article) and isinstance(short, Article)
    assert full.title == "Rail link talks resume after two-year pause"
    assert full.text.startswith("Negotiators from the two neighbouring states met on Monday")
    assert "\n" in full.text  # paragraphs kept apart
    assert full.pub_date == "2025-10-14T09:30:00+00:00" and full.pub_date_source == "feed"
    assert full.lang == "en" and full.source == "Valley Courier - World"
    assert full.url == "https://courier.example/world/rail-link-talks"
    # Page fetching is off: the summary stands in for the text.
    assert short.text == "Dock unions called a 48-hour strike."
    assert short.pub_date == "2025-10-15T16:05:00+00:00"
    assert short.id != full.id and short.extra["guid"] == "courier-2025-10-15-port"


def test_atom_file(fixtures: Path) -> None:
    (entry,) = _read(fixtures / "feed.atom")
    assert isinstance(entry, Article)
    assert entry.lang == "fr" and entry.source == "Le Journal du Plateau"
    assert entry.title == "Le gouvernement annonce un plan contre la sécheresse"
    assert entry.pub_date == "2025-11-02T07:00:00+00:00"
    assert "stations de dessalement" in entry.text and "<p>" not in entry.text


def test_directory_recursive_skips_hidden_and_assets(fixtures: Path, tmp_path: Path) -> None:
    root = tmp_path / "crawl"
    (root / "2025" / "06").mkdir(parents=True)
    shutil.copy(fixtures / "article_en.html", root / "2025" / "06" / "page.html")
    shutil.copy(fixtures / "story.txt", root / "story.txt")
    shutil.copy(fixtures / "feed.atom", root / "2025" / "latest.atom")
    (root / "2025" / "06" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (root / ".cache").mkdir()
    shutil.copy(fixtures / "story.txt", root / ".cache" / "copy.txt")
    (root / ".hidden.txt").write_text("Secret\n\nnot to be read")
    (root / "noext").write_text("<html><body><article><p>" + "A report without extension. " * 5
                               + "</p></article></body></html>")
    results = _read(root)
    assert not [r for r in results if isinstance(r, InputError)]
    titles = sorted(a.title or "" for a in _articles(results))
    assert titles == sorted([
        "Coastal states agree to joint fisheries patrols",
        "Parliament approves new water-sharing law",
        "Le gouvernement annonce un plan contre la sécheresse",
        "",
    ])
    flat = _read(root, options=IngestOptions(fetch_feed_pages=False, recursive=False))
    assert len(_articles(flat)) == 2  # story.txt and noext only


def test_many_inputs_errors_do_not_stop_the_rest(fixtures: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    results = _read(empty, tmp_path / "missing.txt", fixtures / "story.txt", "ftp://host/x")
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["InputError", "InputError", "Article", "InputError"]
    assert str(results[0]) == f"{empty}: empty file"
    assert results[1].reason == "no such file or directory"
    assert "unsupported URL scheme" in results[3].reason


def test_json_documents(tmp_path: Path) -> None:
    array = tmp_path / "batch.json"
    array.write_text(
        '[\n  {"id": "j1", "text": "One report."},\n  "oops",\n'
        '  {"id": "j3", "title": "no text"},\n  {"id": "j4", "text": "Another."}\n]\n'
    )
    results = _read(array)
    assert [r.id for r in results if isinstance(r, Article)] == ["j1", "j4"]
    assert [r.input for r in results if isinstance(r, InputError)] == [
        f"{array}:item 2", f"{array}:item 3",
    ]
    single = tmp_path / "one.json"
    single.write_text('{\n  "id": "solo",\n  "text": "A single pretty-printed report."\n}\n')
    (article,) = _read(single)
    assert isinstance(article, Article) and article.id == "solo"
    lines = tmp_path / "lines.json"
    lines.write_text('{"id": "l1", "text": "a"}\n{"id": "l2", "text": "b"}\n')
    assert [a.id for a in _articles(_read(lines))] == ["l1", "l2"]


def test_single_string_input_is_one_input(fixtures: Path) -> None:
    (article,) = list(read_inputs(str(fixtures / "story.txt")))
    assert isinstance(article, Article)


def test_utf16_text_without_byte_order_mark(tmp_path: Path) -> None:
    text = "Headline of a report\n\nThe delegates met in Geneva and agreed to meet again.\n"
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("utf-16-le"))
    (article,) = _read(path)
    assert isinstance(article, Article) and article.text == text


def test_atom_entry_dated_only_by_updated(tmp_path: Path) -> None:
    path = tmp_path / "updated.atom"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>F</title><id>urn:f</id><updated>2025-02-01T00:00:00Z</updated>"
        "<entry><title>E</title><id>urn:e</id><updated>2025-01-31T22:15:00Z</updated>"
        "<summary>Negotiators agreed on a timetable for the next round.</summary></entry></feed>",
        encoding="utf-8",
    )
    (article,) = _read(path)
    assert isinstance(article, Article)
    assert article.pub_date == "2025-01-31T22:15:00+00:00" and article.id.startswith("guid-")


@pytest.mark.slow
def test_large_jsonl_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "large.jsonl"
    line = json.dumps({"text": "The envoy met both delegations again today. " * 60}) + "\n"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(12_000):  # about 32 MB
            handle.write(line.replace("today", f"on day {number}", 1))
    tracemalloc.start()
    try:
        count = sum(1 for item in read_inputs([str(path)]) if isinstance(item, Article))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 12_000
    assert path.stat().st_size > 30_000_000 and peak < 5_000_000


def test_gzipped_jsonl_is_streamed(tmp_path: Path, fixtures: Path) -> None:
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write((fixtures / "articles.jsonl").read_bytes())
    assert [a.id for a in _articles(_read(path))][0] == "fx-1"
    assert len(_articles(_read(path))) == 3
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(path.read_bytes()[:-12])
    results = _read(cut)
    assert isinstance(results[-1], InputError) and "damaged gzip stream" in results[-1].reason
    other = tmp_path / "notes.txt.gz"
    other.write_bytes(path.read_bytes())
    (error,) = _read(other)
    assert isinstance(error, InputError) and error.reason == "binary content (application/gzip)"


def test_reading_json_lines_loads_no_page_feed_url_or_warc_library(tmp_path) -> None:
    import subprocess
    import sys

    source = tmp_path / "a.jsonl"
    source.write_text('{"id": "a", "text": "Talks opened in Rabat.", "lang": "en"}\n', encoding="utf-8")
    script = ("import sys; from wirewatch.ingest import read_inputs; "
              f"print(len(list(read_inputs([{str(source)!r}]))), "
              "sorted(m for m in ('trafilatura', 'httpx', 'feedparser', 'warcio') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["1", "[]"]
