"""`inbox-worker parse`: one JSON line per file in order, readable summaries, exit status."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from inbox_worker.cli import main

MAILS = Path(__file__).parent / "mail" / "parser"
CONTRACT_KEYS = ["file", "message_id", "kind", "registrants", "needs_review", "reasons"]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["parse", *args])
    return result.exit_code, result.output


def test_json_lines_in_the_order_given(tmp_path: Path) -> None:
    files = [
        str(MAILS / "reg_labelled_plain.eml"),
        str(tmp_path / "missing.eml"),
        str(MAILS / "bounce_dsn.eml"),
    ]
    code, output = run("--json", *files)
    assert code == 0
    lines = [json.loads(line) for line in output.splitlines()]
    assert [line["file"] for line in lines] == files
    assert list(lines[0])[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
    assert lines[0]["kind"] == "registration"
    assert lines[0]["registrants"][0]["email"] == "joke.verhulst@brugge.be"
    assert lines[1] == {**lines[1], "kind": "other", "needs_review": True, "registrants": []}
    assert lines[2]["kind"] == "bounce"


def test_a_folder_or_garbage_is_a_line_too(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.eml"
    garbage.write_bytes(b"\x00\xff\x00")
    code, output = run("--json", str(tmp_path), str(garbage))
    assert code == 0
    lines = [json.loads(line) for line in output.splitlines()]
    assert all(line["kind"] == "other" and line["needs_review"] for line in lines)


def test_readable_summary_without_json() -> None:
    code, output = run(str(MAILS / "reg_list_two.eml"))
    assert code == 0
    assert "registration" in output
    assert "Koen Baert" in output


def test_no_files_is_a_usage_error() -> None:
    code, output = run("--json")
    assert code == 2
    assert "Missing argument" in output


def test_a_broken_configuration_falls_back_to_the_default_event(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("event: [\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--config", str(config), "parse", "--json", str(MAILS / "bounce_dsn.eml")]
    )
    assert result.exit_code == 0
    assert json.loads(result.output.splitlines()[-1])["kind"] == "bounce"
