"""How a message is handed over: email through a real SMTP server (smtplib, STARTTLS or
TLS from the start, never in the clear), SMS through an HTTP gateway (httpx) whose body
shape and key header are settings. Passwords and keys come from the secret store and
never appear in a reason, a log or an exception's text.

A sender answers each message in one of three ways, which the outbox runner
(crmdesk.app.messages.deliver) turns into states: it went (returns), it certainly did
not go (`NotSent`: no connection could be made; it waits again), it was refused
(`RefusedMessage`: failed, with the server's answer), or the connection broke while it
was handed over (`MaybeSent`: failed, never sent again by itself).
"""

from __future__ import annotations

import base64
import email.policy
import smtplib
import ssl
import time
from dataclasses import dataclass
from email.errors import MessageError
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formataddr, parseaddr
from types import TracebackType

import httpx

from crmdesk.domain.messages import gateway_body
from crmdesk.domain.words import Worded, tr_noop
from crmdesk.store.message_outbox import OutRow

# Our sentences around the mail server's or gateway's own words, which stay figures as
# they said them (each raised as a Worded: the outbox keeps it, the window words it).
SIGN_IN_REFUSED = tr_noop("The mail server refused the sign-in of {0}: {1}")
NO_PLAIN = tr_noop("The mail server refused the sign-in of {0}: it does not offer AUTH "
                   "PLAIN, which a user name or password beyond ASCII needs.")
NO_MAIL_SERVER = tr_noop("Cannot reach the mail server {0} ({1}: {2})")
NOT_AN_ADDRESS = tr_noop("“{0}” is not an email address.")
MAIL_REFUSED = tr_noop("The mail server refused it: {0}")
NO_SMTPUTF8 = tr_noop("The mail server does not take addresses beyond ASCII (SMTPUTF8).")
BROKE = tr_noop("The connection broke while it was handed over ({0}).")
NO_GATEWAY = tr_noop("Cannot reach the SMS gateway ({0}).")
GATEWAY_SAID = tr_noop("The SMS gateway answered {0}: {1}.")
GATEWAY_ANSWERED = tr_noop("The SMS gateway answered {0}.")


class NotSent(Exception):
    """It certainly did not go: the mail server or gateway could not be reached, or
    refused the sign-in. The message waits for the next run."""


class RefusedMessage(Exception):
    """The server answered that it will not take this message (a bad address, say)."""


class MaybeSent(Exception):
    """The connection broke while the message was handed over: it may have gone."""


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # "starttls" or "tls"
    from_address: str
    user: str | None = None
    password: str | None = None
    ca_file: str | None = None
    timeout: float = 30.0

    def __repr__(self) -> str:  # never the password, in a traceback's locals or a log
        return (f"SmtpSettings(host={self.host!r}, port={self.port}, "
                f"security={self.security!r}, user={self.user!r})")


def _tls(settings: SmtpSettings) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if settings.ca_file:
        context.load_verify_locations(cafile=settings.ca_file)
    return context


def _answer(exc: smtplib.SMTPException) -> str:
    """The server's own answer (code and text), with nothing of ours in it."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{to}: {code} {text.decode('utf-8', 'replace')}"
                         for to, (code, text) in exc.recipients.items())
    code = getattr(exc, "smtp_code", None)
    text = getattr(exc, "smtp_error", b"")
    said = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {said}".strip() if code is not None else type(exc).__name__


def _sign_in(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Sign in; a user name or password beyond ASCII goes as AUTH PLAIN in UTF-8 (RFC
    4616), which smtplib's login cannot send."""
    if (user + password).isascii():
        smtp.login(user, password)
        return
    smtp.ehlo_or_helo_if_needed()
    if "plain" not in smtp.esmtp_features.get("auth", "").lower().split():
        raise NotSent(Worded(NO_PLAIN, user))
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
    code, answer = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)


#: A connection idle this long is asked whether it is still there (NOOP) before a
#: message is handed over on it: one the server closed meanwhile is opened again, with
#: nothing handed over on the dead one.
IDLE_CHECK_S = 20.0


def _encoded(name: str, text: str) -> str:
    """A header's text as RFC 2047 encoded words when it goes beyond ASCII (or could be
    read as encoded words), folded with CRLF."""
    plain = text.isascii() and "=?" not in text
    return Header(text, "us-ascii" if plain else "utf-8", header_name=name).encode(
        linesep="\r\n")


def _plain_text(text: str) -> bool:
    # no line breaks or other control characters: a header of it cannot be split
    return text.isprintable()


