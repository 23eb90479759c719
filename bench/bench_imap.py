"""Benchmark: the IMAP floor (fetch + mail-parser) against ``run --once`` end to end, N = 2,000 and 10,000.

For each N a private Dovecot gets N generated messages (four in five are registrations, the rest
the organiser's own mail) and a local SMTP server takes the replies. Reported in one run:

(a) the floor: imapclient fetching every message with BODY.PEEK[] in batches, plus mail-parser
    parsing each one;
(b) ``python -m inbox_worker run --once`` handling them end to end (store, decide, register,
    queue and send replies over SMTP, move on the server);

messages per second, the ratio b/a (time), and the peak RSS of (b). Targets: b/a <= 2.0, peak
RSS <= 200 MB, growing by less than 20 % from 2,000 to 10,000.

For scale it also reports (c): how long the same SMTP server takes to accept as many messages of
the replies' average size from a bare smtplib loop on one connection, i.e. what sending the
replies costs before the worker does anything else, and that time over (a); and (d): how long the
worker's own parser (``decide``, which (a) does not include) takes over the same messages
in-process; and (e): how long Dovecot takes, driven by a bare client, for the server work of (b):
moving the handled messages and filing the copies of the replies in Sent. Each is a part of (b)
that no design of the rest can remove. Finally (f): the CPU time that the worker, Dovecot and the
SMTP server used during (b), and what that means on this machine's cores: (b) can take no less
than the worker's own CPU time, nor less than all three together spread over every core; and for
b/a <= 2.0 the worker may use at most 2.0 x cores x (a) minus what the two servers used, and
the servers plus the parser (d) must fit in 2.0 x cores x (a) of CPU however the work is spread
over processes. Not a test: run it by hand (``make bench`` or
``.venv/bin/python bench/bench_imap.py [N ...]``).
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import smtplib
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import mailparser
import yaml
from aiosmtpd.controller import Controller
from imapclient import IMAPClient

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from inbox_worker.delivery.outbox import SENT_COPY_BATCH  # noqa: E402
from tests.dovecot import (  # noqa: E402
    SENT_FOLDER,
    DovecotServer,
    free_port,
    require_dovecot,
    running_dovecot,
)
from tests.imap_helpers import (  # noqa: E402
    FIRST_NAMES,
    FUNCTIONS,
    LAST_NAMES,
    python_path,
)
from tests.imap_helpers import TOWNS as HELPER_TOWNS  # noqa: E402

DEFAULT_SIZES = (2_000, 10_000)
BATCH = 50
APPEND_CHUNK = 200
REGISTRATION_SHARE = 4  # of every 5 messages
PROCESSED_FOLDER = "INBOX/Inschrijvingen"
TARGET_RATIO = 2.0
TARGET_RSS_MB = 200.0
TARGET_GROWTH = 0.20

# The test helpers' people, with more names and towns: the benchmark needs 10,000 distinct people.
FIRST = [
    *FIRST_NAMES,
    *[
        "Anke",
        "Bram",
        "Charlotte",
        "Dries",
        "Eva",
        "Frederik",
        "Griet",
        "Hilde",
        "Inge",
        "Joris",
        "Karel",
        "Lies",
        "Maarten",
        "Nele",
        "Olivier",
        "Paula",
        "Ruben",
        "Stijn",
        "Tine",
        "Valerie",
        "Ward",
        "Koen",
        "Lotte",
        "Mieke",
    ],
]
LAST = [
    *LAST_NAMES,
    *[
        "Verstraete",
        "Declercq",
        "Vandenberghe",
        "Hendrickx",
        "Smets",
        "Segers",
        "Baert",
        "Wuyts",
        "Leemans",
        "Verhoeven",
        "Cools",
        "Schepens",
        "Geerts",
        "Stevens",
        "Lemmens",
        "Verbruggen",
        "Van Damme",
        "Van Dyck",
        "Van Acker",
        "De Backer",
    ],
]
TOWNS = [*HELPER_TOWNS, "Lier", "Ieper", "Lokeren", "Dendermonde", "Geel", "Mol", "Tienen"]


def people() -> itertools.product[tuple[str, str, str]]:
    return itertools.product(TOWNS, LAST, FIRST)


def generated(count: int) -> list[bytes]:
    """``count`` messages: registrations of distinct people and, one in five, personal mail."""
    persons = people()
    messages = []
    for index in range(count):
        if index % 5 == REGISTRATION_SHARE:
            messages.append(_personal(index))
        else:
            messages.append(_registration(index, *next(persons)))
    return messages


def _registration(index: int, town: str, last: str, first: str) -> bytes:
    name = f"{first} {last}"
    local = f"{first}.{last}".lower().replace(" ", "").replace("ë", "e")
    address = f"{local}@{town.lower()}.be"
    function = FUNCTIONS[index % len(FUNCTIONS)]
    return (
        f"From: {name} <{address}>\r\nTo: Linda Boudry <linda.boudry@kcvs.be>\r\n"
        "Subject: Inschrijving seminarie Stadsorganisaties in transitie\r\n"
        f"Date: {format_datetime(time_of(index))}\r\nMessage-ID: <bench-{index}@{town.lower()}.be>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        "Beste Linda,\r\n\r\nGraag schrijf ik mij in voor het seminarie Stadsorganisaties in "
        "transitie op vrijdag 7 december.\r\n\r\n"
        f"Naam: {name}\r\nStad/gemeente: {town}\r\nFunctie: {function}\r\nE-mail: {address}\r\n\r\n"
        f"Met vriendelijke groeten,\r\n{name}\r\n"
    ).encode()


def _personal(index: int) -> bytes:
    return (
        "From: Koen Segers <koen.segers@kcvs.be>\r\nTo: Linda Boudry <linda.boudry@kcvs.be>\r\n"
        f"Subject: Agenda teamvergadering {index}\r\nDate: {format_datetime(time_of(index))}\r\n"
        f"Message-ID: <bench-team-{index}@kcvs.be>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hoi Linda,\r\n\r\nHierbij de agenda voor de teamvergadering: budget, website, "
        "verlofplanning.\r\n\r\nGroetjes,\r\nKoen\r\n"
    ).encode()


def time_of(index: int) -> Any:
    from datetime import UTC, datetime, timedelta

    return datetime(2018, 11, 12, 9, 0, tzinfo=UTC) + timedelta(seconds=index)


class CountingHandler:
    """An SMTP handler that accepts and counts every message."""

    def __init__(self) -> None:
        self.count = 0
        self.bytes = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.count += 1
            self.bytes += len(envelope.content)
        return "250 2.0.0 Ok: queued"


@dataclass
class Result:
    """The figures of one N."""

    count: int
    floor_seconds: float
    run_seconds: float
    peak_rss_mb: float
    replies_sent: int
    run_summary: str
    smtp_seconds: float
    parse_seconds: float
    server_seconds: float
    cpu: RunCpu

    @property
    def ratio(self) -> float:
        return self.run_seconds / self.floor_seconds

    @property
    def parts_ratio(self) -> float:
        """(c) + (d) + (e) over (a): parts of (b) measured alone, before any database work."""
        parts = self.smtp_seconds + self.parse_seconds + self.server_seconds
        return parts / self.floor_seconds


@dataclass(frozen=True)
class RunCpu:
    """(f): CPU seconds used during (b) by the worker, by Dovecot and by the SMTP server."""

    worker: float
    dovecot: float
    smtp: float

    @property
    def total(self) -> float:
        return self.worker + self.dovecot + self.smtp

    def least_wall_seconds(self, cores: int) -> float:
        """The shortest (b) this work allows: the worker runs in one process, the rest spreads."""
        return max(self.worker, self.total / cores)

    def worker_budget(self, floor_seconds: float, cores: int) -> float:
        """The most CPU time the worker may use for b/a <= TARGET_RATIO, the servers' use given."""
        return TARGET_RATIO * floor_seconds * cores - self.dovecot - self.smtp


