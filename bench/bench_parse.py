"""Parse throughput on the project's own sample mail (tests/mail/parser): messages per second, one core."""

from __future__ import annotations

import argparse
import logging
import statistics
import time
from pathlib import Path
from typing import Final

from inbox_worker.parsing import decide

SAMPLES: Final = Path(__file__).resolve().parent.parent / "tests" / "mail" / "parser"
TARGET_PER_SECOND: Final = 200


def measure(messages: list[bytes], rounds: int) -> tuple[list[float], list[float]]:
    """Messages per CPU second (this process on one core) and per wall second, per round."""
    cpu_rates: list[float] = []
    wall_rates: list[float] = []
    for _ in range(rounds):
        cpu, wall = time.process_time(), time.perf_counter()
        for raw in messages:
            decide(raw)
        cpu_rates.append(len(messages) / max(time.process_time() - cpu, 1e-9))
        wall_rates.append(len(messages) / (time.perf_counter() - wall))
    return cpu_rates, wall_rates


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("folder", nargs="?", type=Path, default=SAMPLES)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    messages = [p.read_bytes() for p in sorted(args.folder.glob("*.eml"))]
    if not messages:
        print(f"no .eml files in {args.folder}")
        return 1
    measure(messages[:3], 1)  # warm up: imports and compiled patterns
    cpu_rates, wall_rates = measure(messages, args.rounds)
    median = statistics.median(cpu_rates)
    verdict = "meets" if median >= TARGET_PER_SECOND else "BELOW"
    print(
        f"parse: {len(messages)} messages x {args.rounds} rounds, single thread: "
        f"median {median:.0f} msg/s of CPU time (min {min(cpu_rates):.0f}, max {max(cpu_rates):.0f}; "
        f"first round {cpu_rates[0]:.0f}), {statistics.median(wall_rates):.0f} msg/s wall clock; "
        f"{verdict} the target of {TARGET_PER_SECOND} msg/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
