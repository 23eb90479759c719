"""A time limit on the parser: a message it cannot finish stops the worker, to be set aside later.

A runaway regular expression holds the GIL until it ends, so no Python thread can interrupt it,
and it would hold up every message after it. The standard library's ``faulthandler`` watches
from a C thread instead: past the limit it writes every thread's stack to stderr (which shows
the pattern at fault) and ends the process. The message's handling attempt was committed before
the parse began (see ``ingest.begin_attempts``), so the next runs take it alone and, after
``MAX_HANDLING_DEATHS`` such stops, set it aside for a person; cron or the service manager
(``Restart=on-failure``) starts the worker again. The timer is one per process: only one thread
may parse under it at a time, as the worker does.
"""

from __future__ import annotations

import faulthandler
import sys
from collections.abc import Callable
from typing import Final, TextIO, TypeVar

EXIT_PARSE_TIMEOUT: Final = 1  # faulthandler ends the process with _exit(1)

Input = TypeVar("Input")
Output = TypeVar("Output")


def time_limited(function: Callable[[Input], Output], seconds: float) -> Callable[[Input], Output]:
    """``function``, but the process ends if one call takes longer than ``seconds``."""

    def limited(argument: Input) -> Output:
        stream = _stack_stream()
        if stream is None:  # no stderr to write the stacks to (pythonw, some test captures)
            return function(argument)
        faulthandler.dump_traceback_later(seconds, exit=True, file=stream)
        try:
            return function(argument)
        finally:
            faulthandler.cancel_dump_traceback_later()

    return limited


def _stack_stream() -> TextIO | None:
    """stderr, or the original stderr when it was replaced by an object without a descriptor."""
    for stream in (sys.stderr, sys.__stderr__):
        try:
            if stream is not None and stream.fileno() >= 0:
                return stream
        except (AttributeError, OSError, ValueError):
            continue
    return None
