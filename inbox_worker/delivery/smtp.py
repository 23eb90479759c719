"""Deliver raw messages over SMTP (smtplib) and say, as a typed result, how each delivery went.

``ssl`` is implicit TLS (SMTP_SSL), ``starttls`` upgrades a plain connection; both verify the
server's certificate and host name (against ``ca_file`` when set, else the system CAs). ``none``
sends in the clear and is meant for a relay on loopback only. Login is by password, or by
``AUTH XOAUTH2`` with a token from ``oauth2_token_command``. Secrets never reach a log line.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from collections.abc import Mapping
from typing import Final

from inbox_worker.config import Security, Settings, SmtpConfig, SmtpTransport
from inbox_worker.delivery.transport import (
    OutgoingMail,
    PermanentFailure,
    SendResult,
    Sent,
    TemporaryFailure,
)
from inbox_worker.errors import InboxWorkerError, SecretError

log = logging.getLogger(__name__)

XOAUTH2: Final = "XOAUTH2"
STARTTLS_EXTENSION: Final = "starttls"
SERVICE_UNAVAILABLE: Final = 421  # the server is closing the connection: an outage
AUTHENTICATION_REQUIRED: Final = 530  # our configuration lacks a login: not the message's fault
FIRST_PERMANENT_CODE: Final = 500
MAX_ANSWER_LENGTH: Final = 500


class DeliveryError(InboxWorkerError):
    """The SMTP server could not be reached, or refused our TLS or login (for ``config check``)."""


def tls_context(config: SmtpConfig) -> ssl.SSLContext:
    """A verifying TLS context: the configured CA file, else the system's CAs."""
    cafile = str(config.ca_file) if config.ca_file is not None else None
    return ssl.create_default_context(cafile=cafile)


class XOAuth2:
    """The ``AUTH XOAUTH2`` initial response for smtplib; answers a server challenge with ''."""

    def __init__(self, username: str, token: str) -> None:
        self._response = f"user={username}\x01auth=Bearer {token}\x01\x01"

    def __call__(self, challenge: bytes | None = None) -> str:
        # After a failed token the server sends a JSON challenge; the client answers empty.
        return self._response if challenge is None else ""

    def __repr__(self) -> str:
        return "XOAuth2(<secret>)"


def answer_text(code: int, message: bytes | str) -> str:
    """The server's answer as one readable line: '550 5.1.1 no such user'."""
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return f"{code} {' '.join(text.split())}"[:MAX_ANSWER_LENGTH]


def classify_answer(code: int, message: bytes | str) -> TemporaryFailure | PermanentFailure:
    """A refusal by code: 5xx is permanent, 421 an outage, any other code temporary."""
    answer = answer_text(code, message)
    if code >= FIRST_PERMANENT_CODE:
        return PermanentFailure(code, answer)
    return TemporaryFailure(answer, outage=code == SERVICE_UNAVAILABLE)


