"""The team lead's review as the window and `crmdesk report` ask for it: whose figures
the signed-in user may read (the scope), each panel's figures, and the records behind
a figure. A rep reads their own numbers; a lead their team's (or one person of it); an
admin any team's or all of them. A workspace used with no user (the CLI without
--user) reads whatever it holds, as an admin would."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from crmdesk.app.context import Context
from crmdesk.domain.currencies import clean_currency, currency_problem
from crmdesk.domain.report import Behind, Panel, ReviewScope
from crmdesk.domain.review_period import default_period
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.store import queries as q
from crmdesk.store import review
from crmdesk.store.models import Role
from crmdesk.store.refusals import Refused
from crmdesk.store.review import lookup
from crmdesk.store.review.deal_facts import live_deals
from crmdesk.store.review.lookup import BehindList, TeamRef


class ScopeRefused(Refused):
    """The figures asked for are not the user's to read, or name no one known."""


def available_panels() -> tuple[tuple[str, str], ...]:
    """The review's panels, in the order the window shows them: (key, title)."""
    return tuple(review.PANELS)


@dataclass(frozen=True, slots=True)
class ScopeChoices:
    """What the scope bar offers the user: the teams they may pick (an admin: every
    one, the others: only theirs), the people they may narrow to, by team, and the
    currencies in use (the first is the default)."""

    role: Role | None
    teams: tuple[TeamRef, ...]
    people: tuple[q.UserRef, ...]
    currencies: tuple[str, ...]
    #: the person every figure is narrowed to whatever is asked (a rep: themself)
    fixed_rep: uuid.UUID | None = None
    #: the team a lead's figures are held to (None: an admin chooses)
    fixed_team: uuid.UUID | None = None

    @property
    def may_choose_team(self) -> bool:
        return self.fixed_team is None and self.fixed_rep is None

    def people_of(self, team_id: uuid.UUID | None) -> list[q.UserRef]:
        return [p for p in self.people if team_id is None or p.team_id == team_id]


def _sees_all(ctx: Context) -> bool:
    return ctx.user is None or Role(ctx.user.role) is Role.ADMIN


def _narrowed(ctx: Context) -> bool:
    """The user reads only their own figures (a rep; a service user; a lead of no team)."""
    if ctx.user is None:
        return False
    role = Role(ctx.user.role)
    return role in (Role.REP, Role.SERVICE) or (role is Role.LEAD and ctx.user.team_id is None)


def _in(ctx: Context, session: Session | None) -> Session:
    return session if session is not None else ctx.store.session()


def scope_choices(ctx: Context, session: Session | None = None) -> ScopeChoices:
    """The scope bar's choices for the signed-in user."""
    own = session is None
    s = _in(ctx, session)
    try:
        codes = tuple(lookup.currencies(s)) or ("CNY",)
        if "CNY" in codes:  # the workspace's home currency first when it is in use
            codes = ("CNY", *(c for c in codes if c != "CNY"))
        if _sees_all(ctx):
            return ScopeChoices(ctx.user.role if ctx.user else None, tuple(lookup.teams(s)),
                                tuple(lookup.sellers(s, None)), codes)
        me = ctx.me
        team = lookup.team_by_id(s, me.team_id) if me.team_id else None
        if _narrowed(ctx):
            return ScopeChoices(Role(me.role), (team,) if team else (), (me,), codes,
                                fixed_rep=me.id, fixed_team=me.team_id)
        return ScopeChoices(Role(me.role), (team,) if team else (),
                            tuple(lookup.sellers(s, me.team_id)), codes,
                            fixed_team=me.team_id)
    finally:
        if own:
            s.close()


def review_scope(ctx: Context, session: Session | None = None, *,
                 team_id: uuid.UUID | None = None, rep_id: uuid.UUID | None = None,
                 start: date | None = None, end: date | None = None,
                 currency: str | None = None, since: date | None = None) -> ReviewScope:
    """The scope the user may read, narrowed as asked; refused (ScopeRefused, in plain
    words) when it asks for another team's figures, someone unknown or outside the
    team, or a period that ends before it starts. A rep's scope always names the rep;
    a lead's always their team."""
    today = ctx.today()
    first, last = default_period(today)
    start, end = start or first, end or last
    if start > end:
        raise ScopeRefused(Worded(tr_noop("The period starts ({0}) after it ends ({1})."),
                                  start.isoformat(), end.isoformat()))
    if currency is not None and (problem := currency_problem(currency)):
        raise ScopeRefused(problem)
    own = session is None
    s = _in(ctx, session)
    try:
        if currency is None:  # the workspace's home currency when it is in use
            codes = [] if lookup.in_use(s, "CNY") else lookup.currencies(s)
            currency = codes[0] if codes else "CNY"
        team_id, rep_id = _whose(ctx, s, team_id, rep_id)
    finally:
        if own:
            s.close()
    return ReviewScope(start, end, today, clean_currency(currency), team_id, rep_id, since)


