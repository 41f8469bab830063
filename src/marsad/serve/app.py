"""The read-only HTTP API and dashboard over an event store.

``create_app(db_path)`` builds the FastAPI application; ``marsad serve`` runs it with
uvicorn. The dashboard's scripts, styles and map geometry are served by this app from
npm packages installed at build time (``npm ci``), never from a CDN.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, PlainTextResponse, Response

from marsad.serve.queries import (
    MAX_PAGE_SIZE, MAX_TEXT_LEN, SORTABLE, STATS_PARTS, EventFilter, Reader, events_csv, events_geojson, parse_bbox,
)

STATIC_DIR = Path(__file__).parent / "static"

# The only files served from node_modules: package -> {url name: path inside the package}.
ASSET_FILES: dict[str, dict[str, str]] = {
    "leaflet": {
        "leaflet.js": "dist/leaflet.js",
        "leaflet.css": "dist/leaflet.css",
        "images/layers.png": "dist/images/layers.png",
        "images/layers-2x.png": "dist/images/layers-2x.png",
        "images/marker-icon.png": "dist/images/marker-icon.png",
        "images/marker-icon-2x.png": "dist/images/marker-icon-2x.png",
        "images/marker-shadow.png": "dist/images/marker-shadow.png",
    },
    "leaflet.markercluster": {
        "leaflet.markercluster.js": "dist/leaflet.markercluster.js",
        "MarkerCluster.css": "dist/MarkerCluster.css",
        "MarkerCluster.Default.css": "dist/MarkerCluster.Default.css",
    },
    "topojson-client": {"topojson-client.min.js": "dist/topojson-client.min.js"},
    "world-atlas": {"countries-50m.json": "countries-50m.json", "countries-10m.json": "countries-10m.json"},
    "swagger-ui-dist": {
        "swagger-ui-bundle.js": "swagger-ui-bundle.js",
        "swagger-ui.css": "swagger-ui.css",
        "favicon-32x32.png": "favicon-32x32.png",
    },
}
# Optional admin1 borders: a GeoJSON file the user drops into the assets directory.
ADMIN1_FILE = "marsad-admin1.geojson"

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'")

INSTALL_HINT = "run `npm ci` in the Marsad source tree, or pass --assets DIR / set MARSAD_ASSETS to a node_modules folder"

DateStr = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="ISO date YYYY-MM-DD")]
ShortText = Annotated[str | None, Query(max_length=MAX_TEXT_LEN)]
Unmerged = Annotated[bool, Query(description=(
    "false (default): merged events, one per happening however many outlets reported it, with "
    "n_sources = independent outlets and the evidence of every report (falls back to per-document "
    "events when the store has no merged events). true: the per-document events, one per report."))]


def fast_json(content: Any, media_type: str = "application/json") -> Response:
    """Rows from SQLite are plain JSON types already: skip FastAPI's generic encoder."""
    body = json.dumps(content, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return Response(body.encode("utf-8"), media_type=media_type)


def _node_modules_in(d: Path) -> Path | None:
    for cand in (d, d / "node_modules"):
        if (cand / "leaflet" / "dist" / "leaflet.js").is_file():
            return cand
    return None


def find_assets(assets_dir: str | os.PathLike | None = None) -> Path | None:
    """The node_modules folder holding the map packages, or None.

    Order: the explicit directory, $MARSAD_ASSETS, then node_modules found walking up
    from the current directory and from this package's own location.
    """
    for explicit in (assets_dir, os.environ.get("MARSAD_ASSETS")):
        if explicit:
            # An explicit choice is final: a missing folder means "no assets", not "search".
            return _node_modules_in(Path(explicit).expanduser().resolve())
    for start in (Path.cwd(), Path(__file__).resolve().parent):
        for d in (start, *start.parents):
            found = _node_modules_in(d)
            if found:
                return found
    return None


def create_app(db_path: str, assets_dir: str | None = None) -> FastAPI:
    """The Marsad API and dashboard over the store at ``db_path`` (opened read-only)."""
    reader = Reader(db_path)
    assets = find_assets(assets_dir)
    available = {
        pkg: sorted(name for name, rel in files.items() if assets and (assets / pkg / rel).is_file())
        for pkg, files in ASSET_FILES.items()
    }
    admin1 = assets / ADMIN1_FILE if assets and (assets / ADMIN1_FILE).is_file() else None

    app = FastAPI(
        docs_url=None,  # served below, from local swagger-ui-dist files when installed
        title="Marsad",
        version="0.1.0",
        description="Read-only API over a Marsad event store: ACLED-style conflict events extracted "
                    "from Arabic news, with the evidence sentences they were read from.",
    )

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        resp = await call_next(request)
        if not request.url.path.startswith(("/docs", "/redoc")):
            # Swagger UI loads from a CDN; everything else is same-origin only.
            resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "no-referrer")
        return resp

    def make_filter(date_from, date_to, event_type, sub_event_type, actor, country, admin1_, bbox,
                    min_sources, q, unmerged=False) -> EventFilter:
        try:
            box = parse_bbox(bbox) if bbox else None
        except ValueError as e:
            raise HTTPException(422, f"bbox: {e}") from None
        return reader.resolve(EventFilter(
            date_from=date_from, date_to=date_to, event_type=event_type or [],
            sub_event_type=sub_event_type or [], actor=actor, country=country,
            admin1=admin1_ or [], bbox=box, min_sources=min_sources, q=q,
            merged=False if unmerged else None))

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        from fastapi.openapi.docs import get_swagger_ui_html

        local = {}
        if available["swagger-ui-dist"]:
            local = dict(swagger_js_url="/assets/swagger-ui-dist/swagger-ui-bundle.js",
                         swagger_css_url="/assets/swagger-ui-dist/swagger-ui.css",
                         swagger_favicon_url="/assets/swagger-ui-dist/favicon-32x32.png")
        return get_swagger_ui_html(openapi_url="/openapi.json", title="Marsad API", **local)

    @app.get("/api/events", tags=["events"], summary="Events, filtered, sorted and paged")
    def list_events(
        date_from: DateStr = None,
        date_to: DateStr = None,
        event_type: Annotated[list[str] | None, Query(max_length=10, description="ACLED event type; repeatable")] = None,
        sub_event_type: Annotated[list[str] | None, Query(max_length=30, description="ACLED sub-event type; repeatable")] = None,
        actor: Annotated[str | None, Query(max_length=MAX_TEXT_LEN, description="substring of actor1/2 or associated actors")] = None,
        country: ShortText = None,
        admin1: Annotated[list[str] | None, Query(max_length=50, description="first-level admin unit; repeatable")] = None,
        bbox: Annotated[str | None, Query(max_length=100, description="west,south,east,north in degrees")] = None,
        min_sources: Annotated[int | None, Query(ge=1, le=1000)] = None,
        q: Annotated[str | None, Query(max_length=MAX_TEXT_LEN, description="free text searched in the evidence sentences (a merged event matches when any of its reports' evidence does)")] = None,
        unmerged: Unmerged = False,
        sort: Annotated[Literal[SORTABLE], Query()] = "event_date",  # type: ignore[valid-type]
        order: Literal["asc", "desc"] = "desc",
        page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
        page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 100,
        format: Literal["json", "csv", "geojson"] = "json",
        fields: Annotated[str | None, Query(max_length=1000, description="comma-separated columns to return (JSON and GeoJSON); default all")] = None,
    ) -> Any:
        f = make_filter(date_from, date_to, event_type, sub_event_type, actor, country, admin1, bbox, min_sources, q,
                        unmerged)
        wanted = [x.strip() for x in fields.split(",") if x.strip()] if fields and format != "csv" else None
        if format == "geojson" and wanted is not None:
            wanted += ["latitude", "longitude"]
        try:
            events = reader.list_events(f, sort=sort, desc=order == "desc", page=page, page_size=page_size,
                                        fields=wanted)
        except ValueError as e:
            raise HTTPException(422, str(e)) from None
        total = reader.count_events(f)
        meta = {"total": total, "page": page, "page_size": page_size, "merged": bool(f.merged)}
        if format == "csv":
            return PlainTextResponse(events_csv(events), media_type="text/csv; charset=utf-8",
                                     headers={"Content-Disposition": 'attachment; filename="marsad-events.csv"',
                                              "X-Total-Count": str(total), "X-Marsad-Merged": str(bool(f.merged)).lower()})
        if format == "geojson":
            return fast_json(events_geojson(events, **meta), media_type="application/geo+json")
        return fast_json({**meta, "events": events})

    @app.get("/api/events/{event_uid}", tags=["events"], summary="One event with its evidence and spans",
             description="A merged uid (`m...`) gives the merged event with the evidence sentences of every "
                         "report behind it (each with its doc_id and url) and `members`; a per-document uid "
                         "gives that report with `merged_uid`.")
    def get_event(event_uid: str) -> Any:
        if len(event_uid) > 64:
            raise HTTPException(404, "no such event")
        ev = reader.event(event_uid)
        if ev is None:
            raise HTTPException(404, f"no event {event_uid!r}")
        return ev

    @app.get("/api/documents/{doc_id}", tags=["documents"], summary="One document's clean text and spans",
             description="`events`: the per-document events read from it, each with the merged event it belongs to.")
    def get_document(doc_id: str) -> Any:
        d = reader.document(doc_id) if len(doc_id) <= 64 else None
        if d is None:
            raise HTTPException(404, "no such document")
        return d

    @app.get("/api/stats", tags=["stats"], summary="Counts by type, week and admin1; top actors")
    def stats(
        date_from: DateStr = None,
        date_to: DateStr = None,
        event_type: Annotated[list[str] | None, Query(max_length=10)] = None,
        sub_event_type: Annotated[list[str] | None, Query(max_length=30)] = None,
        actor: ShortText = None,
        country: ShortText = None,
        admin1: Annotated[list[str] | None, Query(max_length=50)] = None,
        bbox: Annotated[str | None, Query(max_length=100)] = None,
        min_sources: Annotated[int | None, Query(ge=1, le=1000)] = None,
        q: ShortText = None,
        unmerged: Unmerged = False,
        top: Annotated[int, Query(ge=1, le=100)] = 20,
        include: Annotated[list[Literal[STATS_PARTS]] | None, Query(  # type: ignore[valid-type]
            description="parts to compute (repeatable); default all. Totals always come.")] = None,
    ) -> Any:
        f = make_filter(date_from, date_to, event_type, sub_event_type, actor, country, admin1, bbox, min_sources, q,
                        unmerged)
        return fast_json(reader.stats(f, top=top, include=include or STATS_PARTS))

    @app.get("/api/meta", tags=["stats"], summary="Filter values and which map assets are installed")
    def meta() -> Any:
        return {
            **reader.facets(),
            "merged": reader.has_merged(),
            "assets": {
                "available": bool(available["leaflet"]),
                "files": available,
                "admin1_borders": admin1 is not None,
                "hint": None if available["leaflet"] else INSTALL_HINT,
            },
            "max_page_size": MAX_PAGE_SIZE,
        }

    @app.get("/assets/{package}/{name:path}", include_in_schema=False)
    def asset(package: str, name: str) -> Response:
        rel = ASSET_FILES.get(package, {}).get(name)
        if not assets or rel is None:
            raise HTTPException(404, f"map asset {package}/{name} is not installed: {INSTALL_HINT}")
        path = assets / package / rel
        if not path.is_file():
            raise HTTPException(404, f"map asset {package}/{name} is not installed: {INSTALL_HINT}")
        return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/assets-admin1.geojson", include_in_schema=False)
    def admin1_borders() -> Response:
        if admin1 is None:
            raise HTTPException(404, f"no admin1 borders: put {ADMIN1_FILE} in the assets folder")
        return FileResponse(admin1, media_type="application/geo+json")

    static_files = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8"}

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in static_files:
            raise HTTPException(404, "not found")
        return FileResponse(STATIC_DIR / name, media_type=static_files[name],
                            headers={"Cache-Control": "no-cache"})

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache"})

    return app