def own_cpu_seconds() -> float:
    """CPU time of this process so far: the SMTP server's thread, while (b) runs in a child."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def append_all(server: DovecotServer, messages: list[bytes]) -> None:
    with server.client() as imap:
        for start in range(0, len(messages), APPEND_CHUNK):
            imap.multiappend("INBOX", messages[start : start + APPEND_CHUNK])


def floor(server: DovecotServer) -> float:
    """(a): fetch everything with BODY.PEEK[] in batches and parse each with mail-parser."""
    started = time.perf_counter()
    imap = IMAPClient("127.0.0.1", port=server.port, ssl=False)
    imap.login(server.user, server.password)
    imap.select_folder("INBOX", readonly=True)
    uids = sorted(imap.search(["UID", "1:*"]))
    parsed = 0
    for start in range(0, len(uids), BATCH):
        batch = uids[start : start + BATCH]
        for data in imap.fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"]).values():
            message = mailparser.parse_from_bytes(data[b"BODY[]"])
            parsed += bool(message.message_id)
    imap.logout()
    assert parsed == len(uids)
    return time.perf_counter() - started


def write_config(directory: Path, server: DovecotServer, smtp_port: int) -> Path:
    config = {
        "mailbox": server.mailbox_settings(fetch_batch_size=BATCH, read_timeout=300),
        "smtp": {
            "transport": "smtp",
            "host": "127.0.0.1",
            "port": smtp_port,
            "security": "none",
            "username": "",
        },
        "database": {"url": f"sqlite:///{directory / 'bench.sqlite3'}"},
        "replies": {"max_per_address_per_day": 1000},
        # The daily digest is a job of its own (once a day); it is not part of handling mail.
        "digest": {"enabled": False},
    }
    path = directory / "config.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


@dataclass(frozen=True)
class ChildRun:
    """An inbox-worker command run as a child process, as cron would run it."""

    seconds: float
    peak_rss_mb: float
    status: int
    output: str
    cpu_seconds: float


def run_worker(config: Path, *command: str) -> ChildRun:
    """``python -m inbox_worker --config CONFIG COMMAND...``: wall time, peak RSS, stdout."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "inbox_worker", "--config", str(config), *command],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": python_path()},
    )
    assert child.stdout is not None
    output = child.stdout.read().decode()
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    cpu = usage.ru_utime + usage.ru_stime
    exit_code = os.waitstatus_to_exitcode(status)
    return ChildRun(elapsed, usage.ru_maxrss / 1024, exit_code, output, cpu)


