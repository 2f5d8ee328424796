"""The wirewatch command line: a thin layer over :mod:`wirewatch.api` and the store.

Exit codes: 0 when every input was fine, 1 when some inputs failed (each reported on
stderr, the rest processed and stored) or the command could not run, 2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    name="wirewatch",
    help="Multilingual political event data from the news: ingest, code (PLOVER), search, export.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="WIREWATCH_DB", help="SQLite file or postgresql:// URL [default: wirewatch.db]"),
]


class OutputFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExportWhat(StrEnum):
    events = "events"
    articles = "articles"
    stories = "stories"


def compact_table(*columns: str, title: str | None = None, widths: dict[str, int] | None = None,
                  whole: tuple[str, ...] = ()) -> Table:
    """A table with bounded column widths; columns in ``whole`` (ids a user types back) are
    never cut, short columns keep at least their header's width."""
    table = Table(title=title)
    for column in columns:
        width = (widths or {}).get(column, 32)
        if column in whole:
            table.add_column(column, min_width=width, no_wrap=True)
        else:
            table.add_column(column, min_width=min(max(len(column), 4), width), max_width=width,
                             overflow="ellipsis")
    return table


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", markup=True)
    return typer.Exit(code)


@contextmanager
def store_at(db: str | None) -> Iterator[Any]:
    from wirewatch.store import StoreError, open_store

    try:
        store = open_store(db)
    except StoreError as exc:
        raise fail(str(exc)) from None
    try:
        yield store
    finally:
        store.close()


def _progress():
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[info]}"),
        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal,
    )


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, URLs, feeds, WARC files, or - for JSONL on stdin")],
    db: DbOption = None,
    code: Annotated[bool, typer.Option("--code/--no-code", help="Also code events and update stories")] = True,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow URLs on private, loopback or link-local addresses")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds before a URL fetch gives up")] = 20.0,
    max_bytes: Annotated[int, typer.Option(help="Largest input accepted, in bytes")] = 20_000_000,
    fetch_pages: Annotated[bool, typer.Option("--fetch-pages/--no-fetch-pages", help="Fetch the page of a feed entry that has no full text")] = True,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction")] = 64,
    workers: Annotated[int, typer.Option(min=1, help="Processes for language analysis and coding")] = 1,
    json_output: Annotated[bool, typer.Option("--json", help="Print the summary as JSON")] = False,
) -> None:
    """Read news into the store (idempotent: already stored articles are skipped)."""
    from wirewatch.api import ingest as run_ingest
    from wirewatch.ingest import IngestOptions
    from wirewatch.store import StoreError

    options = IngestOptions(allow_private=allow_private, timeout=timeout, max_bytes=max_bytes,
                            fetch_feed_pages=fetch_pages)
    reported = 0
    with _progress() as progress:
        task = progress.add_task("ingesting", total=None, info="")

        def on_batch(report: Any) -> None:
            nonlocal reported
            for message in report.errors[reported:]:
                err.print(f"[yellow]skipped:[/yellow] {message}", markup=True)
            reported = len(report.errors)
            progress.update(task, info=f"{report.read} read, {report.inserted} new, {report.events} events")

        try:
            report = run_ingest(inputs, db, code=code, options=options, batch_size=batch_size,
                                workers=workers, on_batch=on_batch)
        except StoreError as exc:
            raise fail(str(exc)) from None
    for message in report.errors[reported:]:
        err.print(f"[yellow]skipped:[/yellow] {message}", markup=True)
    if json_output:
        out.print_json(data=report.to_dict())
    else:
        out.print(
            f"{report.read} articles read, {report.inserted} new, {report.duplicates} exact duplicates, "
            f"{report.near_duplicates} near-duplicates linked, {report.events} events, "
            f"{len(report.errors)} inputs failed"
        )
    if report.errors:
        raise typer.Exit(1)


