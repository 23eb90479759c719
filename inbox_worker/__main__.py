"""Run the command line as ``python -m inbox_worker``."""

from inbox_worker.cli import main

main()
