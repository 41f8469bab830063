"""The ``marsad`` command line."""
from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from marsad import __version__, native

EXIT_OK = 0
EXIT_SKIPS = 3  # completed, but some inputs were skipped (see the run summary)


def _store(db: str, readonly: bool = False):
    from marsad.store import Store, StoreError

    try:
        return Store(db, readonly=readonly)
    except StoreError as e:
        raise click.ClickException(str(e)) from e


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad", message=f"%(prog)s %(version)s, code {native.status()}")
@click.option("-v", "--verbose", is_flag=True, help="Log debugging detail to stderr.")
def cli(verbose: bool) -> None:
    """Marsad: Arabic news to a geocoded, dated, source-attributed event database.

    \b
    Example:
      marsad run samples/ --db marsad.db
      marsad export --db marsad.db --format csv --output events.csv
    """
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("--db", default="marsad.db", show_default=True, help="SQLite database to write to.")
@click.option("--workers", "-j", default=0, show_default=True, type=int,
              help="Worker processes (0 = all cores; 1 = in this process).")
@click.option("--batch-size", default=200, show_default=True, type=int, help="Documents per write transaction.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where the pipeline runs: this machine, or a Dask cluster.")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://host:8786); a LocalCluster when absent.")
@click.option("--show-events/--no-show-events", default=False, help="Print the events of this run when done.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def run(inputs: tuple[str, ...], db: str, workers: int, batch_size: int, engine: str, scheduler: str | None,
        show_events: bool, quiet: bool) -> None:
    """Read INPUTS (files or directories: .jsonl, .txt, .html, .warc.gz), extract events, store them.

    Bad inputs are skipped with their reason (stored in the database and counted in the
    summary); the exit status is 0 when all went well and 3 when some inputs were skipped.

    \b
    Example:
      marsad run samples/ --db marsad.db
      marsad run crawl/*.warc.gz --db crawl.db --workers 0
    """
    from marsad.pipeline import Pipeline, run as run_pipeline

    if workers <= 0:
        workers = os.cpu_count() or 1
    store = _store(db)
    if engine == "dask":
        try:
            from marsad.engines.dask_engine import run_dask
        except ImportError as e:
            raise click.ClickException(f"the dask engine needs: pip install 'marsad[dask]' ({e})") from e
        summary = run_dask(list(inputs), store, scheduler=scheduler, workers=workers)
    else:
        bar = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            bar = tqdm(unit="doc", desc="marsad run", file=sys.stderr)
        try:
            summary = run_pipeline(inputs, store, Pipeline.default(), batch_size=batch_size, workers=workers,
                                   progress=bar.update if bar else None)
        finally:
            if bar:
                bar.close()
    click.echo(summary.line(), err=True)
    if show_events:
        _print_events(store, summary.run_id)
    store.close()
    sys.exit(EXIT_SKIPS if summary.skipped else EXIT_OK)


def _print_events(store, run_id: str | None = None) -> None:
    where, params = ("doc_id IN (SELECT doc_id FROM documents WHERE run_id=?)", (run_id,)) if run_id else ("", ())
    for ev in store.iter_events(where, params):
        actors = " vs ".join(a for a in (ev.actor1, ev.actor2) if a) or "?"
        fat = f", {ev.fatalities} killed" if ev.fatalities else ""
        click.echo(f"{ev.event_date or 'undated'}  {ev.event_type} / {ev.sub_event_type}  @ {ev.location or '?'} "
                   f"({ev.admin1 or ''}, {ev.country or '?'})  {actors}{fat}  [conf {ev.confidence:.2f}]")
        for e in ev.evidence[:1]:
            click.echo(f"    « {e.text[:200]} »")


@cli.command()
@click.option("--db", default="marsad.db", show_default=True, help="SQLite database to read.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "geojson", "parquet"]), default="csv",
              show_default=True, help="Output format.")
@click.option("--output", "-o", default=None, help="Output file (stdout when absent, text formats only).")
@click.option("--unmerged", is_flag=True,
              help="One row per event per document (as each article reported it) instead of merged events.")
