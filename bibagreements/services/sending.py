"""Sending the messages through the region's own mail server, when one is configured.

The server is named by host, port, security (STARTTLS, TLS or none — none
only to the local machine) and user; the password is never stored by the
program: it comes from the operating system's keyring (``keyring``, under
``KEYRING_SERVICE`` and ``user@host``) or is given for one run. A failure is
one clear message; what failed to go is not recorded as sent (the callers send
inside the unit of work that records the sending, and a failure rolls it back).
"""

from __future__ import annotations

import copy
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from enum import StrEnum

from bibagreements.domain.problems import Problem
from bibagreements.errors import MailError, ValidationError

KEYRING_SERVICE = "bibagreements-smtp"
TIMEOUT_SECONDS = 30
_LOCAL = ("127.0.0.1", "::1", "localhost")


class Security(StrEnum):
    STARTTLS = "starttls"
    TLS = "tls"
    NONE = "none"  # only to this machine: a password never crosses a network in clear


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int = 587
    security: Security = Security.STARTTLS
    user: str = ""

    @property
    def account(self) -> str:
        """The keyring's name for the password: ``user@host``."""
        return f"{self.user}@{self.host}"


def parse_server(text: str, security: Security, user: str = "") -> SmtpServer:
    """``host`` or ``host:port``; the port defaults by security (587, 465, 25)."""
    host, _, port_text = text.strip().rpartition(":") if ":" in text else (text.strip(), "", "")
    default = {Security.STARTTLS: 587, Security.TLS: 465, Security.NONE: 25}[security]
    if not host or (port_text and not port_text.isdigit()) or len(host) > 253:
        raise ValidationError([Problem("not_a_mail_server", "smtp", value=text[:80])])
    port = int(port_text) if port_text else default
    if not 0 < port < 65536:
        raise ValidationError([Problem("not_a_mail_server", "smtp", value=text[:80])])
    if security is Security.NONE and host not in _LOCAL:
        raise ValidationError([Problem("smtp_needs_tls", "smtp", host=host)])
    return SmtpServer(host, port, security, user.strip())


def stored_password(server: SmtpServer) -> str | None:
    """The password the keyring keeps for the server's account (None: none, or no keyring)."""
    if not server.user:
        return None
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, server.account)
        except KeyringError:
            return None
    except Exception:  # a backend that cannot start here (no D-Bus, no session): none
        return None


def remember_password(server: SmtpServer, password: str) -> None:
    """Keep the password in the operating system's keyring (MailError if there is none)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, server.account, password)
    except KeyringError as error:
        raise MailError("no_keyring", reason=str(error)[:200]) from None


def outgoing(message: EmailMessage) -> EmailMessage:
    """The message as it is sent (and its copy kept): no longer a draft."""
    sent = copy.deepcopy(message)
    del sent["X-Unsent"]
    return sent


def send_messages(
    server: SmtpServer, messages: Sequence[EmailMessage], password: str | None
) -> None:
    """Send every message over one connection; MailError on the first failure."""
    context = ssl.create_default_context()
    sent = 0
    try:
        smtp: smtplib.SMTP
        if server.security is Security.TLS:
            smtp = smtplib.SMTP_SSL(
                server.host, server.port, timeout=TIMEOUT_SECONDS, context=context
            )
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT_SECONDS)
        with smtp:
            if server.security is Security.STARTTLS:
                smtp.starttls(context=context)
            if server.user:
                if password is None:
                    raise MailError("smtp_no_password", account=server.account)
                smtp.login(server.user, password)
            for message in messages:
                if message["From"] is None:
                    raise MailError("smtp_no_sender")
                smtp.send_message(outgoing(message))
                sent += 1
    except MailError:
        raise
    except smtplib.SMTPAuthenticationError:
        raise MailError("smtp_login_refused", account=server.account) from None
    except (smtplib.SMTPException, OSError, ssl.SSLError) as error:
        reason = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
        raise MailError(
            "smtp_failed", host=f"{server.host}:{server.port}", reason=reason, sent=sent
        ) from None
