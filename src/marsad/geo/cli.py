"""``marsad gazetteer``: build, inspect and query gazetteers.

Registered in the main CLI with ``from marsad.geo.cli import gazetteer``.
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from marsad.geo.store import iter_meta, user_gazetteer_path

_GAZ_HELP = "User gazetteer file (default: $MARSAD_GAZETTEER, else $XDG_DATA_HOME/marsad/gazetteer.sqlite)."


@click.group()
def gazetteer() -> None:
    """Gazetteers for geocoding: the default one (installed, cached) and the user's (from GeoNames dumps).

    \b
    Example:
      marsad gazetteer build SY.txt IQ.txt
      marsad gazetteer lookup "الرقة"
    """


@gazetteer.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None, help=_GAZ_HELP)
def build(files: tuple[Path, ...], output: Path | None) -> None:
    """Add the places of GeoNames export FILES (tab format, e.g. SY.txt) to the user gazetteer.

    Places with an Arabic alternate name are kept: populated places (villages, neighbourhoods),
    admin units, camps, airports and bases, areas. Running it again with the same file adds nothing new.

    \b
    Example:
      unzip SY.zip && marsad gazetteer build SY.txt --output ~/.local/share/marsad/gazetteer.sqlite
    """
    from marsad.geo.build import build_user

    out = user_gazetteer_path(output)
    try:
        n = build_user(files, out)
    except ValueError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"{n} places with Arabic names written to {out}")


@gazetteer.command()
@click.option("--gazetteer", "gaz", type=click.Path(dir_okay=False, path_type=Path), default=None, help=_GAZ_HELP)
def info(gaz: Path | None) -> None:
    """Show where the gazetteers are, their sources and how many places they hold.

    \b
    Example:
      marsad gazetteer info
    """
    from marsad.geo.gazetteer import Gazetteer, default_gazetteer_path

    paths = [default_gazetteer_path()]
    up = user_gazetteer_path(gaz)
    for label, p in (("default", paths[0]), ("user", up)):
        if not p.exists():
            click.echo(f"{label}: {p} (none; build it with `marsad gazetteer build SY.txt`)")
            continue
        g = Gazetteer([p])
        kinds: dict[str, int] = {}
        for pl in g.places.values():
            kinds[pl.kind] = kinds.get(pl.kind, 0) + 1
        meta = dict(iter_meta(p))
        click.echo(f"{label}: {p}\n  source: {meta.get('source', '?')}\n  places: {len(g)} "
                   f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}); names: {len(g.by_key)}")


@gazetteer.command()
@click.argument("name")
@click.option("--gazetteer", "gaz", type=click.Path(dir_okay=False, path_type=Path), default=None, help=_GAZ_HELP)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per place.")
def lookup(name: str, gaz: Path | None, as_json: bool) -> None:
    """List the gazetteer entries named NAME (Arabic, any spelling of hamza/ta marbuta), biggest first.

    \b
    Example:
      marsad gazetteer lookup "الرقة"
    """
    from marsad.geo.geocoder import Geocoder

    g = Geocoder.default(gaz).gazetteer
    found = g.lookup(name)
    if not found:
        click.echo(f"no place named {name!r}")
        return
    for p in found:
        info = g.country_info(p.cc)
        row = {"gazetteer_id": p.gid, "name": p.name, "name_ar": p.name_ar, "kind": p.kind,
               "country": info.country if info else p.cc, "admin1": p.admin1, "admin2": p.admin2,
               "latitude": p.latitude, "longitude": p.longitude, "population": p.population, "source": p.tier}
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            click.echo(f"{p.gid}\t{p.name}\t{p.kind}\t{row['country']}\t{p.admin1 or '-'}\t"
                       f"{p.latitude:.4f},{p.longitude:.4f}\tpop {p.population}\t{p.tier}")
