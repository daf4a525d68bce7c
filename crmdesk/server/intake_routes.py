"""The API's web-enquiry endpoints (the rules are crmdesk.server.intake):

- `POST /v1/intake/{channel}`: a website's enquiry, JSON or form-encoded, its key in
  the X-Intake-Key header or the form field `key`. Its fields are checked at once; then
  it waits for its batch (crmdesk.server.intake_batch), and is answered 201 with a
  reference once that has committed (or why it was refused: 429, 404, 401, then 400 for
  fields its key let in; 503 when the process has more waiting than it can take within a
  moment).
- `POST /v1/channels/{channel_id}/key`: an administrator's new key for a channel.
- `GET /v1/intake-channels`: which channels take enquiries, for which team (admins).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractContextManager, asynccontextmanager
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Header, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.routing import Route

from crmdesk.domain.intake import FIELDS, enquiry_problems, read_enquiry
from crmdesk.domain.text import text_problem
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.protocol import (
    IntakeAnswer,
    IntakeChannel,
    IntakeChannels,
    IntakeKeyAnswer,
    IntakeKeyRequest,
    problem,
)
from crmdesk.server import intake
from crmdesk.server.admission import Busy
from crmdesk.server.auth import NO_TOKEN, SignedIn
from crmdesk.server.intake_batch import Batcher
from crmdesk.server.lifespan import run_around
from crmdesk.store.models import Channel, Role, Team

THANKS = "Thank you: your enquiry has been received."
FORM = "application/x-www-form-urlencoded"
#: What a form with a file input sends (form builders often do): its text fields are
#: read, its files left aside.
MULTIPART = "multipart/form-data"
#: The most parts a multipart enquiry may have (a website form has a dozen fields).
MAX_PARTS = 100
#: The enquiry's fields as the API document describes them (the handler reads the body
#: itself, to take a plain HTML form and JSON alike); the key and the idempotency key
#: may come as fields, for a form cannot set headers.
_ENQUIRY = {"type": "object", "properties": {
    name: {"type": "string"} for name in (*FIELDS, "key", "idempotency_key")}}
#: Its headers, read by the handler itself too: FastAPI's parameter machinery cost a post
#: a third of its time on the event loop, which every post of a busy website shares.
_HEADERS = [{"name": name, "in": "header", "required": False, "schema": {"type": "string"},
             "description": description} for name, description in (
    ("x-intake-key", "The channel's intake key (or the form field `key`)"),
    ("idempotency-key", "The same key on a post sent again: answered with the first "
                        "one's reference (or the form field `idempotency_key`)"))]
_BODY = {"parameters": _HEADERS, "requestBody": {"required": True, "content": {
    "application/json": {"schema": _ENQUIRY}, FORM: {"schema": _ENQUIRY},
    MULTIPART: {"schema": _ENQUIRY}}}}
#: The longest idempotency key kept (schema.IntakeReceipt).
MAX_IDEMPOTENCY = 200

Unit = Callable[..., AbstractContextManager[Session]]
SignedInFn = Callable[[Session, str], SignedIn]


def _problem(status: int, detail: str, retry_after: int | None = None) -> JSONResponse:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return JSONResponse(problem(detail), status_code=status, headers=headers)


async def _fields(request: Request) -> dict[str, Any] | JSONResponse:
    """The body's fields: a JSON object, or a form (url-encoded or multipart; a field
    given twice counts once, the first)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if kind == "application/json":
        try:
            parsed = json.loads(body or b"null")
        except ValueError:
            return _problem(400, Worded(tr_noop("The body is not JSON.")))
        except RecursionError:  # lists in lists a hundred thousand deep: no form's
            return _problem(400, Worded(tr_noop("The body nests too deeply; send the "
                                                "enquiry's fields as one JSON object of "
                                                "text.")))
        if not isinstance(parsed, dict):
            return _problem(400, Worded(tr_noop("Send the enquiry's fields as a JSON "
                                                "object.")))
        return parsed
    if kind == FORM:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return _problem(400, Worded(tr_noop("The form is not UTF-8 text; add "
                                                "accept-charset=\"utf-8\" to the form.")))
        return {name: values[0] for name, values in parse_qs(text).items() if values}
    if kind == MULTIPART:
        try:
            form = await request.form(max_files=MAX_PARTS, max_fields=MAX_PARTS)
        except (HTTPException, MultiPartException, ValueError) as exc:
            return _problem(400, Worded(tr_noop("The form could not be read: {0}"),
                                        str(getattr(exc, "detail", exc))))
        try:
            fields: dict[str, Any] = {}
            for name, value in form.multi_items():
                if isinstance(value, str):  # a file is no enquiry field
                    fields.setdefault(name, value)
            return fields
        finally:
            await form.close()
    return _problem(415, Worded(tr_noop("Send the enquiry as {0} (a plain HTML form), {1} "
                                        "or application/json."), FORM, MULTIPART))


