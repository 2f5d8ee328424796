"""Bad input becomes one InputError each; nothing raises out of read_inputs."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

import pytest

from wirewatch.ingest import IngestOptions, InputError, read_inputs
from wirewatch.records import Article

OFFLINE = IngestOptions(fetch_feed_pages=False)

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><description>&lol9;</description></item>
</channel></rss>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<rss version="2.0"><channel><title>Leak</title>
<item><title>x</title><description>&secret;</description></item>
</channel></rss>
"""


def _one(path: Path, options: IngestOptions = OFFLINE) -> Article | InputError:
    results = list(read_inputs([str(path)], options))
    assert len(results) == 1, results
    return results[0]


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "inside a zip")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\n", "no text (only whitespace)"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary content (image/png)"),
        ("bundle.bin", _zip_bytes(), "binary content (application/zip)"),
        ("scan.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary content (application/pdf)"),
        ("blob", bytes(range(256)) * 4, "binary content (application/octet-stream)"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    error = _one(path)
    assert isinstance(error, InputError)
    assert error.reason == reason
    assert str(error) == f"{path}: {reason}" and "\n" not in str(error)


@pytest.mark.parametrize("suffix", [".rss", ".xml"])
def test_billion_laughs_is_refused_not_expanded(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"bomb{suffix}"
    path.write_bytes(BILLION_LAUGHS)
    error = _one(path)
    assert isinstance(error, InputError)
    assert error.reason.startswith("XML entity declaration refused")


def test_billion_laughs_in_badly_formed_xml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_bytes(BILLION_LAUGHS.replace(b"</channel></rss>", b"<unclosed>"))
    error = _one(path)
    assert isinstance(error, InputError) and "entity declaration refused" in error.reason


def test_external_entity_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "xxe.rss"
    path.write_bytes(EXTERNAL_ENTITY)
    error = _one(path)
    assert isinstance(error, InputError) and "refused" in error.reason


def test_feed_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text("This is plain prose, not a feed at all.\nSecond line.")
    error = _one(path)
    assert isinstance(error, InputError) and error.reason.startswith("not an RSS or Atom feed")
    xml = tmp_path / "catalogue.xml"
    xml.write_text('<?xml version="1.0"?><catalogue><book>A</book></catalogue>')
    error = _one(xml)
    assert isinstance(error, InputError) and error.reason.startswith("not an RSS or Atom feed")


def test_file_over_max_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Headline\n\n" + "A sentence of a very long report. " * 200)
    options = IngestOptions(fetch_feed_pages=False, max_bytes=1000)
    error = _one(path, options)
    assert isinstance(error, InputError)
    assert "larger than max_bytes (1000)" in error.reason
    assert isinstance(_one(path), Article)  # the default limit admits it


@pytest.mark.slow
def test_fifty_megabyte_text_file_is_refused_by_default_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = b"Another line of an enormous text file that no report would ever be.\n"
    with path.open("wb") as handle:
        for _ in range(50_000_000 // len(line) + 1):
            handle.write(line)
    error = _one(path)
    assert isinstance(error, InputError) and "larger than max_bytes (20000000)" in error.reason


def test_invalid_utf8_bytes_are_replaced_not_fatal(tmp_path: Path) -> None:
    text = "Le président a reçu l'émissaire à l'Élysée pour un échange de vues."
    path = tmp_path / "damaged.txt"
    path.write_bytes(text.encode("utf-8") + b" \xff\xfe\xc3 " + text.encode("utf-8"))
    article = _one(path)
    assert isinstance(article, Article)
    assert article.text.count("reçu l'émissaire") == 2 and "\ufffd" in article.text


def test_errors_never_stop_the_other_inputs(tmp_path: Path, fixtures: Path) -> None:
    bomb = tmp_path / "bomb.rss"
    bomb.write_bytes(BILLION_LAUGHS)
    png = tmp_path / "x.png.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    inputs = [str(bomb), str(png), str(fixtures / "story.txt"), str(tmp_path / "nope")]
    results = list(read_inputs(inputs, OFFLINE))
    assert [type(r).__name__ for r in results] == [
        "InputError", "InputError", "Article", "InputError",
    ]


def test_feed_with_damaged_encoding_declaration(tmp_path: Path) -> None:
    path = tmp_path / "damaged.rss"
    path.write_bytes(b'<?xml version="1.0" encoding="ut\xf0\x28f"?><rss version="2.0"><channel>')
    error = _one(path)
    assert isinstance(error, InputError) and error.reason.startswith("not an RSS or Atom feed")


def test_feed_entry_with_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "controls.rss"
    path.write_bytes(
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>x</title><description>&lt;p&gt;Talks\x0b resumed\x1f today.&lt;/p&gt;"
        b"</description></item></channel></rss>"
    )
    article = _one(path)
    assert isinstance(article, Article) and article.text == "Talks resumed today."


def _mutations(data: bytes, rng: random.Random) -> bytes:
    damaged = bytearray(data)
    for _ in range(rng.randrange(1, 15)):
        position = rng.randrange(len(damaged) + 1)
        roll = rng.random()
        if roll < 0.4:
            del damaged[position:position + rng.randrange(1, 40)]
        elif roll < 0.8:
            damaged[position:position] = rng.randbytes(rng.randrange(1, 8))
        else:
            del damaged[position:]
    return bytes(damaged)


def test_damaged_inputs_never_raise(tmp_path: Path, fixtures: Path) -> None:
    rng = random.Random(20251125)
    originals = sorted(p for p in fixtures.iterdir() if p.is_file())
    paths = []
    for number in range(120):
        original = rng.choice(originals)
        path = tmp_path / f"damaged{number}{original.suffix}"
        path.write_bytes(_mutations(original.read_bytes(), rng))
        paths.append(str(path))
    results = list(read_inputs(paths, OFFLINE))
    assert all(isinstance(r, Article | InputError) for r in results)
    assert not [str(r) for r in results if isinstance(r, InputError) and "unexpected" in r.reason]
    assert any(isinstance(r, Article) for r in results)


def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    error = _one(pipe)
    assert isinstance(error, InputError) and error.reason == "not a regular file"


def test_unreadable_file_in_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked.txt").write_text("Headline\n\nBody text.")

    def refuse(path: str, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", path)

    # Permissions do not bind the superuser tests may run as: refuse the open instead.
    monkeypatch.setattr("wirewatch.ingest.reader.open", refuse, raising=False)
    results = list(read_inputs([str(tmp_path)], OFFLINE))
    assert [str(r) for r in results] == [f"{tmp_path / 'locked.txt'}: cannot read (Permission denied)"]
