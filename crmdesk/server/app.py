"""The central server's HTTP API (FastAPI)."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, BeforeValidator
from sqlalchemy import bindparam, select
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crmdesk import __version__
from crmdesk.domain.scope import Viewer
from crmdesk.domain.words import Worded, message, tr_noop
from crmdesk.protocol import (
    CURSOR_HEADER,
    EPOCH_HEADER,
    KINDS_LIST,
    LEGACY_KINDS,
    MAX_CHANGES,
    MAX_SEQ,
    MORE_HEADER,
    PROTOCOL_VERSION,
    WORDS_HEADER,
    ConflictsResponse,
    Health,
    LoginRequest,
    LoginResponse,
    Problem,
    PullResponse,
    PushRequest,
    PushResponse,
    RenewRequest,
    UserInfo,
    problem,
)
from crmdesk.server import (
    auth,
    clock,
    feed_routes,
    history,
    in_flight,
    intake,
    intake_routes,
    metrics,
    sync,
)
from crmdesk.server.admission import QUEUE_WAIT_S, Admission, Busy, busy_answer
from crmdesk.server.db import ServerDB
from crmdesk.server.health import database_problem
from crmdesk.store.models import Role, User

#: Larger request bodies are refused before they are read.
MAX_BODY = 8 * 1024 * 1024


class ApiError(Exception):
    """An answer other than 2xx: its `detail` says why (a marked sentence, Worded, also
    travels as its template and figures: crmdesk.protocol.problem)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail


def _user_info(user: User) -> UserInfo:
    return UserInfo(id=user.id, username=user.username, display_name=user.display_name,
                    role=user.role.value, team_id=user.team_id)


def _signed_in_info(who: auth.SignedIn) -> UserInfo:
    return UserInfo(id=who.user_id, username=who.username, display_name=who.display_name,
                    role=who.role, team_id=who.team_id)


#: Paths answered whatever the load: a probe must tell "busy" from "down".
UNLIMITED = frozenset({"/v1/health", "/metrics"})
#: Web enquiries wait for their batch holding no connection: their batcher admits them
#: (crmdesk.server.intake_batch), not the places here.
ENQUIRIES = "/v1/intake/"


@contextmanager
def _unit(request: Request, reading: bool = False) -> Iterator[Session]:
    """The request's session, opened and closed inside the endpoint's own thread hop:
    its connection is taken at the first query and given back before the hop ends, so
    no request holds a connection while it waits for a thread or for another
    connection. An endpoint that writes commits *before* it answers (a client must never
    be told "done" for a write that has not committed); anything left uncommitted (an
    error, or a read) is rolled back when the session closes. `reading`: a read that
    takes no lock and writes nothing, which needs no transaction (ServerDB.reads)."""
    db: ServerDB = request.app.state.db
    with db.read_session() if reading else db.session() as unit:
        yield unit


async def _admitted(request: Request) -> AsyncIterator[None]:
    """A place among the requests this process works on at once (see admission.py);
    held until the endpoint has returned, given back before the answer is sent."""
    path = request.scope["path"]
    if path in UNLIMITED or path.startswith(ENQUIRIES):
        yield
        return
    admission: Admission = request.app.state.admission
    async with admission.place():
        yield


async def _bearer(authorization: Annotated[str | None, Header()] = None) -> str:
    # async: reading a header needs no thread hop of its own
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiError(401, Worded(auth.NO_TOKEN))
    return authorization[7:].strip()


BearerToken = Annotated[str, Depends(_bearer)]


def _signed_in(unit: Session, token: str, holding: int | None = None,
               reading: tuple[Any, ...] = ()) -> auth.SignedIn:
    """Who signed in, and the workspace (client id) the sign-in was made for, read in
    the endpoint's own session and hop (`holding`, `reading`: see auth.signed_in)."""
    try:
        return auth.signed_in(unit, token, holding=holding, reading=reading)
    except auth.AuthError as exc:
        raise ApiError(401, message(exc)) from None


