"""`marsad serve`: the read-only API and dashboard, run by uvicorn.

FastAPI and uvicorn are imported only when the command runs, so the core CLI works
without the `serve` extra.
"""
from __future__ import annotations

from pathlib import Path

import click


@click.command("serve")
@click.option("--db", "db", default="marsad.db", show_default=True, type=click.Path(dir_okay=False),
              help="Event store to serve (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; keep 127.0.0.1 unless others must reach it.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--assets", default=None, type=click.Path(file_okay=False),
              help="node_modules folder with the map packages (default: $MARSAD_ASSETS, "
                   "else node_modules found above the current directory or the package).")
def serve(db: str, host: str, port: int, assets: str | None) -> None:
    """Serve the event API and the dashboard over a store, read-only.

    \b
    Example:
      marsad run articles.jsonl --db events.db
      marsad serve --db events.db --port 8000
      # dashboard: http://127.0.0.1:8000/   API docs: http://127.0.0.1:8000/docs
      curl 'http://127.0.0.1:8000/api/events?event_type=Battles&format=csv'
    """
    try:
        import uvicorn

        from marsad.serve.app import create_app
    except ImportError as e:
        raise click.ClickException(
            f"`marsad serve` needs FastAPI and uvicorn ({e.name} is missing): pip install 'marsad[serve]'"
        ) from None
    if not Path(db).is_file():
        raise click.ClickException(f"no database at {db}: run `marsad run INPUT --db {db}` first, or pass --db PATH")
    app = create_app(db, assets_dir=assets)
    click.echo(f"Marsad: serving {db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    serve()