@app.command()
def code(
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per batch")] = 32,
    workers: Annotated[int, typer.Option(min=1, help="Processes")] = 1,
) -> None:
    """Code JSONL articles from stdin into PLOVER JSON events on stdout (no store)."""
    from wirewatch.api import code_documents
    from wirewatch.ingest import InputError, read_jsonl
    from wirewatch.plover import event_to_plover

    failures = 0

    def articles() -> Iterator[Any]:
        nonlocal failures
        for item in read_jsonl(sys.stdin.buffer, "stdin"):
            if isinstance(item, InputError):
                failures += 1
                err.print(f"[yellow]skipped:[/yellow] {item}", markup=True)
            else:
                yield item

    for doc in code_documents(articles(), batch_size=batch_size, workers=workers):
        for event in doc.events:
            sys.stdout.write(json.dumps(event_to_plover(event, doc.article), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    if failures:
        raise typer.Exit(1)


@app.command()
def articles(
    db: DbOption = None,
    lang: Annotated[str | None, typer.Option(help="Language code (en, fr, ar)")] = None,
    source: Annotated[str | None, typer.Option(help="Outlet")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before (YYYY-MM-DD)")] = None,
    limit: Annotated[int | None, typer.Option(min=1)] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="Output format")] = OutputFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file")] = None,
) -> None:
    """List stored articles."""
    from wirewatch.export import ARTICLE_COLUMNS, article_row

    with store_at(db) as store:
        rows = (article_row(a) for a in store.iter_articles(lang=lang, since=since, until=until, source=source, limit=limit))
        _emit(rows, ARTICLE_COLUMNS, fmt, output, jsonl_rows=None,
              table_columns=("id", "pub_date", "lang", "source", "title"))


@app.command()
def events(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="Actor code, id or name")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient code, id or name")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT")] = None,
    country: Annotated[str | None, typer.Option(help="Country code of actor or recipient")] = None,
    since: Annotated[str | None, typer.Option(help="Event date on or after (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, typer.Option(help="Event date on or before (YYYY-MM-DD)")] = None,
    lang: Annotated[str | None, typer.Option(help="Language of the evidence")] = None,
    canonical: Annotated[bool, typer.Option("--canonical", help="Deduplicated events with their source counts")] = False,
    limit: Annotated[int | None, typer.Option(min=1)] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="Output format")] = OutputFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file")] = None,
) -> None:
    """List coded events, filtered."""
    from wirewatch.export import EVENT_COLUMNS, event_row
    from wirewatch.plover import event_to_plover

    if event_type is not None:
        from wirewatch.records import EVENT_TYPES

        event_type = event_type.upper()
        if event_type not in EVENT_TYPES:
            raise fail(f"--type {event_type}: not a PLOVER event type ({', '.join(EVENT_TYPES)})", 2)
    with store_at(db) as store:
        if canonical:
            found = _canonical_events(store, actor=actor, recipient=recipient, event_type=event_type,
                                      country=country, since=since, until=until, lang=lang, limit=limit)
        else:
            found = store.query_events(actor=actor, recipient=recipient, event_type=event_type, country=country,
                                       since=since, until=until, lang=lang, limit=limit)
        articles_by_id: dict[str, Any] = {}

        def plover(event: Any) -> dict[str, Any]:
            if event.article_id not in articles_by_id:
                articles_by_id[event.article_id] = store.get_article(event.article_id)
            return event_to_plover(event, articles_by_id[event.article_id])

        _emit((event_row(e) for e in found), EVENT_COLUMNS, fmt, output,
              jsonl_rows=(plover(e) for e in found),
              table_columns=("date", "event_type", "mode", "actor_names", "recipient_names", "negated", "aux", "article_id"))


def _canonical_events(store: Any, **filters: Any) -> list[Any]:
    from wirewatch.stories.canonical import canonical_events

    return canonical_events(store, **filters)


def _emit(rows: Any, columns: Any, fmt: OutputFormat, output: Path | None, *, jsonl_rows: Any,
          table_columns: tuple[str, ...]) -> None:
    from wirewatch.export import write_csv, write_jsonl, write_parquet

    if fmt is OutputFormat.parquet:
        if output is None:
            raise fail("--format parquet needs --output FILE", 2)
        n = write_parquet(rows, columns, output)
        err.print(f"{n} rows written to {output}")
        return
    if fmt is OutputFormat.table and output is None:
        table = compact_table(*table_columns, widths={"date": 10, "pub_date": 10, "lang": 4, "negated": 5, "aux": 10})
        n = 0
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c))[:80] for c in table_columns))
            n += 1
        out.print(table)
        err.print(f"{n} rows")
        return
    stream = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt is OutputFormat.csv:
            write_csv(rows, columns, stream)
        else:
            write_jsonl(jsonl_rows if jsonl_rows is not None else rows, stream)
    finally:
        if output:
            stream.close()


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find, in any language")],
    db: DbOption = None,
    lang: Annotated[str | None, typer.Option(help="Only articles in this language")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 20,
    json_output: Annotated[bool, typer.Option("--json", help="JSON lines")] = False,
) -> None:
    """Full-text search over stored articles (English, French, Arabic)."""
    if not query.strip():
        raise fail("search: empty query", 2)
    with store_at(db) as store:
        hits = store.search(query, lang=lang, limit=limit)
    if json_output:
        for hit in hits:
            out.print(json.dumps(hit.__dict__, ensure_ascii=False), markup=False)
        return
    table = compact_table("article", "lang", "title", "snippet", widths={"article": 16, "lang": 4, "title": 40, "snippet": 70},
                          whole=("article",))
    for hit in hits:
        table.add_row(hit.article_id, hit.lang or "", (hit.title or "")[:60], (hit.snippet or "")[:100])
    out.print(table)
    err.print(f"{len(hits)} hits")


