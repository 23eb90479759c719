"""A pytest plugin that runs a real, private Dovecot IMAP server for the tests (and the benchmark).

Each server lives in its own temporary directory with its own configuration, listens on a free
loopback port, serves one user (``linda.boudry@kcvs.be``) and is stopped at the end. Without a
``dovecot`` binary the tests that need it are skipped with a visible reason, except under
``CI=true``, where a missing server fails the run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import IO, Any

import pytest
from imapclient import IMAPClient

USER = "linda.boudry@kcvs.be"
PASSWORD = "dovecot-test-secret"  # a throw-away password of a throw-away server
START_TIMEOUT_SECONDS = 15.0
STOP_TIMEOUT_SECONDS = 15.0
INSTALL_HINT = "dovecot is not installed (apt-get install dovecot-imapd)"
SENT_FOLDER = "Sent"
RECENT = "\\Recent"  # a per-session flag, not something a person or the worker sets
# /proc/PID/stat after the command name: the process group, and utime, stime, cutime, cstime.
PROC_STAT_PGRP = 2
PROC_STAT_CPU = slice(11, 15)

_BASE_CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
disable_plaintext_auth = no
auth_mechanisms = {auth_mechanisms}
default_internal_user = {user}
default_login_user = {login_user}
mail_location = maildir:{root}/mail/%u
{first_valid_uid}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd{password_mechanisms}
}}
{oauth2_passdb}userdb {{
  driver = static
  args = uid={user} gid={group} home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox {sent} {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
"""

PASSWORD_MECHANISMS = "plain login"
OAUTH2_MECHANISMS = "xoauth2 oauthbearer"
OAUTH2_CONFIG_NAME = "dovecot-oauth2.conf.ext"

# Opt-in (``oauth2_introspection_url``): tokens are checked by Dovecot's oauth2 passdb, which asks
# an RFC 7662 introspection endpoint; the password passdb then serves only PLAIN and LOGIN, so a
# password sent as a token cannot log in.
_OAUTH2_PASSDB = """\
passdb {{
  driver = oauth2
  mechanisms = {mechanisms}
  args = {args}
}}
"""
_OAUTH2_CONFIG = """\
introspection_mode = post
introspection_url = {url}
username_attribute = username
active_attribute = active
active_value = true
"""

_SSL_OFF = "ssl = no\n"
_SSL_REQUIRED = "ssl = required\nssl_cert = <{cert}\nssl_key = <{key}\n"

# Without these an unprivileged master cannot chown its sockets to the (absent) dovecot group.
_UNPRIVILEGED_OVERRIDES = "".join(
    f"service {service} {{\n  unix_listener {listener} {{\n    group =\n    mode = 0600\n  }}\n}}\n"
    for service, listener in (
        ("stats", "stats-writer"),
        ("imap-hibernate", "imap-hibernate"),
        ("dict", "dict"),
        ("dict-async", "dict-async"),
    )
)