_users = User.__table__.c
#: What a pull reads after its head, in one statement: the viewer's role and team as they
#: stand (a move committed since the sign-in was read is seen), the user's epoch, and the
#: newest field stamp. Each sees every change up to the head (committed before it began).
_PULL_STANDING = select(_users.role, _users.team_id, history.EPOCH, sync.NEWEST_STAMP,
                        sync.ON_A_DEAL_TEAM).where(_users.id == bindparam("user_id"))


def _pull_standing(unit: Session, user_id: uuid.UUID, cursor: int
                   ) -> tuple[Viewer, int, str | None, bool]:
    """(viewer, epoch, stamp, on a deal's team now or at `cursor`) for a pull by
    `user_id` from `cursor`: see _PULL_STANDING. The stamp is under the server's name
    (`sync.as_servers`)."""
    role, team_id, epoch, newest, on_team = unit.execute(
        _PULL_STANDING, {"user_id": user_id, "cursor": cursor}
        | history.epoch_params(user_id)).one()
    return (Viewer(user_id, Role(role).value, team_id), int(epoch or 0),
            sync.as_servers(newest), bool(on_team))


def _json(answer: BaseModel) -> Response:
    """`answer` as the JSON response, written by pydantic once: an endpoint returning the
    model would have FastAPI check it against its own type again before writing it (the
    route's response_model still documents it)."""
    return Response(answer.model_dump_json(), media_type="application/json")


def _iso_only(value: object) -> object:
    # pydantic would read a bare number as seconds since 1970: not what the API documents
    if isinstance(value, str) and value.strip().lstrip("+-").replace(".", "", 1).isdigit():
        raise ValueError("expected a date-time such as 2026-12-01T09:00:00")
    return value


#: A moment in a query, as ISO 8601 text (the date-time the API documents).
Moment = Annotated[datetime, BeforeValidator(_iso_only), Query()]


def _digits_only(value: object) -> object:
    # pydantic would read "+0.0" or "1e3" as an integer: the API documents an integer
    if isinstance(value, str) and not (value.isascii() and value.isdigit()):
        raise ValueError("expected a whole number written in digits, such as 120")
    return value


#: Marks a whole number in a query as written in digits only (after its Query, which
#: then still documents its bounds).
DIGITS = BeforeValidator(_digits_only)


def _check_protocol(version: int) -> None:
    if version < PROTOCOL_VERSION:
        raise ApiError(400, Worded(tr_noop("This server speaks sync protocol {0} and the app "
                                           "speaks {1}; update the app."),
                                   PROTOCOL_VERSION, version))
    if version > PROTOCOL_VERSION:
        raise ApiError(400, Worded(tr_noop("This server speaks sync protocol {0} and the app "
                                           "speaks {1}; update the server."),
                                   PROTOCOL_VERSION, version))


def _viewer(who: auth.SignedIn) -> Viewer:
    return Viewer(who.user_id, who.role, who.team_id)