def export(db: str, fmt: str, output: str | None, unmerged: bool) -> None:
    """Export stored events: CSV with ACLED's columns first, JSONL with evidence, GeoJSON, Parquet.

    By default each happening is one row, merged across the documents that report it
    (``n_sources`` independent outlets, ``doc_ids`` and every evidence span; copies of
    one story count once). ``--unmerged`` gives the per-document events instead.

    \b
    Example:
      marsad export --db marsad.db --format csv --output events.csv
      marsad export --format jsonl | head
      marsad export --unmerged --format jsonl --output per-document.jsonl
    """
    from marsad.export import export as do_export

    store = _store(db, readonly=True)
    if unmerged:
        events = store.iter_events()
    else:
        if not store.has_merged_table():
            raise click.ClickException(
                f"{db} was written before events were merged: open it once for writing "
                f"(marsad run ... --db {db}) to merge it, or export with --unmerged")
        n = store.dedup_counts()
        if n["merged_events"] == 0 and n["events"]:
            raise click.ClickException(
                f"{db} has {n['events']} events but none merged (written with MARSAD_DEDUP=0?): "
                f"run `python -m marsad.dedup rebuild --db {db}`, or export with --unmerged")
        events = store.iter_merged_events()
    try:
        n_out = do_export(events, fmt, out=sys.stdout, path=output)
    except ValueError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"{n_out} {'per-document' if unmerged else 'merged'} events exported", err=True)


def _fresh_eval_store(db: Path, replace: bool) -> None:
    """An existing store skips the documents it already holds, so scoring it would score old events."""
    if not db.exists():
        return
    if not replace:
        raise click.ClickException(
            f"{db} already exists: `marsad eval` must extract into a new store (the documents stored there would "
            "be skipped and their old events scored); pass --replace to overwrite it, or give another path")
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        path.unlink(missing_ok=True)


