"""The ``inbox-worker`` command line: a thin layer that loads configuration and calls use cases."""

from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import click

from inbox_worker import __version__
from inbox_worker.config import CONFIG_ENV_VAR, Settings, config_path, load_settings
from inbox_worker.errors import ConfigError, InboxWorkerError
from inbox_worker.logs import configure_logging

EXIT_FAILURE: Final = 1
EXIT_CONFIG_ERROR: Final = 2

# (module, attribute) of every subcommand; a module that is absent is simply not listed.
COMMANDS: Final = (
    ("inbox_worker.commands.config_cmd", "config_group"),
    ("inbox_worker.commands.db", "db_group"),
    ("inbox_worker.commands.parse", "parse_command"),
    ("inbox_worker.commands.digest", "digest_command"),
    ("inbox_worker.commands.review", "review_group"),
    ("inbox_worker.commands.registrations", "registrations_group"),
    ("inbox_worker.commands.export", "export_command"),
    ("inbox_worker.commands.status", "status_command"),
    ("inbox_worker.commands.privacy", "purge_command"),
    ("inbox_worker.commands.privacy", "forget_command"),
    ("inbox_worker.commands.run", "run_command"),
    ("inbox_worker.commands.import_cmd", "import_command"),
    ("inbox_worker.commands.reprocess", "reprocess_command"),
    ("inbox_worker.commands.demo", "demo_command"),
)


@dataclass
class AppContext:
    """What every command receives: where the configuration is, loaded on first use."""

    config_file: Path
    explicit: bool
    _settings: Settings | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        """The validated configuration; a ConfigError ends the program with status 2."""
        if self._settings is None:
            self._settings = load_settings(self.config_file, require_file=self.explicit)
        return self._settings


pass_app = click.make_pass_decorator(AppContext)


class WorkerGroup(click.Group):
    """A click group that turns configuration and operational errors into clear exits."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ConfigError as exc:
            click.echo(f"configuration error: {exc}", err=True)
            ctx.exit(EXIT_CONFIG_ERROR)
        except InboxWorkerError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(EXIT_FAILURE)


@click.group(cls=WorkerGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="inbox-worker")
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Configuration file (default: $INBOX_WORKER_CONFIG, else ./config.yaml).",
)
@click.option(
    "--log-level",
    type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False),
    default="INFO",
    show_default=True,
    help="How much to log (to stderr).",
)
@click.option(
    "--log-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Plain text lines, or one JSON object per line for log collectors.",
)
@click.pass_context
def main(ctx: click.Context, config_file: Path | None, log_level: str, log_format: str) -> None:
    """Turn registration mail in the organiser's mailbox into a confirmed registration list."""
    configure_logging(log_level, log_format)
    explicit = config_file is not None or CONFIG_ENV_VAR in os.environ
    ctx.obj = AppContext(config_file=config_path(config_file), explicit=explicit)


def _register_commands() -> None:
    for module_name, attribute in COMMANDS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        main.add_command(getattr(module, attribute))


_register_commands()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