def end_to_end(config: Path, server: DovecotServer) -> tuple[ChildRun, str, RunCpu]:
    """(b): ``run --once`` as a child process; how it ran, its summary, and (f) the CPU used."""
    dovecot_before, smtp_before = server.cpu_seconds(), own_cpu_seconds()
    run = run_worker(config, "run", "--once")
    if run.status != 0:
        raise SystemExit(f"run --once failed with status {run.status}: {run.output}")
    dovecot = server.cpu_seconds() - dovecot_before
    cpu = RunCpu(run.cpu_seconds, dovecot, own_cpu_seconds() - smtp_before)
    wanted = ("mail:", "replies:")
    summary = " / ".join(line for line in run.output.splitlines() if line.startswith(wanted))
    return run, summary or run.output.strip(), cpu


def smtp_alone(port: int, count: int, size: int) -> float:
    """(c): seconds the SMTP server takes to accept ``count`` messages of ``size`` bytes."""
    body = b"Subject: bench\r\n\r\n" + b"x" * 76 + b"\r\n"
    message = body * max(1, size // len(body))
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as client:
        for index in range(count):
            client.sendmail("linda.boudry@kcvs.be", [f"bench-{index}@example.be"], message)
    return time.perf_counter() - started


def parser_alone(config: Path, messages: list[bytes]) -> float:
    """(d): seconds the worker's own parser takes to decide every message, in-process."""
    from inbox_worker.config import load_settings
    from inbox_worker.ingest import default_decider

    decide = default_decider(load_settings(config, require_file=True))
    decide(messages[0])  # its tables are built on first use, as in a run
    started = time.perf_counter()
    for raw in messages:
        decide(raw)
    return time.perf_counter() - started


def server_work_alone(server: DovecotServer, replies: int, size: int) -> float:
    """(e): seconds Dovecot takes for the worker's server work done by a bare client: moving
    the handled messages (back from the processed folder, in batches) and appending ``replies``
    copies of ``size`` bytes to Sent (50 per MULTIAPPEND, as the worker does)."""
    copy = b"Subject: bench\r\n\r\n" + b"x" * max(0, size - 20)
    with server.client() as imap:
        imap.select_folder(PROCESSED_FOLDER)
        handled = sorted(imap.search(["ALL"]))
        started = time.perf_counter()
        for start in range(0, len(handled), BATCH):
            imap.move(handled[start : start + BATCH], "INBOX")
        for start in range(0, replies, SENT_COPY_BATCH):
            imap.multiappend(SENT_FOLDER, [copy] * min(SENT_COPY_BATCH, replies - start))
        return time.perf_counter() - started


def measure(count: int) -> Result:
    messages = generated(count)
    handler = CountingHandler()
    smtp_port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-imap-") as tmp, running_dovecot() as server:
            append_all(server, messages)
            floor_seconds = floor(server)
            config = write_config(Path(tmp), server, smtp_port)
            run, summary, cpu = end_to_end(config, server)
            parse_seconds = parser_alone(config, messages)
            replies, size = handler.count, handler.bytes // max(handler.count, 1)
            server_seconds = server_work_alone(server, replies, size)
        smtp_seconds = smtp_alone(smtp_port, replies, size)
    finally:
        controller.stop()
    return Result(
        count,
        floor_seconds,
        run.seconds,
        run.peak_rss_mb,
        replies,
        summary,
        smtp_seconds,
        parse_seconds,
        server_seconds,
        cpu,
    )


def report(results: list[Result]) -> bool:
    print()
    print(
        f"{'N':>7} {'floor msg/s':>12} {'run msg/s':>10} {'b/a':>6} {'peak RSS':>9} {'replies':>8}"
    )
    for result in results:
        print(
            f"{result.count:>7} {result.count / result.floor_seconds:>12.0f} "
            f"{result.count / result.run_seconds:>10.0f} {result.ratio:>6.2f} "
            f"{result.peak_rss_mb:>7.0f}MB {result.replies_sent:>8}"
        )
    for result in results:
        print(f"  N={result.count}: run --once said: {result.run_summary}")
        print(
            f"  N={result.count}: (c) the SMTP server alone takes {result.smtp_seconds:.1f} s for "
            f"the {result.replies_sent} replies = {result.smtp_seconds / result.floor_seconds:.2f} "
            "x the floor"
        )
        print(
            f"  N={result.count}: (d) the worker's parser alone takes {result.parse_seconds:.1f} s "
            f"= {result.parse_seconds / result.floor_seconds:.2f} x the floor"
        )
        print(
            f"  N={result.count}: (e) Dovecot alone moving the handled mail and filing the "
            f"replies in Sent takes {result.server_seconds:.1f} s = "
            f"{result.server_seconds / result.floor_seconds:.2f} x the floor"
        )
        print(f"  N={result.count}: (c) + (d) + (e) = {result.parts_ratio:.2f} x the floor")
        report_cpu(result)
    ok = all(r.ratio <= TARGET_RATIO and r.peak_rss_mb <= TARGET_RSS_MB for r in results)
    if len(results) >= 2:
        growth = results[-1].peak_rss_mb / results[0].peak_rss_mb - 1
        print(f"  peak RSS growth {results[0].count} -> {results[-1].count}: {growth:+.1%}")
        ok = ok and growth < TARGET_GROWTH
    verdict = "met" if ok else "NOT met"
    print(
        f"targets (b/a <= {TARGET_RATIO}, RSS <= {TARGET_RSS_MB:.0f} MB, "
        f"growth < {TARGET_GROWTH:.0%}): {verdict}"
    )
    return ok


def report_cpu(result: Result) -> None:
    """(f): the CPU used during (b), the shortest (b) it allows, and the worker's budget."""
    cpu, floor_seconds, cores = result.cpu, result.floor_seconds, os.cpu_count() or 1
    least = cpu.least_wall_seconds(cores)
    budget = cpu.worker_budget(floor_seconds, cores)
    per_message = 1000 / result.count
    print(
        f"  N={result.count}: (f) CPU during (b): worker {cpu.worker:.1f} s "
        f"({cpu.worker * per_message:.2f} ms per message), Dovecot {cpu.dovecot:.1f} s, "
        f"SMTP server {cpu.smtp:.1f} s; on {cores} cores (b) cannot take less than "
        f"{least:.1f} s = {least / floor_seconds:.2f} x the floor"
    )
    print(
        f"  N={result.count}: (f) for b/a <= {TARGET_RATIO} the worker may use at most "
        f"{budget:.1f} s of CPU ({budget * per_message:.2f} ms per message); its parser alone "
        f"(d) took {result.parse_seconds:.1f} s"
    )
    available = TARGET_RATIO * floor_seconds * cores
    needed = cpu.dovecot + cpu.smtp + result.parse_seconds
    print(
        f"  N={result.count}: (f) in {TARGET_RATIO} x the floor {cores} cores give "
        f"{available:.1f} s of CPU; the two servers and the parser alone need {needed:.1f} s, "
        "however the work is spread over processes"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=list(DEFAULT_SIZES))
    arguments = parser.parse_args()
    require_dovecot_or_exit()
    results = []
    for count in arguments.sizes:
        print(f"N={count}: appending, fetching (floor), running run --once ...", flush=True)
        results.append(measure(count))
    report(results)
    return 0


def require_dovecot_or_exit() -> None:
    try:
        require_dovecot()
    except BaseException as exc:  # pytest's skip/fail outcomes
        raise SystemExit(f"cannot benchmark: {exc}") from None


if __name__ == "__main__":
    sys.exit(main())