def _whose(ctx: Context, s: Session, team_id: uuid.UUID | None,
           rep_id: uuid.UUID | None) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """The team and person the user may read, as asked (see review_scope)."""
    if team_id is not None and lookup.team_by_id(s, team_id) is None:
        raise ScopeRefused(tr_noop("That team is not in this workspace."))
    rep = q.user_by_id(s, rep_id) if rep_id is not None else None
    if rep_id is not None and rep is None:
        raise ScopeRefused(tr_noop("That person is not in this workspace."))
    if _narrowed(ctx):
        me = ctx.me
        if rep is not None and rep.id != me.id:
            raise ScopeRefused(Worded(tr_noop("You see your own figures only, not {0}'s."),
                                      rep.display_name))
        if team_id is not None and team_id != me.team_id:
            raise ScopeRefused(tr_noop("You see your own figures only, not another team's."))
        return me.team_id, me.id
    if not _sees_all(ctx):  # a lead: their team, or a person of it
        me = ctx.me
        mine = lookup.team_by_id(s, me.team_id) if me.team_id else None
        name = mine.name if mine else Worded(tr_noop("your team"))
        if team_id is not None and team_id != me.team_id:
            other = lookup.team_by_id(s, team_id)
            raise ScopeRefused(Worded(
                tr_noop("You lead {0}: the review shows your team's figures, not {1}'s."),
                name, other.name if other else Worded(tr_noop("another team"))))
        if rep is not None and rep.team_id != me.team_id:
            raise ScopeRefused(Worded(tr_noop("{0} is not on {1}: you see your team's figures "
                                              "only."), rep.display_name, name))
        return me.team_id, rep_id
    if rep is not None and team_id is not None and rep.team_id != team_id:
        team = lookup.team_by_id(s, team_id)
        raise ScopeRefused(Worded(tr_noop("{0} is not on {1}."), rep.display_name,
                                  team.name if team else Worded(tr_noop("that team"))))
    return (team_id if team_id is not None else rep.team_id if rep else None), rep_id


def resolve_names(ctx: Context, rep: str | None, team: str | None
                  ) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """The team and person named on a command line (user name, team name), or a
    ScopeRefused saying which is unknown and what is known."""
    with ctx.store.session() as s:
        team_id = None
        if team is not None:
            found = lookup.team_by_name(s, team)
            if found is None:
                names = ", ".join(t.name for t in lookup.teams(s)) or Worded(tr_noop("none"))
                raise ScopeRefused(Worded(tr_noop("No team “{0}” in this workspace. Teams: "
                                                  "{1}."), team, names))
            team_id = found.id
        rep_id = None
        if rep is not None:
            user = q.user_by_name(s, rep)
            if user is None:
                names = (", ".join(p.username for p in lookup.sellers(s, team_id))
                         or Worded(tr_noop("none")))
                raise ScopeRefused(Worded(tr_noop("No user “{0}” in this workspace. Reps: "
                                                  "{1}."), rep, names))
            rep_id = user.id
    return team_id, rep_id


def review_panel(ctx: Context, key: str, scope: ReviewScope) -> Panel:
    """Panel `key`'s figures for `scope` (one read of the workspace); KeyError when
    there is no such panel."""
    if key not in dict(review.PANELS):
        raise KeyError(key)
    with ctx.store.session() as session:
        return review.panel(session, key, scope)


#: The panels whose figures are a row per person, each person's own whatever else the
#: scope names (crmdesk.store.review.reps: open deals, credit, follow-ups and activities
#: are counted by person): a narrower scope's figures are the wider's rows of its people.
BY_PERSON = frozenset({"reps"})


def narrowed(key: str, scope: ReviewScope, panel: Panel, people: Sequence[q.UserRef],
             team_id: uuid.UUID | None, rep_id: uuid.UUID | None
             ) -> tuple[ReviewScope, Panel] | None:
    """Panel `key`'s figures for a narrower scope than `scope` (one of its teams, one of
    its people), read from its figures for `scope` without the workspace: the rows of
    the people narrowed to. `people` are the scope bar's (ScopeChoices.people: whom the
    user may narrow to, with their teams), so the narrowed scope is the one review_scope
    would give. None when the figures must be computed: a panel not by person, a scope
    that is not within `scope`, or someone not among `people`."""
    if key not in BY_PERSON or scope.rep_id is not None:
        return None
    if rep_id is not None:
        person = next((p for p in people if p.id == rep_id), None)
        if person is None or team_id not in (None, person.team_id):
            return None
        ids, team_id = {rep_id}, person.team_id
    elif team_id is not None:
        ids = {p.id for p in people if p.team_id == team_id}
    else:
        return None  # not narrower
    if scope.team_id not in (None, team_id):
        return None
    tables = tuple(replace(table, rows=tuple(row for row in table.rows
                                             if len(row.behind) == 1 and row.behind[0] in ids))
                   for table in panel.tables)
    return replace(scope, team_id=team_id, rep_id=rep_id), replace(panel, tables=tables)


def behind(ctx: Context, kind: Behind, ids: Sequence[uuid.UUID], currency: str,
           title: str = "") -> BehindList:
    """The records behind a figure, by name (the list a click on a bar opens)."""
    with ctx.store.session() as session:
        return lookup.behind_list(session, kind, ids, currency, title)


def open_deals_of(ctx: Context, user_id: uuid.UUID, currency: str) -> BehindList:
    """A person's open deals (any currency; amounts shown in `currency`), listed as the
    records behind a figure are: what "Their open deals" opens from the reps' table.
    Refused (ScopeRefused) when that person's figures are not the user's to read."""
    with ctx.store.session() as session:
        _whose(ctx, session, None, user_id)
        person = q.user_by_id(session, user_id)
        name = person.display_name if person is not None else ""
        ids = [d.id for d in live_deals(session, ctx.today(), owner_ids=(user_id,))]
        return lookup.behind_list(session, Behind.DEALS, ids, currency,
                                  f"Open deals of {name}")