def dovecot_binary() -> str | None:
    """The path of the ``dovecot`` master binary, or None when it is not installed."""
    return shutil.which("dovecot") or next(
        (path for path in ("/usr/sbin/dovecot",) if os.access(path, os.X_OK)), None
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class TlsFiles:
    """A server certificate and key (PEM) and the CA file a client must trust to accept them."""

    cert: Path
    key: Path
    ca: Path


@dataclass
class DovecotServer:
    """One private Dovecot: start, stop, restart, and small helpers to look into the mailbox."""

    root: Path
    port: int = field(default_factory=free_port)
    imaps_port: int = field(default_factory=free_port)
    tls: TlsFiles | None = None
    user: str = USER
    password: str = PASSWORD
    oauth2_introspection_url: str | None = None
    _process: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)
    _output: IO[bytes] | None = field(default=None, init=False, repr=False)

    @property
    def config_file(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_file(self) -> Path:
        return self.root / "dovecot.log"

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Write the configuration (first time) and start the master; wait for the greeting."""
        if not self.config_file.exists():
            self._prepare()
        binary = dovecot_binary()
        assert binary, INSTALL_HINT
        # In the foreground, as our child: we reap it (PID 1 in a container may not reap zombies,
        # and Dovecot takes a zombie's pid in master.pid for a running master).
        self._output = (self.root / "master.out").open("ab")
        self._process = subprocess.Popen(
            [binary, "-F", "-c", str(self.config_file)],
            stdin=subprocess.DEVNULL,
            stdout=self._output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            self._wait_for_greeting()
        except RuntimeError:
            self.kill()
            raise

    def stop(self) -> None:
        """Stop the master and every IMAP process it runs (clients see their connection drop)."""
        process = self._process
        if process is None:
            return
        # The whole process group: the master leaves running IMAP processes behind otherwise.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self.kill()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        self._forget_process()

    def kill(self) -> None:
        """Kill the server like a power cut: SIGKILL to the master and all its processes."""
        process = self._process
        if process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        (self.root / "run" / "master.pid").unlink(missing_ok=True)
        self._forget_process()

    def _forget_process(self) -> None:
        self._process = None
        if self._output is not None:
            self._output.close()
            self._output = None

    def restart(self, pause: float = 0.0) -> None:
        """Stop the server, wait ``pause`` seconds, and start it again on the same port."""
        self.stop()
        time.sleep(pause)
        self.start()

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def cpu_seconds(self) -> float:
        """CPU time (user + system) the server has used so far: the master, its live processes
        and those it has reaped (read from /proc; 0.0 where there is none)."""
        if self._process is None:
            return 0.0
        group = self._process.pid
        ticks = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                text = stat.read_text()
                fields = text[text.rfind(")") + 2 :].split()
                if int(fields[PROC_STAT_PGRP]) == group:
                    ticks += sum(int(value) for value in fields[PROC_STAT_CPU])
        return ticks / os.sysconf("SC_CLK_TCK")

    def log_tail(self, lines: int = 20) -> str:
        """The last lines of the server log, for failure messages."""
        if not self.log_file.exists():
            return ""
        return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])

    # -- what a worker's configuration needs --------------------------------------------------

    def mailbox_settings(self, **overrides: Any) -> dict[str, Any]:
        """The ``mailbox`` section that points a worker at this server (plain IMAP on loopback)."""
        values: dict[str, Any] = {
            "host": "127.0.0.1",
            "port": self.port,
            "security": "none",
            "username": self.user,
            "password": self.password,
            "folder": "INBOX",
            "processed_folder": "INBOX/Inschrijvingen",
            "since": "2018-11-05",
            "connect_timeout": 5,
            "read_timeout": 30,
        }
        values.update(overrides)
        return values

    # -- looking into the mailbox -------------------------------------------------------------

    @contextlib.contextmanager
    def client(self) -> Iterator[IMAPClient]:
        """A logged-in plain IMAP client, logged out at the end of the block."""
        imap = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        try:
            imap.login(self.user, self.password)
            yield imap
        finally:
            with contextlib.suppress(Exception):
                imap.logout()

    def append(
        self,
        raw: bytes,
        folder: str = "INBOX",
        flags: Sequence[str] = (),
        when: datetime | None = None,
    ) -> None:
        """Append one message, as a mail server delivering it would."""
        with self.client() as imap:
            self._ensure_folder(imap, folder)
            imap.append(folder, raw, flags=tuple(flags), msg_time=when)

    def append_many(self, messages: Sequence[bytes], folder: str = "INBOX") -> None:
        """Append many messages over one connection, in order."""
        with self.client() as imap:
            self._ensure_folder(imap, folder)
            for raw in messages:
                imap.append(folder, raw)

    def folders(self) -> list[str]:
        """The names of all folders."""
        with self.client() as imap:
            return sorted(str(name) for _flags, _sep, name in imap.list_folders())

    def messages(self, folder: str = "INBOX") -> dict[str, list[frozenset[str]]]:
        """Message-ID → the flag sets (without \\Recent) of every copy of it in ``folder``."""
        found: dict[str, list[frozenset[str]]] = {}
        with self.client() as imap:
            if not imap.folder_exists(folder):
                return found
            imap.select_folder(folder, readonly=True)
            uids = imap.search("ALL")
            if not uids:
                return found
            data = imap.fetch(uids, ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
            for item in data.values():
                header = item[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]
                message_id = (BytesHeaderParser().parsebytes(header)["Message-ID"] or "").strip()
                flags = frozenset(flag.decode() for flag in item[b"FLAGS"]) - {RECENT}
                found.setdefault(message_id, []).append(flags)
        return found

    def count(self, folder: str = "INBOX") -> int:
        """How many messages ``folder`` holds (0 when it does not exist)."""
        with self.client() as imap:
            if not imap.folder_exists(folder):
                return 0
            return int(imap.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])

    def uidvalidity(self, folder: str = "INBOX") -> int:
        """The folder's current UIDVALIDITY."""
        with self.client() as imap:
            return int(imap.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def delete_folder(self, folder: str) -> None:
        """Delete a folder and everything in it."""
        with self.client() as imap:
            imap.delete_folder(folder)

    def create_folder(self, folder: str) -> None:
        """Create a folder (no error if it exists)."""
        with self.client() as imap:
            self._ensure_folder(imap, folder)

    # -- internals ----------------------------------------------------------------------------

    def _prepare(self) -> None:
        self.root.chmod(0o755)  # the dovecot user must be able to traverse it
        for name in ("run", "state", "mail"):
            (self.root / name).mkdir(parents=True, exist_ok=True)
        (self.root / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}\n")
        if self.oauth2_introspection_url is not None:
            oauth2 = _OAUTH2_CONFIG.format(url=self.oauth2_introspection_url)
            (self.root / OAUTH2_CONFIG_NAME).write_text(oauth2)
        self.config_file.write_text(self._config_text())
        if os.geteuid() == 0:
            shutil.chown(self.root / "mail", "dovecot", "dovecot")

    def _config_text(self) -> str:
        if os.geteuid() == 0:
            user, login_user, group, first_uid = (
                "dovecot",
                "dovenull",
                "dovecot",
                "first_valid_uid = 0",
            )
            extra = ""
        else:
            import grp
            import pwd

            user = login_user = pwd.getpwuid(os.geteuid()).pw_name
            group = grp.getgrgid(os.getegid()).gr_name
            first_uid, extra = "", _UNPRIVILEGED_OVERRIDES
        oauth2 = self.oauth2_introspection_url is not None
        oauth2_passdb = (
            _OAUTH2_PASSDB.format(mechanisms=OAUTH2_MECHANISMS, args=self.root / OAUTH2_CONFIG_NAME)
            if oauth2
            else ""
        )
        text = _BASE_CONFIG.format(
            root=self.root,
            user=user,
            login_user=login_user,
            group=group,
            first_valid_uid=first_uid,
            port=self.port,
            imaps_port=self.imaps_port if self.tls else 0,
            sent=SENT_FOLDER,
            auth_mechanisms=f"{PASSWORD_MECHANISMS} {OAUTH2_MECHANISMS}"
            if oauth2
            else PASSWORD_MECHANISMS,
            password_mechanisms=f"\n  mechanisms = {PASSWORD_MECHANISMS}" if oauth2 else "",
            oauth2_passdb=oauth2_passdb,
        )
        ssl = _SSL_REQUIRED.format(cert=self.tls.cert, key=self.tls.key) if self.tls else _SSL_OFF
        return ssl + text + extra

    def _wait_for_greeting(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=2) as sock,
            ):
                if sock.recv(64).startswith(b"* OK"):
                    return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not answer on port {self.port}\n{self.log_tail()}")

    @staticmethod
    def _ensure_folder(imap: IMAPClient, folder: str) -> None:
        if not imap.folder_exists(folder):
            imap.create_folder(folder)


def make_tls_files(directory: Path, *hostnames: str) -> TlsFiles:
    """A throw-away CA (trustme) and a server certificate for ``hostnames``, written as PEM files."""
    import trustme

    ca = trustme.CA()
    server_cert = ca.issue_cert(*(hostnames or ("127.0.0.1",)))
    files = TlsFiles(directory / "cert.pem", directory / "key.pem", directory / "ca.pem")
    server_cert.cert_chain_pems[0].write_to_path(str(files.cert))
    for blob in server_cert.cert_chain_pems[1:]:
        with files.cert.open("ab") as out:
            out.write(blob.bytes())
    server_cert.private_key_pem.write_to_path(str(files.key))
    ca.cert_pem.write_to_path(str(files.ca))
    return files


def require_dovecot() -> None:
    """Skip (or, under CI=true, fail) when there is no Dovecot to start."""
    if dovecot_binary():
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{INSTALL_HINT}; CI=true requires it", pytrace=False)
    pytest.skip(INSTALL_HINT)


@contextlib.contextmanager
def running_dovecot(
    root: Path | None = None, tls: bool = False, oauth2_introspection_url: str | None = None
) -> Iterator[DovecotServer]:
    """A started private Dovecot in ``root`` (default: a new temp dir), stopped and removed after.

    With ``oauth2_introspection_url`` it also accepts XOAUTH2/OAUTHBEARER tokens, which its oauth2
    passdb checks by POSTing them to that introspection endpoint.
    """
    own_root = root is None
    directory = Path(tempfile.mkdtemp(prefix="dovecot-")) if root is None else root
    files = make_tls_files(directory, "127.0.0.1") if tls else None
    server = DovecotServer(
        root=directory, tls=files, oauth2_introspection_url=oauth2_introspection_url
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()
        if own_root:
            shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def dovecot() -> Iterator[DovecotServer]:
    """A fresh private Dovecot for one test (plain IMAP on loopback)."""
    require_dovecot()
    with running_dovecot() as server:
        yield server


@pytest.fixture
def dovecot_tls() -> Iterator[DovecotServer]:
    """A fresh private Dovecot that requires TLS, with a trustme certificate for 127.0.0.1."""
    require_dovecot()
    with running_dovecot(tls=True) as server:
        yield server
