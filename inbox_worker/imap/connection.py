"""Open a logged-in IMAP connection: verified TLS by default, timeouts, password or XOAUTH2 login."""

from __future__ import annotations

import contextlib
import logging
import ssl
from typing import TYPE_CHECKING, Final

from imapclient import IMAPClient, SocketTimeout
from imapclient import exceptions as imap_exceptions

from inbox_worker.config import MailboxConfig, Security
from inbox_worker.imap.errors import MailboxAuthError, MailboxTlsError, MailboxUnavailable

if TYPE_CHECKING:
    from inbox_worker.config import Settings

logger = logging.getLogger(__name__)

XOAUTH2: Final = "XOAUTH2"
MESSAGES_ITEM: Final = b"MESSAGES"
PROTECTION_LABELS: Final = {
    Security.SSL: "TLS",
    Security.STARTTLS: "STARTTLS",
    Security.NONE: "no TLS",
}


def ssl_context_for(mailbox: MailboxConfig) -> ssl.SSLContext:
    """A client TLS context that checks the certificate and the host name (``ca_file`` if set)."""
    cafile = str(mailbox.ca_file) if mailbox.ca_file is not None else None
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cafile)
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    return context


def connect(mailbox: MailboxConfig) -> IMAPClient:
    """A connected client, not yet logged in, protected as ``mailbox.security`` says."""
    where = f"{mailbox.host}:{mailbox.port}"
    timeout = SocketTimeout(connect=mailbox.connect_timeout, read=mailbox.read_timeout)
    try:
        if mailbox.security is Security.SSL:
            return IMAPClient(
                mailbox.host,
                port=mailbox.port,
                ssl=True,
                ssl_context=ssl_context_for(mailbox),
                timeout=timeout,
            )
        client = IMAPClient(mailbox.host, port=mailbox.port, ssl=False, timeout=timeout)
    except ssl.SSLError as exc:
        raise MailboxTlsError(f"TLS with {where} failed: {_reason(exc)}") from exc
    except (OSError, imap_exceptions.IMAPClientError) as exc:
        raise MailboxUnavailable(f"cannot connect to {where}: {_reason(exc)}") from exc
    if mailbox.security is Security.STARTTLS:
        _start_tls(client, mailbox, where)
    else:
        logger.warning(
            "IMAP connection to %s is not encrypted (security: none); meant only for loopback",
            where,
        )
    return client


def _start_tls(client: IMAPClient, mailbox: MailboxConfig, where: str) -> None:
    try:
        client.starttls(ssl_context_for(mailbox))
    except imap_exceptions.CapabilityError as exc:
        close_quietly(client)
        raise MailboxTlsError(f"{where} does not offer STARTTLS") from exc
    except ssl.SSLError as exc:
        close_quietly(client)
        raise MailboxTlsError(f"STARTTLS with {where} failed: {_reason(exc)}") from exc
    except (OSError, imap_exceptions.IMAPClientError) as exc:
        close_quietly(client)
        raise MailboxUnavailable(f"STARTTLS with {where} failed: {_reason(exc)}") from exc


def login(client: IMAPClient, mailbox: MailboxConfig) -> None:
    """Log in with an OAuth2 token when ``oauth2_token_command`` is set, else with the password."""
    where = f"{mailbox.host}:{mailbox.port}"
    token = mailbox.resolve_oauth2_token()
    logger.debug(
        "logging in as %s at %s with %s",
        mailbox.username,
        where,
        XOAUTH2 if token is not None else "a password",
    )
    try:
        if token is not None:
            client.oauth2_login(mailbox.username, token, mech=XOAUTH2)
        else:
            password = mailbox.resolve_password()
            if password is None:
                raise MailboxAuthError(
                    "no IMAP password configured (password, password_file, password_command "
                    "or oauth2_token_command)"
                )
            client.login(mailbox.username, password)
    except imap_exceptions.LoginError as exc:
        raise MailboxAuthError(
            f"{where} refused the login of {mailbox.username}: {_reason(exc)}"
        ) from None
    except (OSError, imap_exceptions.IMAPClientError) as exc:
        raise MailboxUnavailable(f"login at {where} failed: {_reason(exc)}") from None
    logger.debug("logged in as %s at %s", mailbox.username, where)


def open_connection(mailbox: MailboxConfig) -> IMAPClient:
    """A connected and logged-in client; the socket is closed again if the login fails."""
    client = connect(mailbox)
    try:
        login(client, mailbox)
    except BaseException:
        close_quietly(client)
        raise
    return client


def close_quietly(client: IMAPClient) -> None:
    """Log out (or at least close the socket); a connection that is already dead is fine."""
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()


def probe_imap(settings: Settings) -> str:
    """Log in and count the watched folder: a one-line description for ``config check --connect``."""
    mailbox = settings.mailbox
    client = open_connection(mailbox)
    try:
        status = client.folder_status(mailbox.folder, [MESSAGES_ITEM])
    except imap_exceptions.IMAPClientError as exc:
        raise MailboxUnavailable(f"cannot open folder {mailbox.folder}: {_reason(exc)}") from None
    finally:
        close_quietly(client)
    count = int(status[MESSAGES_ITEM])
    protection = PROTECTION_LABELS[mailbox.security]
    return (
        f"logged in as {mailbox.username} at {mailbox.host}:{mailbox.port} ({protection}), "
        f"{count} messages in {mailbox.folder}"
    )


def _reason(exc: BaseException) -> str:
    """A short, credential-free description of a low-level error."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return exc.verify_message or "certificate verification failed"
    text = str(exc).strip() or exc.__class__.__name__
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return text
