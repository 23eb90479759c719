"""XOAUTH2 login against a real Dovecot that checks tokens with the test's introspection endpoint."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shlex
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from inbox_worker.imap.errors import MailboxAuthError
from inbox_worker.runner import run_once
from tests.dovecot import USER, DovecotServer, require_dovecot, running_dovecot
from tests.imap_helpers import message_id_of, python_path, registration, settings_for, write_config

pytestmark = pytest.mark.dovecot

REPO = Path(__file__).resolve().parents[1]
PROCESSED = "INBOX/Inschrijvingen"
GOOD_TOKEN = "ya29.good-token-for-linda-7f3c91"  # distinctive, so finding it in a log means a leak
REJECTED_TOKEN = "ya29.revoked-token-for-linda-5e2d08"
INTROSPECTION_PATH = "/oauth2/introspect"
TOKEN_FIELD = "token"  # Dovecot's introspection_mode = post sends token=...&client_id=...
JSON_CONTENT_TYPE = "application/json"
CLI_TIMEOUT_SECONDS = 120
DEBUG_LOGGING = ("--log-level", "DEBUG")
EXIT_FAILURE = 1
XOAUTH2_LOGIN_LINE = f"Login: user=<{USER}>, method=XOAUTH2"
AUTH_FAILED = "AUTHENTICATIONFAILED"
IMAPCLIENT_LOGGER = "imapclient"
AUTHENTICATE = "AUTHENTICATE"  # in imapclient's DEBUG log of the exchange
WORKER_DEBUG_LINE = " DEBUG inbox_worker."  # the CLI keeps imapclient itself at WARNING


@dataclass
class IntrospectionEndpoint:
    """A token introspection endpoint (RFC 7662) on loopback that knows one good token."""

    url: str
    good_token: str = GOOD_TOKEN
    username: str = USER
    asked: list[str] = field(default_factory=list)  # every token Dovecot asked about, in order
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def answer(self, token: str) -> dict[str, Any]:
        """Record the question; the good token is active and names the user, any other is not."""
        with self._lock:
            self.asked.append(token)
        if token == self.good_token:
            return {"active": True, "username": self.username}
        return {"active": False}


class _IntrospectionServer(ThreadingHTTPServer):
    """The HTTP server, holding the endpoint its handler answers for."""

    daemon_threads = True
    endpoint: IntrospectionEndpoint


class _IntrospectionHandler(BaseHTTPRequestHandler):
    """Answers Dovecot's ``introspection_mode = post`` request: a form with the token in it."""

    protocol_version = "HTTP/1.1"  # Dovecot's HTTP client keeps its connection alive

    def do_POST(self) -> None:
        assert isinstance(self.server, _IntrospectionServer)
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode("utf-8"))
        if self.path != INTROSPECTION_PATH or TOKEN_FIELD not in form:
            self._reply(HTTPStatus.BAD_REQUEST, {"error": "invalid_request"})
            return
        self._reply(HTTPStatus.OK, self.server.endpoint.answer(form[TOKEN_FIELD][0]))

    def _reply(self, status: HTTPStatus, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", JSON_CONTENT_TYPE)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the captured stderr stays about the worker."""


@contextlib.contextmanager
def introspection_endpoint() -> Iterator[IntrospectionEndpoint]:
    """An introspection endpoint served from a thread on a free port of 127.0.0.1."""
    server = _IntrospectionServer(("127.0.0.1", 0), _IntrospectionHandler)
    port = server.server_address[1]
    server.endpoint = IntrospectionEndpoint(url=f"http://127.0.0.1:{port}{INTROSPECTION_PATH}")
    thread = threading.Thread(target=server.serve_forever, name="introspection", daemon=True)
    thread.start()
    try:
        yield server.endpoint
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def endpoint() -> Iterator[IntrospectionEndpoint]:
    with introspection_endpoint() as running:
        yield running


@pytest.fixture
def oauth2_dovecot(endpoint: IntrospectionEndpoint) -> Iterator[DovecotServer]:
    """A fresh private Dovecot that checks XOAUTH2 tokens with ``endpoint``."""
    require_dovecot()
    with running_dovecot(oauth2_introspection_url=endpoint.url) as server:
        yield server


def token_command(token: str) -> str:
    """An ``oauth2_token_command`` that prints ``token``, as a real token helper would."""
    return shlex.join(["printf", "%s\\n", token])


def oauth2_mailbox(server: DovecotServer, token: str) -> dict[str, Any]:
    """Mailbox settings with no password at all: only the token can log in."""
    return server.mailbox_settings(password=None, oauth2_token_command=token_command(token))


def run_cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m inbox_worker --log-level DEBUG --config CONFIG ARGS``, as cron would run it."""
    return subprocess.run(
        [sys.executable, "-m", "inbox_worker", *DEBUG_LOGGING, "--config", str(config), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT_SECONDS,
        env={**os.environ, "PYTHONPATH": python_path()},
        check=False,
    )


def test_a_good_token_logs_in_and_a_registration_is_handled(
    oauth2_dovecot: DovecotServer,
    endpoint: IntrospectionEndpoint,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    raw = registration(1)
    oauth2_dovecot.append(raw)
    settings = settings_for(tmp_path, oauth2_mailbox(oauth2_dovecot, GOOD_TOKEN))

    caplog.set_level(logging.DEBUG, logger=IMAPCLIENT_LOGGER)  # a CLI test may have quietened it
    with caplog.at_level(logging.DEBUG):
        report = run_once(settings)

    assert report.new == 1 and report.moved == 1
    assert oauth2_dovecot.count("INBOX") == 0
    assert set(oauth2_dovecot.messages(PROCESSED)) == {message_id_of(raw)}
    # Dovecot asked the endpoint about this very token, and logged the login as XOAUTH2.
    assert endpoint.asked and set(endpoint.asked) == {GOOD_TOKEN}
    assert XOAUTH2_LOGIN_LINE in oauth2_dovecot.log_file.read_text()
    assert GOOD_TOKEN not in caplog.text


def test_a_rejected_token_is_a_clear_auth_error_asked_once_and_never_logged(
    oauth2_dovecot: DovecotServer,
    endpoint: IntrospectionEndpoint,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    oauth2_dovecot.append(registration(2))
    settings = settings_for(tmp_path, oauth2_mailbox(oauth2_dovecot, REJECTED_TOKEN))

    caplog.set_level(logging.DEBUG, logger=IMAPCLIENT_LOGGER)  # a CLI test may have quietened it
    with caplog.at_level(logging.DEBUG), pytest.raises(MailboxAuthError) as raised:
        run_once(settings)

    message = str(raised.value)
    assert message.startswith(f"127.0.0.1:{oauth2_dovecot.port} refused the login of {USER}")
    assert AUTH_FAILED in message
    assert endpoint.asked == [REJECTED_TOKEN]  # refused, not retried like an outage
    assert AUTHENTICATE in caplog.text, "the IMAP exchange was not logged: the check proves nothing"
    assert REJECTED_TOKEN not in caplog.text + message


def test_run_once_from_the_command_line_exits_1_and_never_prints_the_token(
    oauth2_dovecot: DovecotServer, endpoint: IntrospectionEndpoint, tmp_path: Path
) -> None:
    config = write_config(tmp_path, oauth2_mailbox(oauth2_dovecot, REJECTED_TOKEN))

    result = run_cli(config, "run", "--once", "--no-deliver")

    assert result.returncode == EXIT_FAILURE, result.stdout + result.stderr
    assert f"FAILED: mail: MailboxAuthError: 127.0.0.1:{oauth2_dovecot.port}" in result.stdout
    assert WORKER_DEBUG_LINE in result.stderr  # the worker really logged at DEBUG
    assert f"refused the login of {USER}: [{AUTH_FAILED}]" in result.stderr
    assert REJECTED_TOKEN not in result.stdout + result.stderr
    assert endpoint.asked == [REJECTED_TOKEN]


def test_the_password_sent_as_a_token_is_refused(
    oauth2_dovecot: DovecotServer, endpoint: IntrospectionEndpoint, tmp_path: Path
) -> None:
    """The token check is the endpoint's alone: the password passdb does not serve XOAUTH2."""
    settings = settings_for(tmp_path, oauth2_mailbox(oauth2_dovecot, oauth2_dovecot.password))

    with pytest.raises(MailboxAuthError):
        run_once(settings)

    assert endpoint.asked == [oauth2_dovecot.password]