def install(app: FastAPI, unit: Unit, signed_in: SignedInFn) -> None:
    """Add the endpoints to `app` (its `unit` and `signed_in` are app.py's; its state's
    db and intake limits are the enquiries' batcher's, which stops with the app)."""
    batcher = Batcher(app.state.db, app.state.intake_limits)
    app.state.intake_batcher = batcher

    @asynccontextmanager
    async def batching() -> AsyncIterator[None]:
        await run_in_threadpool(batcher.catch_up)
        try:
            yield
        finally:
            await run_in_threadpool(batcher.close)  # what waits is written first

    run_around(app, batching)

    @app.post("/v1/intake/{channel}", status_code=201, response_model=IntakeAnswer,
              responses={200: {"model": IntakeAnswer,
                               "description": "The same enquiry again (its idempotency "
                                              "key): the first one's reference"},
                         404: {"description": "No such channel takes enquiries"},
                         429: {"description": "Too many enquiries; see Retry-After"},
                         415: {"description": "Neither JSON nor a form"}},
              openapi_extra=_BODY)
    async def take_enquiry(channel: str, request: Request) -> Response:
        """A website's enquiry (fields: company, person, phone, email, message; region,
        industry, website optional): a new lead assigned by the team's rules, or an
        activity on the account it duplicates. `channel` is the channel's id or name."""
        if batcher.full:  # turned away before its body is read: that costs too
            raise Busy
        fields = await _fields(request)
        if isinstance(fields, JSONResponse):
            return fields
        headers = request.headers
        x_intake_key, idempotency_key = (headers.get("x-intake-key"),
                                         headers.get("idempotency-key"))
        key = x_intake_key or (fields.get("key") if isinstance(fields.get("key"), str)
                               else None)
        again = idempotency_key or fields.get("idempotency_key")
        again = again.strip()[:MAX_IDEMPOTENCY] if isinstance(again, str) else None
        enquiry = read_enquiry({name: fields.get(name) for name in FIELDS})
        problems = enquiry_problems(enquiry, intake.REGION)
        if again and (bad := text_problem("idempotency_key", again)) is not None:
            problems.append(bad)  # it is stored too
        address = request.client.host if request.client else "unknown"
        got = await batcher.take(intake.Posted(channel, key, address, enquiry,
                                               again or None, tuple(problems)))
        if isinstance(got, intake.Refusal):
            return _problem(got.status, got.detail, got.retry_after)
        answer = IntakeAnswer(reference=got.reference, message=THANKS)
        return Response(answer.model_dump_json(), status_code=200 if got.again else 201,
                        media_type="application/json")

    async def posted(request: Request) -> Response:
        return await take_enquiry(request.path_params["channel"], request)

    # The posts themselves are answered by a bare route ahead of the one above (which
    # stays, for the API document): FastAPI solves a route's dependencies for every
    # request, the app's own included even where they do nothing, which cost an
    # enquiry's post more of its time on the event loop than the handler's own work.
    app.router.routes.insert(0, Route("/v1/intake/{channel}", posted, methods=["POST"]))

    def _admin(session: Session, authorization: str | None) -> SignedIn | JSONResponse:
        if not authorization or not authorization.lower().startswith("bearer "):
            return _problem(401, Worded(NO_TOKEN))
        try:
            who = signed_in(session, authorization[7:].strip())
        except Exception as exc:  # app.py's ApiError: its message is the answer
            return _problem(getattr(exc, "status", 401), getattr(exc, "detail", str(exc)))
        if who.role != Role.ADMIN.value:
            return _problem(403, Worded(tr_noop("Only an administrator manages channels' "
                                                "intake keys.")))
        return who

    @app.post("/v1/channels/{channel_id}/key", response_model=IntakeKeyAnswer)
    def new_intake_key(channel_id: uuid.UUID, body: IntakeKeyRequest, request: Request,
                       authorization: Annotated[str | None, Header()] = None) -> Response:
        """A new intake key for the channel (administrators): shown once; the channel's
        previous key stops working at once."""
        with unit(request) as session:
            who = _admin(session, authorization)
            if isinstance(who, JSONResponse):
                return who
            found = session.get(Channel, channel_id)
            if found is None or found.deleted:
                return _problem(404, Worded(tr_noop("There is no such channel; sync, then "
                                                    "try again.")))
            team = session.get(Team, body.team_id)
            if team is None or team.deleted:
                return _problem(404, Worded(tr_noop("There is no such team.")))
            key = intake.issue_key(session, channel_id, team.id, who.user_id)
            session.commit()  # before the key is shown: it works once seen
        answer = IntakeKeyAnswer(channel_id=channel_id, team_id=team.id, key=key)
        return Response(answer.model_dump_json(), media_type="application/json")

    @app.get("/v1/intake-channels", response_model=IntakeChannels)
    def intake_channels(request: Request,
                        authorization: Annotated[str | None, Header()] = None) -> Response:
        """The channels that take web enquiries and the team of each (administrators)."""
        with unit(request) as session:
            who = _admin(session, authorization)
            if isinstance(who, JSONResponse):
                return who
            found = intake.intake_teams(session)
        answer = IntakeChannels(channels=[IntakeChannel(channel_id=c, team_id=t)
                                          for c, t in sorted(found.items())])
        return Response(answer.model_dump_json(), media_type="application/json")
