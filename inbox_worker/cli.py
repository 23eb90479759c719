"""The ``inbox-worker`` command line: a thin layer that loads configuration and calls use cases."""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Final

import click

from inbox_worker import __version__
from inbox_worker.errors import ConfigError, InboxWorkerError

if TYPE_CHECKING:
    from inbox_worker.config import Settings

EXIT_FAILURE: Final = 1
EXIT_CONFIG_ERROR: Final = 2

# name -> (module, attribute) of every subcommand, imported only when it is used or listed;
# a module that is absent is simply not listed.
COMMANDS: Final = {
    "config": ("inbox_worker.commands.config_cmd", "config_group"),
    "db": ("inbox_worker.commands.db", "db_group"),
    "parse": ("inbox_worker.commands.parse", "parse_command"),
    "digest": ("inbox_worker.commands.digest", "digest_command"),
    "review": ("inbox_worker.commands.review", "review_group"),
    "registrations": ("inbox_worker.commands.registrations", "registrations_group"),
    "export": ("inbox_worker.commands.export", "export_command"),
    "status": ("inbox_worker.commands.status", "status_command"),
    "purge": ("inbox_worker.commands.privacy", "purge_command"),
    "forget": ("inbox_worker.commands.privacy", "forget_command"),
    "run": ("inbox_worker.commands.run", "run_command"),
    "import": ("inbox_worker.commands.import_cmd", "import_command"),
    "reprocess": ("inbox_worker.commands.reprocess", "reprocess_command"),
    "demo": ("inbox_worker.commands.demo", "demo_command"),
}


@dataclass
class AppContext:
    """What every command receives: the ``--config`` option, the configuration loaded on first use."""

    option: Path | None
    _settings: Settings | None = field(default=None, repr=False)

    @cached_property
    def config_file(self) -> Path:
        """The file to read: ``--config``, else ``$INBOX_WORKER_CONFIG``, else ``./config.yaml``."""
        from inbox_worker.config import config_path

        return config_path(self.option)

    @property
    def explicit(self) -> bool:
        """Whether the user named the file, so that a missing one is an error."""
        from inbox_worker.config import CONFIG_ENV_VAR

        return self.option is not None or CONFIG_ENV_VAR in os.environ

    @property
    def settings(self) -> Settings:
        """The validated configuration; a ConfigError ends the program with status 2."""
        if self._settings is None:
            from inbox_worker.config import load_settings

            self._settings = load_settings(self.config_file, require_file=self.explicit)
        return self._settings


pass_app = click.make_pass_decorator(AppContext)


class WorkerGroup(click.Group):
    """A click group that imports a subcommand's module only when that command is needed,
    and turns configuration and operational errors into clear exits."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        lazy = (name for name, (module, _) in COMMANDS.items() if _module_exists(module))
        return sorted({*self.commands, *lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            command = _load_command(*COMMANDS[cmd_name])
            if command is not None:
                self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ConfigError as exc:
            click.echo(f"configuration error: {exc}", err=True)
            ctx.exit(EXIT_CONFIG_ERROR)
        except InboxWorkerError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(EXIT_FAILURE)


def _module_exists(module_name: str) -> bool:
    return importlib.util.find_spec(module_name) is not None


def _load_command(module_name: str, attribute: str) -> click.Command | None:
    """The command object, or None when its module is not installed."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    command: click.Command = getattr(module, attribute)
    return command


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
    from inbox_worker.logs import configure_logging

    configure_logging(log_level, log_format)
    ctx.obj = AppContext(option=config_file)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
