"""Load, validate and describe the configuration of inbox-worker (``config.yaml`` plus environment).

Every key lives in one section model below; ``INBOX_WORKER__<SECTION>__<KEY>`` overrides it, the file
is found through ``--config``, ``INBOX_WORKER_CONFIG`` or ``./config.yaml``, and secrets may come from
the environment, a file or a command instead of the file itself.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
import subprocess
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from inbox_worker.errors import ConfigError, SecretError

CONFIG_ENV_VAR = "INBOX_WORKER_CONFIG"
DEFAULT_CONFIG_NAME = "config.yaml"
ENV_PREFIX = "INBOX_WORKER__"
ENV_NESTED_DELIMITER = "__"
SECRET_COMMAND_TIMEOUT_SECONDS = 30
MASK = "********"


class Security(StrEnum):
    """How a connection to a mail server is protected."""

    SSL = "ssl"
    STARTTLS = "starttls"
    NONE = "none"


class Section(BaseModel):
    """A configuration section: unknown keys are errors, values are checked on assignment too."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Credentials(Section):
    """A login whose secret may come from the file, a ``password_file`` or a ``password_command``."""

    username: str = ""
    password: SecretStr | None = None
    password_file: Path | None = None
    password_command: str | None = None
    oauth2_token_command: str | None = None

    def resolve_password(self) -> str | None:
        """The password from the first source that is set, or ``None`` when none is."""
        if self.password is not None:
            return self.password.get_secret_value()
        if self.password_file is not None:
            return _read_secret_file(self.password_file)
        if self.password_command:
            return run_secret_command(self.password_command)
        return None

    def resolve_oauth2_token(self) -> str | None:
        """A fresh OAuth2 access token from ``oauth2_token_command``, or ``None`` when unset."""
        if not self.oauth2_token_command:
            return None
        return run_secret_command(self.oauth2_token_command)


class EventConfig(Section):
    """The event that people register for, as the invitation describes it."""

    title: str = "Stadsorganisaties in transitie"
    date: dt.date = dt.date(2018, 12, 7)
    timezone: str = "Europe/Brussels"
    doors_open: dt.time = dt.time(9, 30)
    start_time: dt.time = dt.time(10, 0)
    lunch_start: dt.time | None = dt.time(12, 30)
    lunch_end: dt.time | None = dt.time(13, 0)
    end_time: dt.time = dt.time(13, 0)
    venue: str = "Auditorium Permeke bibliotheek"
    address: str = "De Coninckplein 26, 2060 Antwerpen"
    price: str = "gratis"
    registration_deadline: dt.date = dt.date(2018, 12, 2)
    capacity: int | None = Field(default=None, ge=1)
    organisation: str = "Kenniscentrum Vlaamse Steden"
    organiser_name: str = "Linda Boudry"
    organiser_email: EmailStr = "linda.boudry@kcvs.be"

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except Exception as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @property
    def zone(self) -> ZoneInfo:
        """The event's time zone, in which the deadline and all times are meant."""
        return ZoneInfo(self.timezone)


class MailboxConfig(Credentials):
    """The IMAP mailbox the worker watches."""

    host: str = "imap.example.org"
    port: int = Field(default=993, ge=1, le=65535)
    security: Security = Security.SSL
    ca_file: Path | None = None
    folder: str = "INBOX"
    processed_folder: str = "INBOX/Inschrijvingen"
    sent_folder: str | None = None
    since: dt.date = dt.date(2018, 11, 5)
    max_message_bytes: int = Field(default=25 * 1024 * 1024, ge=1024)
    fetch_batch_size: int = Field(default=50, ge=1, le=1000)
    connect_timeout: float = Field(default=30.0, gt=0)
    read_timeout: float = Field(default=120.0, gt=0)
    parse_timeout: float = Field(default=120.0, gt=0)


class SmtpTransport(StrEnum):
    """Where replies go: a real SMTP server, or a local folder of .eml files (demo, dry runs)."""

    SMTP = "smtp"
    FOLDER = "folder"


class SmtpConfig(Credentials):
    """The SMTP server that delivers replies and digests."""

    transport: SmtpTransport = SmtpTransport.SMTP
    folder: Path = Path("outbox-mail")
    host: str = "smtp.example.org"
    port: int = Field(default=587, ge=1, le=65535)
    security: Security = Security.STARTTLS
    ca_file: Path | None = None
    timeout: float = Field(default=60.0, gt=0)
    from_address: EmailStr = "linda.boudry@kcvs.be"
    from_name: str = "Linda Boudry (Kenniscentrum Vlaamse Steden)"
    max_attempts: int = Field(default=8, ge=1)
    retry_base_seconds: float = Field(default=60.0, gt=0)
    retry_max_seconds: float = Field(default=6 * 3600.0, gt=0)


class DatabaseConfig(Section):
    """Where registrations and messages are stored."""

    url: str = "sqlite:///inbox-worker.sqlite3"


class DigestConfig(Section):
    """The organisers' daily digest."""

    enabled: bool = True
    recipients: list[EmailStr] = Field(default_factory=lambda: ["linda.boudry@kcvs.be"])
    time: dt.time = dt.time(8, 0)


class ScheduleConfig(Section):
    """How often the worker looks for mail and does its periodic jobs."""

    poll_interval: float = Field(default=60.0, ge=1)
    idle: bool = True
    idle_renew_seconds: float = Field(default=540.0, ge=5, le=1740)
    outbox_interval: float = Field(default=30.0, ge=0.1)
    digest_check_interval: float = Field(default=60.0, ge=0.1)


