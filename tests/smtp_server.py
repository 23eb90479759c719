"""A pytest plugin that runs a real aiosmtpd SMTP server on loopback and records what it receives.

The server can be told to answer 4xx or 5xx, or be stopped and started again on the same port
(an outage). ``smtp_server`` speaks plain SMTP without login; ``smtp_server_tls`` offers
STARTTLS with a trustme certificate and requires a login (password or XOAUTH2); ``smtps_server``
is implicit TLS (port-465 style) offering the same login. ``Received.login`` says who logged in.
"""

from __future__ import annotations

import base64
import email
import email.policy
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

HOST = "127.0.0.1"
USERNAME = "linda.boudry@kcvs.be"
PASSWORD = "smtp-test-secret"  # a throw-away password of a throw-away server
OAUTH2_TOKEN = "ya29.test-access-token"  # likewise
OK_ANSWER = "250 2.0.0 Ok: queued"
AUTH_FAILED = "535 5.7.8 Authentication credentials invalid"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class TlsMode(StrEnum):
    """How a test server protects its connections."""

    NONE = "none"
    STARTTLS = "starttls"
    SSL = "ssl"


@dataclass(frozen=True)
class Received:
    """One message the server accepted: its envelope and its bytes."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    login: str | None

    @property
    def message(self) -> EmailMessage:
        """The message parsed with the modern email policy."""
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class RecordingHandler:
    """The aiosmtpd handler: records accepted messages, or answers with a configured refusal."""

    received: list[Received] = field(default_factory=list)
    rcpt_answer: str | None = None
    data_answer: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if self.rcpt_answer:
            return self.rcpt_answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.data_answer:
            return self.data_answer
        content = envelope.original_content or b""
        auth = session.auth_data
        login = auth.login.decode() if isinstance(auth, LoginPassword) else None
        with self.lock:
            self.received.append(
                Received(str(envelope.mail_from), tuple(envelope.rcpt_tos), content, login)
            )
        return OK_ANSWER

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        """XOAUTH2 as Gmail and Microsoft 365 speak it (initial response; error via a 334)."""
        blob = base64.b64decode(args[1]) if len(args) > 1 else b""
        expected = f"user={USERNAME}\x01auth=Bearer {OAUTH2_TOKEN}\x01\x01".encode()
        if blob == expected:
            return AuthResult(success=True, auth_data=LoginPassword(USERNAME.encode(), b""))
        await server.challenge_auth('{"status":"401","schemes":"bearer"}')
        return AuthResult(success=False, handled=False, message=AUTH_FAILED)


def _authenticate(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    good = isinstance(auth_data, LoginPassword) and (
        auth_data.login == USERNAME.encode() and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=good, handled=False, auth_data=auth_data)


@dataclass
class TlsFiles:
    """The server's TLS context and the CA file a client must trust."""

    server_context: ssl.SSLContext
    ca_file: Path


def make_tls(directory: Path) -> TlsFiles:
    """A throw-away CA (trustme) and a server certificate for 127.0.0.1."""
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(HOST).configure_cert(server_context)
    ca_file = directory / "smtp-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return TlsFiles(server_context, ca_file)


@dataclass
class SmtpServer:
    """One aiosmtpd server on a fixed loopback port that can be stopped and started again."""

    directory: Path
    tls_mode: TlsMode = TlsMode.NONE
    port: int = field(default_factory=free_port)
    handler: RecordingHandler = field(default_factory=RecordingHandler)
    tls: TlsFiles | None = None
    _controller: Controller | None = None

    def __post_init__(self) -> None:
        if self.tls_mode is not TlsMode.NONE:
            self.tls = make_tls(self.directory)

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Listen on the server's port (again)."""
        if self._controller is not None:
            return
        controller = Controller(self.handler, hostname=HOST, port=self.port, **self._options())
        controller.start()
        self._controller = controller

    def stop(self) -> None:
        """Stop listening: connections are refused until ``start``."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    @property
    def running(self) -> bool:
        return self._controller is not None

    def _options(self) -> dict[str, Any]:
        if self.tls is None:
            return {"auth_require_tls": False}
        if self.tls_mode is TlsMode.SSL:
            # The whole connection is TLS, which aiosmtpd's STARTTLS bookkeeping does not see:
            # AUTH is offered without STARTTLS, and (to keep aiosmtpd from warning) not required;
            # the tests check that the client logged in.
            return {
                "ssl_context": self.tls.server_context,
                "authenticator": _authenticate,
                "auth_require_tls": False,
            }
        return {
            "tls_context": self.tls.server_context,
            "require_starttls": True,
            "authenticator": _authenticate,
            "auth_required": True,
        }

    # -- behaviour ----------------------------------------------------------------------------

    def accept(self) -> None:
        """Accept every message again."""
        self.handler.rcpt_answer = self.handler.data_answer = None

    def refuse_recipients(self, answer: str) -> None:
        """Answer every RCPT TO with ``answer`` (e.g. '450 4.2.1 try later' or '550 5.1.1 ...')."""
        self.handler.rcpt_answer = answer

    def refuse_data(self, answer: str) -> None:
        """Answer the end of DATA with ``answer``."""
        self.handler.data_answer = answer

    # -- what arrived -------------------------------------------------------------------------

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def messages_with_id(self, message_id: str) -> list[Received]:
        """Every accepted message whose Message-ID is ``message_id``."""
        return [item for item in self.received if item.message["Message-ID"] == message_id]

    # -- a worker's configuration -------------------------------------------------------------

    def smtp_settings(self, **overrides: Any) -> dict[str, Any]:
        """The ``smtp`` section that points a worker at this server."""
        values: dict[str, Any] = {
            "transport": "smtp",
            "host": HOST,
            "port": self.port,
            "security": self.tls_mode.value,
            "timeout": 5,
            "username": USERNAME if self.tls else "",
            "password": PASSWORD if self.tls else None,
            "ca_file": str(self.tls.ca_file) if self.tls else None,
            "from_address": USERNAME,
            "retry_base_seconds": 60,
            "retry_max_seconds": 3600,
            "max_attempts": 5,
        }
        values.update(overrides)
        return values


def _running(directory: Path, mode: TlsMode) -> Iterator[SmtpServer]:
    server = SmtpServer(directory, mode)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def smtp_server(tmp_path: Path) -> Iterator[SmtpServer]:
    """A plain SMTP server without login on a free loopback port, stopped after the test."""
    yield from _running(tmp_path, TlsMode.NONE)


@pytest.fixture
def smtp_server_tls(tmp_path: Path) -> Iterator[SmtpServer]:
    """An SMTP server that requires STARTTLS (trustme certificate) and a login."""
    yield from _running(tmp_path, TlsMode.STARTTLS)


@pytest.fixture
def smtps_server(tmp_path: Path) -> Iterator[SmtpServer]:
    """An SMTP server with implicit TLS (trustme certificate) that requires a login."""
    yield from _running(tmp_path, TlsMode.SSL)
