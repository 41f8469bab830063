"""The rows of the rule tables that the extraction reads per trigger and per rule (g103b): compiled with the hot
modules, so that ``tdef.event_type``, ``r.rule``, ``actor.kind`` are native reads in compiled code, where a class of
the uncompiled ``lexicons`` module was a generic attribute look-up each time (~1.5 M instructions an article in all
generic look-ups). ``lexicons`` builds them from the tables and exports them under the same names.

Each class writes its ``__reduce__`` out: compiled, a frozen dataclass has no copy or pickle support of its own
(``copy``, ``pickle`` would set its fields one by one, which ``frozen`` forbids); built anew from its fields it is
the same value.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.tables import load_table

FORCES_OF = "Forces of {country}"  # the generic state forces' names (actors.tsv: "Police Forces of {country}")


@lru_cache(maxsize=1)
def _with_article() -> frozenset[str]:
    """The countries ACLED names with "the" in its state forces' names ("Police Forces of the Philippines"; countries.tsv
    column article, g109b)."""
    return frozenset(r["country"] for r in load_table("countries.tsv") if r.get("article"))


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str
    event_type: str
    sub_event_type: str
    pos: str
    weight: float
    needs: str

    def __reduce__(self) -> tuple[type[Trigger], tuple[str, str, str, str, float, str]]:
        return Trigger, (self.id, self.event_type, self.sub_event_type, self.pos, self.weight, self.needs)


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    inter: int
    country: str
    kind: str
    start: int | None
    end: int | None
    adjective: bool = False

    def display(self, country: str | None) -> str:
        if country is not None and country in _with_article() and FORCES_OF in self.name:
            return self.name.replace("{country}", "the " + country)
        return self.name.replace("{country}", country or "International")

    def __reduce__(self) -> tuple[type[Actor], tuple[str, str, int, str, str, int | None, int | None, bool]]:
        return Actor, (self.id, self.name, self.inter, self.country, self.kind, self.start, self.end, self.adjective)


@dataclass(frozen=True, slots=True)
class Cue:
    id: str
    kind: str
    where: str = "before"
    window: int = 0
    types: frozenset[str] = frozenset()  # event or sub-event types the cue reads (empty: all)

    def __reduce__(self) -> tuple[type[Cue], tuple[str, str, str, int, frozenset[str]]]:
        return Cue, (self.id, self.kind, self.where, self.window, self.types)


@dataclass(frozen=True, slots=True)
class RoleRule:
    id: str
    kind: str
    rule: str  # "never" | "first" | "second" | "sole-second" | "sole-object" | "joined-first" | "retype" | "agent-retype" | "broker" | "aside" | "ally" | "ally-default" | "own-site" | "unborrowed" | "not-target" | "agentless-not-target" | "ally-struck" | "grounded" | "lone-deal" | "owner-target" | "doer-retype"
    to: str = ""  # retype: the sub-event type the event becomes
    actor: str = ""  # retype: the actors.tsv id that stands for the side of this kind
    countries: frozenset[str] = frozenset()  # the event countries where the row holds (empty: every country)

    def __reduce__(self) -> tuple[type[RoleRule], tuple[str, str, str, str, str, frozenset[str]]]:
        return RoleRule, (self.id, self.kind, self.rule, self.to, self.actor, self.countries)
