"""Jinja2 environments for the shipped templates, with a folder of the organiser's overrides first."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Final

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    select_autoescape,
)

TEMPLATE_PACKAGE: Final = "inbox_worker"


@functools.lru_cache(maxsize=8)
def template_environment(package_path: str, overrides: Path | None) -> Environment:
    """The environment for ``inbox_worker/<package_path>``; a file of the same name in
    ``overrides`` wins. HTML is autoescaped, undefined variables are errors. Built once."""
    loaders: list[BaseLoader] = []
    if overrides is not None:
        loaders.append(FileSystemLoader(overrides))
    loaders.append(PackageLoader(TEMPLATE_PACKAGE, package_path))
    return Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