class BodyLimit:
    """Refuses request bodies over `limit` bytes, whether the size is declared up front
    or the body comes in chunks, before more than that is read."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        too_large = StarletteHTTPException(413, Worded(tr_noop(
            "The request is larger than {0} bytes."), self.limit))
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await JSONResponse(problem(too_large.detail), status_code=413)(
                scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise too_large  # FastAPI passes it on as the answer
            return message

        await self.app(scope, counted, send)


def create_app(db: ServerDB, *, max_in_flight: int | None = None,
               queue_wait: float = QUEUE_WAIT_S,
               intake_limits: intake.Limits | None = None) -> FastAPI:
    """The API over `db` (whose schema is already migrated). At most `max_in_flight`
    requests run at once (default: as many as the pool keeps connections); one more waits
    up to `queue_wait` seconds for a place, then is answered 503 with Retry-After."""
    app = FastAPI(title="crmdesk server", version=__version__,
                  responses={400: {"model": Problem}, 401: {"model": Problem},
                             403: {"model": Problem}, 410: {"model": Problem},
                             413: {"model": Problem},
                             422: {"model": Problem}, 503: {"model": Problem}},
                  dependencies=[Depends(_admitted, scope="function")])
    app.state.db = db
    app.state.admission = Admission(max_in_flight or db.connections, queue_wait)
    app.state.intake_limits = intake_limits or intake.Limits.from_environment()

    app.add_middleware(BodyLimit, limit=MAX_BODY)
    metrics.install(app, db)  # outermost: it measures what the middleware answers too

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(problem(exc.detail), status_code=exc.status)

    @app.exception_handler(Busy)
    @app.exception_handler(PoolTimeout)  # no connection came free in time: busy too
    async def busy(_request: Request, _exc: Exception) -> JSONResponse:
        return busy_answer()

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return JSONResponse(problem(Worded(tr_noop("Invalid request: {0}: {1}."),
                                           where or "body", first.get("msg", "malformed"))),
                            status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        return JSONResponse(problem(detail), status_code=exc.status_code)

    @app.get("/v1/health", response_model=Health, responses={503: {"model": Health}})
    async def health() -> Response:
        """200 while the database answers; 503, saying why, when it does not."""
        problem = await database_problem(db.engine)
        answer = Health(status="ok" if problem is None else "unavailable",
                        protocol=PROTOCOL_VERSION, database=problem or "ok")
        return JSONResponse(answer.model_dump(), status_code=200 if problem is None else 503)

    @app.post("/v1/login", response_model=LoginResponse)
    def login(body: LoginRequest, request: Request) -> LoginResponse:
        _check_protocol(body.protocol)
        with _unit(request) as unit:
            try:
                token, row, user = auth.login(unit, body.username, body.password,
                                              body.client_id)
            except auth.AuthError as exc:
                raise ApiError(401, message(exc)) from None
            answer = LoginResponse(token=token, expires_at=row.expires_at.replace(tzinfo=UTC),
                                   user=_user_info(user))
            unit.commit()
        return answer

    @app.post("/v1/logout", status_code=204, response_class=Response)
    def logout(request: Request, token: BearerToken) -> Response:
        with _unit(request) as unit:
            auth.revoke(unit, token)
            unit.commit()
        return Response(status_code=204)

    @app.get("/v1/me", response_model=UserInfo)
    def me(request: Request, token: BearerToken) -> Response:
        with _unit(request, reading=True) as unit:
            who = _signed_in(unit, token)
        return _json(_signed_in_info(who))

    @app.post("/v1/push", response_model=PushResponse)
    def push(body: PushRequest, request: Request, token: BearerToken,
             words: Annotated[str | None, Header(alias=WORDS_HEADER, description=(
                 "Any value: the laptop reads each refusal's words (OpResult.words)"))]
             = None) -> Response:
        """Apply a batch of edits in the client's order; each op is applied once."""
        _check_protocol(body.protocol)
        with _unit(request) as unit:
            who = _signed_in(unit, token)
            if body.client_id != who.client_id:
                raise ApiError(403, Worded(auth.OTHER_WORKSPACE))
            announced = sync.lock_change_log(unit)  # the database's clock, with it
            # the user as they stand once no admin command is under way
            viewer, answers = sync.pusher(unit, who.user_id, body.client_id, body.ops)
            results = sync.apply_push(unit, viewer, body.client_id, body.ops,
                                      clock.now_ms(unit) if announced is None else announced,
                                      answers)
            unit.commit()  # before answering: "applied" must mean committed
        metrics.count_push(app, results)
        if words is None:  # an older laptop, which refuses a field it does not know
            return Response(PushResponse(results=results).model_dump_json(
                exclude={"results": {"__all__": {"words"}}}), media_type="application/json")
        return _json(PushResponse(results=results))

    @app.get("/v1/conflicts", response_model=ConflictsResponse)
    def conflicts(request: Request, token: BearerToken,
                  after: Moment = datetime(2000, 1, 1)) -> Response:
        """Values this workspace sent that a later edit from elsewhere replaced."""
        with _unit(request, reading=True) as unit:
            # the bound on the conflicts read (in_flight.settled_before) with the sign-in
            who = _signed_in(unit, token, reading=in_flight.settled_columns(unit))
            found = sync.overwritten(unit, _viewer(who), who.client_id, after, who.read)
        return _json(ConflictsResponse(conflicts=found))

    @app.get("/v1/changes", response_model=PullResponse, responses={200: {"headers": {
        CURSOR_HEADER: {"description": "The body's cursor, ahead of the body",
                        "schema": {"type": "integer", "minimum": 0}},
        MORE_HEADER: {"description": "The body's more", "schema": {"enum": ["true", "false"]}},
        EPOCH_HEADER: {"description": "The body's epoch",
                       "schema": {"type": "integer", "minimum": 0}}}}})
    def changes(request: Request, token: BearerToken,
                cursor: Annotated[int, Query(ge=0, lt=MAX_SEQ), DIGITS] = 0,
                limit: Annotated[int, Query(ge=1, le=MAX_CHANGES), DIGITS] = MAX_CHANGES,
                epoch: Annotated[int, Query(ge=0, lt=MAX_SEQ, description=(
                    "While syncing from the start: the epoch its first answer gave")), DIGITS] = 0,
                kinds: Annotated[str | None, Query(pattern=KINDS_LIST, description=(
                    "The kinds of record the laptop knows, comma-separated; only those "
                    "are sent (none named: the kinds every laptop knows)"))] = None,
                until: Annotated[int | None, Query(ge=0, lt=MAX_SEQ, description=(
                    "Stop at this log position: a laptop catching up on kinds it has "
                    "just learnt reads them up to where it already is")), DIGITS] = None,
                ) -> Response:
        """What changed after `cursor` that this user may see, in commit order."""
        with _unit(request) as unit:
            # no compaction from here on (history.hold_off_compaction), in the same trip
            who = _signed_in(unit, token, holding=sync.COMPACTION_LOCK)
            head = in_flight.readable_head(unit, after=cursor)
            top = head if until is None else min(until, head)
            # read after the head, so a move of this user up to it is seen (and a later
            # one gets 410 at the next pull, its mark being past this cursor); the epoch
            # answered is the one checked, read with the viewer it goes with
            viewer, now_epoch, stamp, on_team = _pull_standing(unit, who.user_id, cursor)
            if history.behind(cursor, epoch, now_epoch):
                raise ApiError(410, Worded(tr_noop(
                    "This laptop has been away longer than the server keeps history: it "
                    "must sync afresh from the start.")))
            wanted = LEGACY_KINDS if kinds is None else frozenset(kinds.split(","))
            # on no deal's team, now or at the cursor (read with the viewer): the
            # statement that reads no membership; one made since comes with entries
            # past this head
            found, last, more = sync.changes_json(unit, viewer, cursor, top, limit, wanted,
                                                  members=on_team)
            epoch, going_on = now_epoch, "true" if more else "false"
        # assembled as text: the stored rows are JSON already (PullResponse documents it)
        body = (f'{{"changes":[{",".join(found)}],"cursor":{last},"more":{going_on},'
                f'"head":{top},"epoch":{epoch},"stamp":{json.dumps(stamp)}}}')
        # repeated in headers, so a laptop can ask for the next page before reading this one
        return Response(body, media_type="application/json", headers={
            CURSOR_HEADER: str(last), MORE_HEADER: going_on, EPOCH_HEADER: str(epoch)})

    @app.post("/v1/renew", response_model=LoginResponse)
    def renew(body: RenewRequest, request: Request, token: BearerToken) -> LoginResponse:
        """A fresh token for the sign-in `token` belongs to, which ends: no password (see
        auth.renew). 401 when the password is needed again."""
        _check_protocol(body.protocol)
        with _unit(request) as unit:
            try:
                fresh, row, user = auth.renew(unit, token, body.client_id)
            except auth.AuthError as exc:
                raise ApiError(401, message(exc)) from None
            # stored as naive UTC; said with its offset, as a date-time must be
            answer = LoginResponse(token=fresh,
                                   expires_at=row.expires_at.replace(tzinfo=UTC),
                                   user=_user_info(user))
            unit.commit()  # before answering: the old token ends as the new one is had
        return answer

    intake_routes.install(app, _unit, _signed_in)
    feed_routes.install(app, _unit, _signed_in, _bearer, ApiError)
    return app
