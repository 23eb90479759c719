"""Benchmark: the daily digest over a large registration list (N = 2,000 and 10,000 messages).

For each N the project's pipeline stores N generated messages (four in five registrations, as in
bench_imap.py) in a private SQLite database; then ``inbox-worker digest --print`` runs as a child
process, which builds the whole digest (every section, the attendee list, the CSV) and renders
it. Reported: registrants, wall time and peak RSS of that child, and the RSS growth between the
sizes. The daemon must stay within the same 200 MB as ingestion. Not a test: run it by hand
(``.venv/bin/python bench/bench_digest.py [N ...]``).
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_imap import generated, run_worker  # noqa: E402

from inbox_worker.config import load_settings  # noqa: E402
from inbox_worker.database import open_database  # noqa: E402
from inbox_worker.ingest import IncomingMessage, Origin, default_decider, store_messages  # noqa: E402

DEFAULT_SIZES = (2_000, 10_000)
BATCH = 50
RECEIVED = datetime(2018, 11, 20, 9, 0, tzinfo=UTC)
TARGET_RSS_MB = 200.0
NEW_REGISTRATIONS = re.compile(r"Nieuwe inschrijvingen: (\d+)")  # the digest's own count


@dataclass
class Result:
    """The figures of one N."""

    messages: int
    registrants: int
    seconds: float
    peak_rss_mb: float


def fill(config: Path, count: int) -> None:
    """Store ``count`` generated messages through the ingestion pipeline (no IMAP, no SMTP)."""
    settings = load_settings(config, require_file=True)
    decider = default_decider(settings)
    messages = generated(count)
    with open_database(settings.database.url) as sessions:
        for start in range(0, count, BATCH):
            batch = [
                IncomingMessage.of(
                    raw, Origin.imap("INBOX", 1, uid, received_at=RECEIVED, size=len(raw))
                )
                for uid, raw in enumerate(messages[start : start + BATCH], start=start + 1)
            ]
            store_messages(sessions, settings, batch, decider=decider, now=RECEIVED)


def digest(config: Path) -> tuple[float, float, int]:
    """``digest --print`` as a child: wall seconds, peak RSS (MB), registrants in its output."""
    run = run_worker(config, "digest", "--print")
    if run.status != 0:
        raise SystemExit(f"digest failed: {run.output[-2000:]}")
    found = NEW_REGISTRATIONS.search(run.output)
    return run.seconds, run.peak_rss_mb, int(found.group(1)) if found else 0


def measure(count: int) -> Result:
    with tempfile.TemporaryDirectory(prefix="bench-digest-") as tmp:
        config = Path(tmp) / "config.yaml"
        settings = {
            "database": {"url": f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"},
            "replies": {"max_per_address_per_day": 1000},
            "smtp": {"transport": "folder", "folder": str(Path(tmp) / "sent")},
        }
        config.write_text(yaml.safe_dump(settings))
        fill(config, count)
        seconds, rss, registrants = digest(config)
    return Result(count, registrants, seconds, rss)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=list(DEFAULT_SIZES))
    arguments = parser.parse_args()
    logging.disable(logging.CRITICAL)
    results = []
    for count in arguments.sizes:
        print(f"N={count}: storing the messages, then digest --print ...", flush=True)
        results.append(measure(count))
    print(f"\n{'messages':>9} {'registrants':>12} {'digest s':>9} {'peak RSS':>9}")
    for result in results:
        print(
            f"{result.messages:>9} {result.registrants:>12} {result.seconds:>9.1f} "
            f"{result.peak_rss_mb:>7.0f}MB"
        )
    if len(results) >= 2:
        growth = results[-1].peak_rss_mb / results[0].peak_rss_mb - 1
        print(f"  peak RSS growth {results[0].messages} -> {results[-1].messages}: {growth:+.1%}")
    ok = all(result.peak_rss_mb <= TARGET_RSS_MB for result in results)
    print(f"peak RSS <= {TARGET_RSS_MB:.0f} MB: {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