@app.command()
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write")],
    db: DbOption = None,
    what: Annotated[ExportWhat, typer.Option("--what", help="Which records")] = ExportWhat.events,
    fmt: Annotated[ExportFormat | None, typer.Option("--format", help="Format [default: from the file name]")] = None,
) -> None:
    """Export events, articles or stories as JSONL, CSV or Parquet."""
    from wirewatch.export import (
        ARTICLE_COLUMNS,
        EVENT_COLUMNS,
        STORY_COLUMNS,
        article_row,
        event_row,
        story_row,
    )
    from wirewatch.plover import event_to_plover

    if fmt is None:
        suffix = output.suffix.lower().lstrip(".")
        if suffix not in ExportFormat.__members__:
            raise fail(f"{output}: cannot tell the format from the file name; use --format", 2)
        fmt = ExportFormat(suffix)
    with store_at(db) as store:
        if what is ExportWhat.events:
            found = store.query_events()
            rows = [event_row(e) for e in found]
            jsonl = [event_to_plover(e, None) for e in found]
            columns = EVENT_COLUMNS
        elif what is ExportWhat.articles:
            found_articles = list(store.iter_articles())
            rows = [article_row(a) for a in found_articles]
            jsonl = [a.to_dict() for a in found_articles]
            columns = ARTICLE_COLUMNS
        else:
            found_stories = list(store.iter_stories())
            rows = [story_row(s) for s in found_stories]
            jsonl = [s.__dict__ for s in found_stories]
            columns = STORY_COLUMNS
    _emit(rows, columns, OutputFormat(fmt.value), output, jsonl_rows=jsonl, table_columns=())
    if fmt is not ExportFormat.parquet:
        err.print(f"{len(rows)} {what.value} written to {output}")


@app.command()
def stats(
    db: DbOption = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False,
) -> None:
    """Counts of what the store holds."""
    with store_at(db) as store:
        data = store.stats()
    if json_output:
        out.print(json.dumps(data, ensure_ascii=False, indent=2, default=str), markup=False)
        return
    _print_stats(data)


def _print_stats(data: dict[str, Any]) -> None:
    table = Table("what", "count", title="wirewatch store")
    for key, value in data.items():
        if isinstance(value, dict):
            for sub, count in sorted(value.items(), key=lambda kv: (-kv[1], str(kv[0])) if isinstance(kv[1], int) else (0, str(kv[0]))):
                table.add_row(f"{key}: {sub}", str(count))
        else:
            table.add_row(key, str(value))
    out.print(table)


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", envvar="WIREWATCH_DB", help="SQLite file or postgresql:// URL")] = "wirewatch-demo.db",
) -> None:
    """Run the whole pipeline over the bundled sample reports and summarise what was found."""
    from wirewatch.api import ingest as run_ingest
    from wirewatch.samples import samples_path
    from wirewatch.store import StoreError

    try:
        report = run_ingest([str(samples_path())], db, code=True)
    except StoreError as exc:
        raise fail(str(exc)) from None
    for message in report.errors:
        err.print(f"[yellow]skipped:[/yellow] {message}", markup=True)
    out.print(f"[bold]wirewatch demo[/bold]: {report.read} sample reports into {db} "
              f"({report.inserted} new, {report.duplicates} duplicates, {report.near_duplicates} near-duplicates)")
    with store_at(db) as store:
        found = store.query_events()
        _print_stats(store.stats())
        table = compact_table("date", "type", "actor", "recipient", "status", "lang", "article", title="events found",
                              widths={"date": 10, "type": 9, "actor": 22, "recipient": 26, "status": 10,
                                      "lang": 4, "article": 18})
        for event in sorted(found, key=lambda e: (e.date or "", e.article_id))[:80]:
            first = event.evidence[0] if event.evidence else None
            status = ",".join(flag for flag in ("negated" if event.negated else "", event.aux or "") if flag)
            table.add_row(
                event.date or "", event.event_type,
                "; ".join(r.identifier_text or r.entity_text for r in event.actor),
                "; ".join(r.identifier_text or r.entity_text for r in event.recipient),
                status, first.lang if first else "", event.article_id,
            )
        out.print(table)
    if report.errors:
        raise typer.Exit(1)


