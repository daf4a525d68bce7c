"""The API's calendar-feed endpoints (the rules are crmdesk.server.feed):

- `POST /v1/feed/token`: the signed-in user's new private feed address (its token
  shown once); any earlier address stops working.
- `DELETE /v1/feed/token`: turn the user's feed off.
- `GET /v1/feed/{token}.ics`: the feed a calendar app subscribes to, no sign-in (the
  token is the key): text/calendar, or 404 for any token that serves none.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Annotated

from fastapi import Depends, FastAPI, Path, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from crmdesk.domain.words import Worded, tr_noop
from crmdesk.protocol import FEED_PATH, FeedAnswer, Problem
from crmdesk.server import feed
from crmdesk.server.auth import SignedIn

Unit = Callable[..., AbstractContextManager[Session]]
SignedInFn = Callable[[Session, str], SignedIn]
#: The feed's media type (RFC 5545).
CALENDAR = "text/calendar; charset=utf-8"
#: What a feed token looks like (secrets.token_urlsafe): anything else is no token.
TOKEN_PATTERN = r"^[A-Za-z0-9_-]{16,128}$"
#: The answer to a token that serves no feed, whatever the reason.
NO_FEED = tr_noop("No calendar feed at this address (it may have been replaced by a newer "
                  "one).")


def install(app: FastAPI, unit: Unit, signed_in: SignedInFn,
            bearer: Callable[..., object], error: Callable[[int, str], Exception]) -> None:
    """Add the endpoints to `app` (`unit`, `signed_in`, `bearer` and `error` are
    app.py's), and keep feed tokens out of the server's logs."""
    feed.redact_logs()
    signed = Depends(bearer)  # the sign-in's token, as app.py's BearerToken reads it

    @app.post("/v1/feed/token", response_model=FeedAnswer)
    def new_feed(request: Request, token: str = signed) -> FeedAnswer:
        """A new private feed address for the signed-in user: their open follow-ups and
        tasks as a calendar. Shown once; an earlier address stops working."""
        with unit(request) as session:
            who = signed_in(session, token)
            secret = feed.issue(session, who.user_id)
            session.commit()  # before answering: the address works once it is told
        return FeedAnswer(token=secret, path=feed.feed_path(secret))

    @app.delete("/v1/feed/token", status_code=204, response_class=Response)
    def end_feed(request: Request, token: str = signed) -> Response:
        """Turn the signed-in user's feed off: its address stops working."""
        with unit(request) as session:
            who = signed_in(session, token)
            feed.revoke(session, who.user_id)
            session.commit()
        return Response(status_code=204)

    @app.get(FEED_PATH, response_class=Response, responses={
        200: {"content": {"text/calendar": {"schema": {"type": "string"}}},
              "description": "The user's open follow-ups and tasks (iCalendar)"},
        404: {"model": Problem, "description": "No feed at this address"}})
    def calendar_feed(token: Annotated[str, Path(pattern=TOKEN_PATTERN)],
                      request: Request) -> Response:
        """A user's open follow-ups and tasks as iCalendar, for a calendar app to
        subscribe to: the address's token is the key (no sign-in)."""
        with unit(request, reading=True) as session:
            body = feed.feed(session, token)
        if body is None:
            raise error(404, Worded(NO_FEED))
        return Response(body, media_type=CALENDAR, headers={
            "Cache-Control": "private, no-store",
            "Content-Disposition": 'inline; filename="crmdesk.ics"'})