class Language(StrEnum):
    """The languages replies are written in."""

    NL = "nl"
    EN = "en"
    FR = "fr"


class RepliesConfig(Section):
    """The confirmations and other replies sent to registrants."""

    enabled: bool = True
    default_language: Language = Language.NL
    templates_dir: Path | None = None
    max_per_address_per_day: int = Field(default=3, ge=0)
    confirm_each_registrant: bool = True


class PrivacyConfig(Section):
    """How long personal data is kept."""

    retention_days: int | None = Field(default=180, ge=1)


class Settings(BaseSettings):
    """The whole configuration: file values, overridden by ``INBOX_WORKER__SECTION__KEY`` variables."""

    model_config = SettingsConfigDict(
        extra="forbid",
        env_prefix=ENV_PREFIX,
        env_nested_delimiter=ENV_NESTED_DELIMITER,
        case_sensitive=False,
    )

    event: EventConfig = Field(default_factory=EventConfig)
    mailbox: MailboxConfig = Field(default_factory=MailboxConfig)
    smtp: SmtpConfig = Field(default_factory=SmtpConfig)
    database: DatabaseConfig = Field(default_factory=DatabaseConfig)
    digest: DigestConfig = Field(default_factory=DigestConfig)
    schedule: ScheduleConfig = Field(default_factory=ScheduleConfig)
    replies: RepliesConfig = Field(default_factory=RepliesConfig)
    privacy: PrivacyConfig = Field(default_factory=PrivacyConfig)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """The environment wins over the file, which is passed in as init values."""
        return (env_settings, init_settings)


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The config file to read: ``--config``, else ``$INBOX_WORKER_CONFIG``, else ``./config.yaml``."""
    chosen = explicit or os.environ.get(CONFIG_ENV_VAR) or DEFAULT_CONFIG_NAME
    return Path(chosen)


def load_settings(path: Path | None = None, *, require_file: bool = False) -> Settings:
    """Read and validate the configuration; raise ConfigError with one line per problem."""
    path = path if path is not None else config_path()
    data = _read_yaml(path, require_file=require_file)
    try:
        settings = Settings(**data)
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(exc, path)) from None
    return _resolve_relative_paths(settings, path.resolve().parent)


def _read_yaml(path: Path, *, require_file: bool) -> dict[str, Any]:
    if not path.exists():
        if require_file:
            raise ConfigError(f"{path}: no such configuration file")
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{path}: invalid YAML{where}: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of sections")
    return data


def describe_validation_error(exc: ValidationError, path: Path) -> str:
    """One short line per problem, naming the dotted key and what is wrong with it."""
    lines = []
    for error in exc.errors():
        key = ".".join(str(part) for part in error["loc"]) or "(top level)"
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        elif error["type"] == "missing":
            message = "missing value"
        else:
            message = error["msg"]
        lines.append(f"{_source_of(error['loc'], path)}: {key}: {message}")
    return "\n".join(lines)


def _source_of(location: tuple[int | str, ...], path: Path) -> str:
    """Where a bad value came from: its environment variable when one is set, else the file."""
    names = [str(part) for part in location[:2]]
    variable = ENV_PREFIX + ENV_NESTED_DELIMITER.join(names).upper()
    if len(names) == 2 and variable in {name.upper() for name in os.environ}:
        return f"{variable} (environment)"
    return str(path)


def _resolve_relative_paths(settings: Settings, base: Path) -> Settings:
    """Relative file paths and a relative SQLite file are taken from the config file's folder."""
    for section in (settings.mailbox, settings.smtp):
        for name in ("password_file", "ca_file"):
            value = getattr(section, name)
            if value is not None and not value.is_absolute():
                setattr(section, name, base / value)
    if not settings.smtp.folder.is_absolute():
        settings.smtp.folder = base / settings.smtp.folder
    templates = settings.replies.templates_dir
    if templates is not None and not templates.is_absolute():
        settings.replies.templates_dir = base / templates
    settings.database.url = resolve_sqlite_url(settings.database.url, base)
    return settings


def resolve_sqlite_url(url: str, base: Path) -> str:
    """A ``sqlite:///relative.db`` URL made absolute against ``base``; other URLs unchanged."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == "sqlite:///:memory:":
        return url
    file_part = url[len(prefix) :]
    if file_part.startswith("/"):
        return url
    return prefix + str((base / file_part).resolve())


def _read_secret_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise SecretError(f"cannot read password_file {path}: {exc.strerror}") from None


def run_secret_command(command: str) -> str:
    """Run a ``password_command``/``oauth2_token_command``; its first output line is the secret."""
    try:
        done = subprocess.run(
            shlex.split(command),
            capture_output=True,
            text=True,
            timeout=SECRET_COMMAND_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SecretError(f"secret command failed to run: {exc.__class__.__name__}") from None
    if done.returncode != 0:
        raise SecretError(f"secret command exited with status {done.returncode}")
    lines = done.stdout.splitlines()
    if not lines or not lines[0].strip():
        raise SecretError("secret command printed nothing")
    return lines[0].strip()


def masked_dump(settings: Settings) -> dict[str, Any]:
    """The effective configuration as plain data, with every secret replaced by a mask."""
    from inbox_worker.database import mask_url  # SQLAlchemy's URL parser, for this report only

    data = settings.model_dump(mode="json")
    for section in ("mailbox", "smtp"):
        if data[section].get("password") is not None:
            data[section]["password"] = MASK
    data["database"]["url"] = mask_url(data["database"]["url"])
    return data