def _eval_errors(store: Any, docs: dict[str, str], pred: dict[str, list], gold_by_doc: dict[str, list]
                 ) -> dict[str, list[dict[str, Any]]]:
    """Each gold document's misses and false positives, with the stored clean text's dropped candidates."""
    from marsad.evalerrors import document_errors

    stored_of = {iid: did for did, iid in docs.items()}
    out = {}
    for doc_id, gold in gold_by_doc.items():
        did = stored_of.get(doc_id)
        row = store.conn.execute("SELECT text FROM documents WHERE doc_id=?", (did,)).fetchone() if did else None
        dropped = [dict(r) for r in store.conn.execute(
            'SELECT start, "end", text, reason, rule_id FROM dropped WHERE doc_id=? ORDER BY start', (did,))] if did else []
        out[doc_id] = document_errors(pred.get(doc_id, []), gold, row["text"] if row else "", dropped)
    return out


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("articles", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--db", default=None, help="Keep the evaluation store here (a temporary file by default; a new file).")
@click.option("--replace", is_flag=True, help="Overwrite the store given by --db if it already exists.")
@click.option("--errors", "show_errors", is_flag=True,
              help="Also list every miss and false positive, classed by its nearest counterpart, with the "
                   "candidates dropped inside each missed gold evidence and why.")
@click.option("--set", "more_sets", type=(click.Path(exists=True, dir_okay=False), click.Path(exists=True, dir_okay=False)),
              multiple=True, metavar="GOLD ARTICLES", help="Another gold/articles pair scored with the first (pooled); repeatable.")
@click.option("--pairs", "show_pairs", is_flag=True,
              help="Also list every matched pair whose fields disagree (sub-type, sides, date, fatalities, point), "
                   "stored value against gold, with the rules that built the event.")
def eval_cmd(gold: str, articles: str, as_json: bool, db: str | None, replace: bool, show_errors: bool,
             more_sets: tuple[tuple[str, str], ...], show_pairs: bool = False) -> None:
    """Run the pipeline on ARTICLES (JSONL) and score its events against GOLD (JSONL).

    \b
    Example:
      marsad eval ../shared/eval/dev/gold.jsonl ../shared/eval/dev/articles.jsonl
      marsad eval ../shared/eval/dev/gold.jsonl ../shared/eval/dev/articles.jsonl --errors
      marsad eval g1.jsonl a1.jsonl --set g2.jsonl a2.jsonl      # two sets pooled
      marsad eval ../shared/eval/dev/gold.jsonl ../shared/eval/dev/articles.jsonl --pairs   # wrong fields of matches
    """
    from marsad.evaluate import format_table, load_gold, predictions_for_copies, score
    from marsad.pipeline import Pipeline, run as run_pipeline

    sets = [(gold, articles), *more_sets]
    gold_by_doc: dict[str, list] = {}
    for g_path, _ in sets:
        for doc_id, events in load_gold(g_path).items():
            if doc_id in gold_by_doc:
                raise click.ClickException(f"document {doc_id} has gold in two files: pooled sets must not overlap")
            gold_by_doc[doc_id] = events

    tmp = None
    if db is None:
        tmp = tempfile.TemporaryDirectory()
        db = str(Path(tmp.name) / "eval.db")
    else:
        _fresh_eval_store(Path(db), replace)
    store = _store(db)
    summary = run_pipeline([a for _, a in sets], store, Pipeline.default())
    docs = {r["doc_id"]: json.loads(r["metadata"] or "{}").get("input_id", r["doc_id"])
            for r in store.conn.execute("SELECT doc_id, metadata FROM documents")}
    pred: dict[str, list] = {}
    for ev in store.iter_events():
        for d in ev.doc_ids:
            pred.setdefault(docs.get(d, d), []).append(ev.to_dict())
    missing = set(gold_by_doc) - set(docs.values())
    if missing and summary.duplicates:  # an article posted twice in the input: scored with its copy's events
        for _, a in sets:
            predictions_for_copies(pred, missing, a, Pipeline.default(), docs)
    result = score(pred, gold_by_doc)
    result["throughput"] = {"documents": summary.read, "seconds": summary.seconds,
                            "docs_per_s": summary.read / summary.seconds if summary.seconds else 0.0,
                            "skipped": summary.skipped}
    errors = _eval_errors(store, docs, pred, gold_by_doc) if show_errors else None
    store.close()
    pairs = None
    if show_pairs:
        from marsad.evalerrors import pair_disagreements

        pairs = {d: pair_disagreements(pred.get(d, []), g) for d, g in gold_by_doc.items()}
    if as_json:
        if errors is not None:
            from marsad.evalerrors import summarize

            result["errors"] = {"summary": summarize(errors), "documents": errors}
        if pairs is not None:
            result["pair_disagreements"] = pairs
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(format_table(result))
        if errors is not None:
            from marsad.evalerrors import format_errors

            click.echo(format_errors(errors))
        if pairs is not None:
            from marsad.evalerrors import format_pairs

            click.echo(format_pairs(pairs))
    if tmp:
        tmp.cleanup()


@cli.command()
@click.argument("text")
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) that relative dates resolve against.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def analyze(text: str, published: str | None, as_json: bool) -> None:
    """Show how Marsad reads TEXT (a sentence, or a path to a .txt file): sentences, tokens,
    numbers, dates, places, actors, triggers, and the events kept or dropped with the reason.

    \b
    Example:
      marsad analyze --published 2017-10-14 "وصلت الحافلات أمس الجمعة إلى الرقة"
      marsad analyze --json article.txt
    """
    from marsad.analyze import analyze_document, format_analysis

    try:
        is_file = "\n" not in text and Path(text).is_file()
    except OSError:  # a sentence longer than a file name can be
        is_file = False
    if is_file:
        text = Path(text).read_text(encoding="utf-8", errors="replace")
    result = analyze_document(text, published)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(format_analysis(result))


def _register_optional() -> None:
    """Commands that live with their capability (and may need an extra)."""
    try:
        from marsad.geo.cli import gazetteer

        cli.add_command(gazetteer)
    except ImportError:  # pragma: no cover - geo is part of the core install
        pass
    try:
        from marsad.serve.cli import serve

        cli.add_command(serve)
    except ImportError:
        pass
    try:
        from marsad.bench import bench

        cli.add_command(bench)
    except ImportError:
        pass


_register_optional()


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