@app.command(name="eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files (shared gold format)")],
    json_output: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
) -> None:
    """Run the pipeline on gold items and report precision, recall and F1."""
    from wirewatch.evaluate.run import predict, read_gold
    from wirewatch.evaluate.score import score_items

    items: list[dict[str, Any]] = []
    problems: list[str] = []
    for path in gold:
        if not path.is_file():
            raise fail(f"{path}: no such file", 2)
        try:
            found, errors = read_gold(path)
        except ValueError as exc:
            raise fail(str(exc)) from None
        items.extend(found)
        problems.extend(errors)
    if not items:
        raise fail(f"{', '.join(map(str, gold))}: no gold items")
    report = score_items(items, predict(items))
    report.errors.extend(problems)
    if json_output:
        out.print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2), markup=False)
    else:
        out.print(report.to_text(), markup=False)


@app.command()
def actors(
    query: Annotated[str, typer.Argument(help="A name in any spelling or script")],
    limit: Annotated[int, typer.Option(min=1)] = 10,
    json_output: Annotated[bool, typer.Option("--json", help="JSON lines")] = False,
) -> None:
    """Look up actors in the knowledge base by any name, spelling or script."""
    from dataclasses import asdict

    from wirewatch.kb import load_kb

    found = load_kb().search(query, limit=limit)
    if json_output:
        for actor in found:
            out.print(json.dumps(asdict(actor), ensure_ascii=False), markup=False)
        return
    if not found:
        err.print(f"no actor matches {query!r}")
        raise typer.Exit(1)
    for actor in found:
        out.print(f"[bold]{actor.name}[/bold]  id={actor.id} wikidata={actor.wikidata or '-'} "
                  f"country={actor.country or '-'} sector={actor.sector or '-'} kind={actor.kind}")
        for lang, names in sorted(actor.names.items()):
            out.print(f"  {lang}: {', '.join(names[:8])}", markup=False)
        for role in actor.roles:
            out.print(f"  {role.role} of {role.of or '-'}: {role.start or '?'} – {role.end or 'now'}", markup=False)


@app.command()
def stories(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="Actor code, id or name")] = None,
    since: Annotated[str | None, typer.Option(help="Story active on or after (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, typer.Option(help="Story active on or before (YYYY-MM-DD)")] = None,
    lang: Annotated[str | None, typer.Option(help="Stories with a report in this language")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="table or jsonl")] = OutputFormat.table,
) -> None:
    """List stories: reports of one story grouped across languages."""
    from wirewatch.stories.query import filter_stories

    with store_at(db) as store:
        found = filter_stories(store, actor=actor, since=since, until=until, lang=lang)
    if fmt is OutputFormat.jsonl:
        for story in found:
            title = next(iter(story.titles.values()), None) if story.titles else None
            out.print(json.dumps({"id": story.id, "title": title, "titles": story.titles,
                                  "article_ids": story.article_ids, "event_ids": story.event_ids,
                                  "first_date": story.first_date, "last_date": story.last_date},
                                 ensure_ascii=False), markup=False)
        return
    table = compact_table("id", "dates", "reports", "events", "title",
                          widths={"id": 19, "dates": 23, "reports": 7, "events": 6, "title": 60}, whole=("id",))
    for story in found:
        title = next(iter(story.titles.values()), "") if story.titles else ""
        table.add_row(story.id, f"{story.first_date or ''}…{story.last_date or ''}",
                      str(len(story.article_ids)), str(len(story.event_ids)), title[:70])
    out.print(table)


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(help="Story id")],
    db: DbOption = None,
) -> None:
    """Show one story: titles, reports, timeline of events."""
    with store_at(db) as store:
        found = store.get_story(story_id)
        if found is None:
            raise fail(f"no story {story_id!r}")
        out.print(json.dumps(found.__dict__, ensure_ascii=False, indent=2, default=str), markup=False)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default; anything else exposes the store)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on")] = 8765,
) -> None:
    """Serve the HTTP API (/api/, docs at /docs) and the web interface (/) over the store."""
    import uvicorn

    from wirewatch.store import StoreError
    from wirewatch.web.app import create_app

    try:
        web_app = create_app(db)
    except StoreError as exc:
        raise fail(str(exc)) from None
    err.print(f"wirewatch: serving {web_app.state.store.display} at http://{host}:{port}/ (Ctrl+C stops)")
    try:
        uvicorn.run(web_app, host=host, port=port, log_level="warning")
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def main() -> None:
    import logging

    # extraction libraries log every page without main text; the command reports inputs itself
    for name in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        app()
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
