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
import smtplib
import ssl
from dataclasses import dataclass
from email.errors import MessageError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import parseaddr
from types import TracebackType

import httpx

from crmdesk.domain.messages import gateway_body
from crmdesk.store.message_outbox import OutRow


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
        raise smtplib.SMTPAuthenticationError(504, b"AUTH PLAIN, needed for a password "
                                                   b"beyond ASCII, is not offered")
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
    code, answer = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)


class EmailSender:
    """One connection to the mail server for a run: opened (and signed in) before any
    message is marked sending, so a server that cannot be reached sends nothing."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> EmailSender:
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
        except smtplib.SMTPAuthenticationError as exc:
            self.close()
            raise NotSent(f"The mail server refused the sign-in of {s.user}: "
                          f"{_answer(exc)}") from None
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise NotSent(f"Cannot reach the mail server {s.host}:{s.port} "
                          f"({type(exc).__name__}: {exc})") from None
        return self

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

    def message(self, out: OutRow) -> EmailMessage:
        """The email for one outbox message: UTF-8 subject and body, its Message-ID made
        from the outbox's own id (so one can look for it before sending again)."""
        assert out.recipient is not None
        msg = EmailMessage()
        msg["From"] = self.settings.from_address
        msg["To"] = Address(display_name=out.contact_name, addr_spec=out.recipient)
        msg["Subject"] = out.subject
        domain = parseaddr(self.settings.from_address)[1].rpartition("@")[2] or "crmdesk"
        msg["Message-ID"] = f"<crmdesk.{out.batch_id.hex}.{out.id}@{domain}>"
        msg.set_content(out.body, charset="utf-8")
        return msg

    def send(self, out: OutRow) -> None:
        if self._smtp is None:
            raise NotSent("Not connected to the mail server.")
        try:
            msg = self.message(out)
        except (ValueError, LookupError, MessageError):
            raise RefusedMessage(f"“{out.recipient}” is not an email address.") from None
        try:
            self._smtp.send_message(msg)
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused,
                smtplib.SMTPDataError) as exc:
            raise RefusedMessage(f"The mail server refused it: {_answer(exc)}") from None
        except smtplib.SMTPNotSupportedError:
            # asked before anything of the message is sent (an address beyond ASCII)
            raise RefusedMessage("The mail server does not take addresses beyond ASCII "
                                 "(SMTPUTF8).") from None
        except (OSError, smtplib.SMTPException) as exc:
            self.close()  # the connection is no use any more
            raise MaybeSent(f"The connection broke while it was handed over "
                            f"({type(exc).__name__}).") from None


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
            raise NotSent(f"Cannot reach the SMS gateway ({type(exc).__name__}).") from None
        except httpx.HTTPError as exc:
            raise MaybeSent(f"The connection broke while it was handed over "
                            f"({type(exc).__name__}).") from None
        if not answer.is_success:
            said = answer.text.strip().replace("\n", " ")[:200]
            raise RefusedMessage(f"The SMS gateway answered {answer.status_code}"
                                 + (f": {said}" if said else "") + ".")