class EmailSender:
    """One connection to the mail server for a run: opened (and signed in) before any
    message is marked sending, so a server that cannot be reached sends nothing; kept
    open from message to message, and opened again when it drops."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._smtp: smtplib.SMTP | None = None
        self._used = 0.0  # time.monotonic() of the connection's last use
        sender = parseaddr(settings.from_address)[1]
        self._domain = sender.rpartition("@")[2] or "crmdesk"
        self._envelope_from = sender
        self._from_line: bytes | None = None  # the From header, made once

    def __enter__(self) -> EmailSender:
        self._connect()
        return self

    def _connect(self) -> None:
        s = self.settings
        try:
            if s.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout,
                                                      context=_tls(s))
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                smtp.starttls(context=_tls(s))
            self._smtp = smtp
            if s.user:
                _sign_in(smtp, s.user, s.password or "")
            smtp.ehlo_or_helo_if_needed()
        except NotSent:
            self.close()
            raise
        except smtplib.SMTPAuthenticationError as exc:
            self.close()
            raise NotSent(Worded(SIGN_IN_REFUSED, s.user, _answer(exc))) from None
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise NotSent(Worded(NO_MAIL_SERVER, f"{s.host}:{s.port}", type(exc).__name__,
                                 str(exc))) from None
        self._used = time.monotonic()

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None
                 ) -> None:
        self.close()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()

    def _ready(self) -> smtplib.SMTP:
        """The open connection: opened again when the last message's dropped it, or when
        one idle for a while no longer answers (NotSent when it cannot be)."""
        if self._smtp is not None and time.monotonic() - self._used > IDLE_CHECK_S:
            try:
                alive = self._smtp.noop()[0] == 250
            except (OSError, smtplib.SMTPException):
                alive = False
            if not alive:
                self.close()
        if self._smtp is None:
            self._connect()
        assert self._smtp is not None
        return self._smtp

    def message(self, out: OutRow) -> EmailMessage:
        """The email for one outbox message: UTF-8 subject and body, its Message-ID made
        from the outbox's own id (so one can look for it before sending again)."""
        assert out.recipient is not None
        msg = EmailMessage()
        msg["From"] = self.settings.from_address
        msg["To"] = Address(display_name=out.contact_name, addr_spec=out.recipient)
        msg["Subject"] = out.subject
        msg["Message-ID"] = self._message_id(out)
        msg.set_content(out.body, charset="utf-8")
        return msg

    def _message_id(self, out: OutRow) -> str:
        return f"<crmdesk.{out.batch_id.hex}.{out.id}@{self._domain}>"

    def wire(self, out: OutRow) -> bytes | None:
        """The email of `message` as the bytes that go (MIME, the text in base64 of
        UTF-8), made directly: the email package's header folding costs milliseconds
        a message. None for what only the email package handles (an address beyond
        ASCII, which needs SMTPUTF8; a name or subject holding control characters)."""
        assert out.recipient is not None
        if not (out.recipient.isascii() and self._envelope_from.isascii()
                and _plain_text(out.subject) and _plain_text(out.contact_name)):
            return None
        Address(addr_spec=out.recipient)  # ValueError for what is not an address
        if self._from_line is None:
            policy = email.policy.SMTP
            self._from_line = policy.fold_binary("From", policy.header_factory(
                "From", self.settings.from_address)).rstrip(b"\r\n")
        name = out.contact_name
        to = (formataddr((name, out.recipient)) if name.isascii() else
              f"{_encoded('To', name)} <{out.recipient}>")
        text = out.body.replace("\r\n", "\n").replace("\r", "\n")
        text = text if text.endswith("\n") else text + "\n"
        body = base64.encodebytes(text.replace("\n", "\r\n").encode("utf-8"))
        head = [self._from_line, f"To: {to}".encode("ascii"),
                f"Subject: {_encoded('Subject', out.subject)}".encode("ascii"),
                f"Message-ID: {self._message_id(out)}".encode("ascii"),
                b"MIME-Version: 1.0", b'Content-Type: text/plain; charset="utf-8"',
                b"Content-Transfer-Encoding: base64"]
        return b"\r\n".join(head) + b"\r\n\r\n" + body.replace(b"\n", b"\r\n")

    def send(self, out: OutRow) -> None:
        assert out.recipient is not None
        try:
            data = self.wire(out)
            msg = self.message(out) if data is None else None
        except (ValueError, LookupError, MessageError):
            raise RefusedMessage(Worded(NOT_AN_ADDRESS, out.recipient)) from None
        smtp = self._ready()
        try:
            if msg is not None:
                smtp.send_message(msg)
            else:
                smtp.sendmail(self._envelope_from, [out.recipient], data or b"")
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused,
                smtplib.SMTPDataError) as exc:
            raise RefusedMessage(Worded(MAIL_REFUSED, _answer(exc))) from None
        except smtplib.SMTPNotSupportedError:
            # asked before anything of the message is sent (an address beyond ASCII)
            raise RefusedMessage(Worded(NO_SMTPUTF8)) from None
        except (OSError, smtplib.SMTPException) as exc:
            self.close()  # the connection is no use any more; the next message opens one
            raise MaybeSent(Worded(BROKE, type(exc).__name__)) from None
        finally:
            self._used = time.monotonic()


@dataclass(frozen=True, slots=True)
class SmsSettings:
    url: str
    body: str  # JSON shape with {to} and {text}
    auth_header: str
    key: str | None = None
    timeout: float = 30.0

    def __repr__(self) -> str:  # never the key
        return f"SmsSettings(url={self.url!r}, auth_header={self.auth_header!r})"


class SmsSender:
    """Posts each SMS to the gateway over one HTTP client for a run."""

    def __init__(self, settings: SmsSettings, transport: httpx.BaseTransport | None = None
                 ) -> None:
        self.settings = settings
        self._http = httpx.Client(timeout=settings.timeout, transport=transport)

    def __enter__(self) -> SmsSender:
        return self

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None
                 ) -> None:
        self._http.close()

    def send(self, out: OutRow) -> None:
        assert out.recipient is not None
        s = self.settings
        headers = {s.auth_header: s.key} if s.key else {}
        try:
            answer = self._http.post(s.url, json=gateway_body(s.body, out.recipient, out.body),
                                     headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise NotSent(Worded(NO_GATEWAY, type(exc).__name__)) from None
        except httpx.HTTPError as exc:
            raise MaybeSent(Worded(BROKE, type(exc).__name__)) from None
        if not answer.is_success:
            said = answer.text.strip().replace("\n", " ")[:200]
            raise RefusedMessage(Worded(GATEWAY_SAID, answer.status_code, said) if said
                                 else Worded(GATEWAY_ANSWERED, answer.status_code))
