"""Commands on the mail server's and SMS gateway's settings: workspace keys for where
and how, the OS keyring for the password and the key (never the workspace)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from crmdesk.app._unit import write
from crmdesk.app.changes import Done
from crmdesk.app.context import Context
from crmdesk.app.message_senders import NotSent, SmsSettings, SmtpSettings
from crmdesk.domain.messages import gateway_shape_problem
from crmdesk.domain.words import Worded, lines, tr_noop
from crmdesk.secrets import sms_key, smtp_key
from crmdesk.store import workspace_keys as keys
from crmdesk.store.refusals import Refused


@dataclass(frozen=True, slots=True)
class MailSettings:
    """What the settings say (never a password: only whether one is kept)."""

    smtp_host: str | None
    smtp_port: int
    smtp_security: str
    smtp_user: str | None
    smtp_from: str | None
    smtp_ca_file: str | None
    smtp_password_kept: bool
    sms_url: str | None
    sms_body: str
    sms_auth_header: str
    sms_key_kept: bool


def mail_settings(ctx: Context) -> MailSettings:
    with ctx.store.session() as s:
        host, user, url = keys.SMTP_HOST.get(s), keys.SMTP_USER.get(s), keys.SMS_URL.get(s)
        secrets = ctx.secrets()
        return MailSettings(
            host, keys.SMTP_PORT.get(s), keys.SMTP_SECURITY.get(s), user,
            keys.SMTP_FROM.get(s), keys.SMTP_CA_FILE.get(s),
            bool(host and user and secrets.get(smtp_key(host, user))), url,
            keys.SMS_BODY.get(s), keys.SMS_AUTH_HEADER.get(s),
            bool(url and secrets.get(sms_key(url))))


def set_smtp(ctx: Context, *, host: str | None = None, port: int | None = None,
             security: str | None = None, user: str | None = None,
             from_address: str | None = None, ca_file: str | None = None,
             password: str | None = None) -> Done[None]:
    """Change the mail server's settings (those given: None leaves one as it is; an
    empty user or certificate file removes it); the password goes to the keyring,
    never the workspace."""
    problems = []
    if port is not None and not 0 < port < 65536:
        problems.append(tr_noop("The port is a number from 1 to 65535."))
    if security is not None and security not in ("starttls", "tls"):
        problems.append(tr_noop("The connection is “starttls” or “tls”: never in the clear."))
    if from_address is not None and "@" not in from_address:
        problems.append(tr_noop("The from-address is an email address, e.g. Amy "
                                 "<amy@example.com>."))
    if problems:
        raise Refused(lines(problems))

    def change(s: Session) -> tuple[str | None, str | None]:
        if host is not None:
            keys.SMTP_HOST.put(s, host.strip())
        if port is not None:
            keys.SMTP_PORT.put(s, port)
        if security is not None:
            keys.SMTP_SECURITY.put(s, security)
        if from_address is not None:
            keys.SMTP_FROM.put(s, from_address.strip())
        for key, value in ((keys.SMTP_USER, user), (keys.SMTP_CA_FILE, ca_file)):
            if value is None:
                continue
            if value.strip():
                key.put(s, value.strip())
            else:
                key.clear(s)
        return keys.SMTP_HOST.get(s), keys.SMTP_USER.get(s)

    now_host, now_user = write(ctx, change)
    if password is not None:
        if not (now_host and now_user):
            raise Refused(tr_noop("Set the mail server and user name before the password."))
        ctx.secrets().put(smtp_key(now_host, now_user), password)
    return Done(None)


def set_sms(ctx: Context, *, url: str | None = None, body: str | None = None,
            auth_header: str | None = None, key: str | None = None) -> Done[None]:
    """Change the SMS gateway's settings (those given); its key goes to the keyring."""
    problems = []
    if url is not None and not url.startswith(("http://", "https://")):
        problems.append(tr_noop("The gateway's address starts with http:// or https://."))
    if body is not None and (problem := gateway_shape_problem(body)) is not None:
        problems.append(problem)
    if auth_header is not None and (not auth_header.strip() or ":" in auth_header):
        problems.append(tr_noop("The key's header is a header name, such as Authorization."))
    if problems:
        raise Refused(lines(problems))

    def change(s: Session) -> str | None:
        for setting, value in ((keys.SMS_URL, url), (keys.SMS_BODY, body),
                               (keys.SMS_AUTH_HEADER, auth_header)):
            if value is not None:
                setting.put(s, value.strip())
        return keys.SMS_URL.get(s)

    now_url = write(ctx, change)
    if key is not None:
        if not now_url:
            raise Refused(tr_noop("Set the gateway's address before its key."))
        ctx.secrets().put(sms_key(now_url), key)
    return Done(None)


def smtp_settings(ctx: Context) -> SmtpSettings:
    with ctx.store.session() as s:
        host, sender = keys.SMTP_HOST.get(s), keys.SMTP_FROM.get(s)
        user = keys.SMTP_USER.get(s)
        if not host or not sender:
            raise NotSent(Worded(tr_noop("No mail server is set (crmdesk mail-settings smtp).")))
        return SmtpSettings(host, keys.SMTP_PORT.get(s), keys.SMTP_SECURITY.get(s), sender,
                            user, ctx.secrets().get(smtp_key(host, user)) if user else None,
                            keys.SMTP_CA_FILE.get(s))


def sms_settings(ctx: Context) -> SmsSettings:
    with ctx.store.session() as s:
        url = keys.SMS_URL.get(s)
        if not url:
            raise NotSent(Worded(tr_noop("No SMS gateway is set (crmdesk mail-settings sms).")))
        return SmsSettings(url, keys.SMS_BODY.get(s), keys.SMS_AUTH_HEADER.get(s),
                           ctx.secrets().get(sms_key(url)))