def classify_error(error: Exception) -> TemporaryFailure | PermanentFailure:
    """The outcome of an exception raised while talking to the server."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, message = next(iter(error.recipients.values()), (554, b"all recipients refused"))
        return classify_answer(code, message)
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return TemporaryFailure(
            f"login refused: {answer_text(error.smtp_code, error.smtp_error)}", True
        )
    if isinstance(error, smtplib.SMTPSenderRefused) and error.smtp_code == AUTHENTICATION_REQUIRED:
        return TemporaryFailure(
            f"login required: {answer_text(error.smtp_code, error.smtp_error)}", True
        )
    if isinstance(error, smtplib.SMTPSenderRefused | smtplib.SMTPDataError):
        return classify_answer(error.smtp_code, error.smtp_error)
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return TemporaryFailure(f"connection lost: {error}", outage=True)
    if isinstance(error, smtplib.SMTPResponseException):
        return TemporaryFailure(answer_text(error.smtp_code, error.smtp_error), outage=True)
    if isinstance(error, ssl.SSLError | ssl.CertificateError):
        return TemporaryFailure(f"TLS failed: {error}", outage=True)
    if isinstance(error, TimeoutError):
        return TemporaryFailure("timed out", outage=True)
    return TemporaryFailure(f"{error.__class__.__name__}: {error}", outage=True)


class SmtpSender:
    """The SMTP transport: one connection, opened when needed and reused until ``close``."""

    def __init__(self, config: SmtpConfig) -> None:
        self._config = config
        self._smtp: smtplib.SMTP | None = None
        self.logged_in_as: str | None = None

    # -- connection ---------------------------------------------------------------------------

    def connect(self) -> smtplib.SMTP:
        """An open, secured and logged-in connection (the one already open, if any)."""
        if self._smtp is None:
            self._smtp = self._open()
        return self._smtp

    def _open(self) -> smtplib.SMTP:
        config = self._config
        if config.security is Security.SSL:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                config.host, config.port, timeout=config.timeout, context=tls_context(config)
            )
        else:
            smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
        try:
            smtp.ehlo()
            self._secure(smtp)
            self._login(smtp)
        except BaseException:
            _close_quietly(smtp)
            raise
        return smtp

    def _secure(self, smtp: smtplib.SMTP) -> None:
        security = self._config.security
        if security is Security.STARTTLS:
            if not smtp.has_extn(STARTTLS_EXTENSION):
                raise smtplib.SMTPNotSupportedError("the server does not offer STARTTLS")
            smtp.starttls(context=tls_context(self._config))
            smtp.ehlo()
        elif security is Security.NONE:
            log.warning(
                "SMTP to %s:%s without TLS (security: none): use only for a relay on loopback",
                self._config.host,
                self._config.port,
            )

    def _login(self, smtp: smtplib.SMTP) -> None:
        config = self._config
        token = config.resolve_oauth2_token()
        if token:
            smtp.auth(XOAUTH2, XOAuth2(config.username, token))
            self.logged_in_as = config.username
            return
        password = config.resolve_password()
        if password and config.username:
            smtp.login(config.username, password)
            self.logged_in_as = config.username
        elif config.username:
            log.warning("no SMTP password or token for %s: sending without login", config.username)

    def close(self) -> None:
        """Say QUIT (or just drop the connection when the server is gone)."""
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            _close_quietly(smtp)

    # -- sending ------------------------------------------------------------------------------

    def send(self, mail: OutgoingMail) -> SendResult:
        """Deliver one message; a reused connection the server dropped is reopened once."""
        reused = self._smtp is not None
        result = self._attempt(mail)
        if reused and isinstance(result, TemporaryFailure) and result.outage:
            log.debug("reopening the SMTP connection after: %s", result.reason)
            result = self._attempt(mail)
        return result

    def _attempt(self, mail: OutgoingMail) -> SendResult:
        try:
            smtp = self.connect()
            refused = smtp.sendmail(mail.envelope_from, list(mail.recipients), mail.raw)
        except SecretError as error:
            return TemporaryFailure(f"no SMTP credentials: {error}", outage=True)
        except (smtplib.SMTPException, OSError) as error:
            outcome = classify_error(error)
            if isinstance(outcome, TemporaryFailure) and outcome.outage:
                self.close()
            return outcome
        return Sent(refused=_refusals(refused))


def _refusals(refused: Mapping[str, tuple[int, bytes]]) -> dict[str, str]:
    return {address: answer_text(code, message) for address, (code, message) in refused.items()}


def _close_quietly(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def probe_smtp(settings: Settings) -> str:
    """Connect, secure and log in as configured, then say what worked (``config check --connect``)."""
    config = settings.smtp
    if config.transport is SmtpTransport.FOLDER:
        return f"transport is 'folder': replies are written to {config.folder}"
    sender = SmtpSender(config)
    try:
        smtp = sender.connect()
        smtp.noop()
    except (smtplib.SMTPException, OSError) as error:
        raise DeliveryError(f"{config.host}:{config.port}: {_describe(error)}") from None
    finally:
        sender.close()
    login = f"logged in as {sender.logged_in_as}" if sender.logged_in_as else "no login"
    return f"{config.host}:{config.port} ({config.security.value}, {login})"


def _describe(error: Exception) -> str:
    outcome = classify_error(error)
    return outcome.reason if isinstance(outcome, TemporaryFailure) else outcome.answer
