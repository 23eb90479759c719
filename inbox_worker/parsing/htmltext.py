"""HTML mail to plain text that keeps line breaks, list items, table rows ('cell | cell') and quotes."""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from typing import Final

logger = logging.getLogger(__name__)

BLOCK_TAGS: Final = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "dl", "dt", "dd", "pre", "address", "hr", "table", "tbody", "thead", "tfoot",
        "center", "form", "fieldset", "o:p_block",
    }
)  # fmt: skip
# Struck-through text ("<del>", "<s>", "<strike>") is what the writer took back.
SKIP_TAGS: Final = frozenset(
    {"style", "script", "head", "title", "xml", "template", "noscript", "del", "s", "strike"}
)
QUOTE_CLASSES: Final = re.compile(r"gmail_quote|moz-cite-prefix|yahoo_quoted|OutlookMessageHeader")
MAX_HTML_CHARS: Final = 2_000_000
CELL_BREAK: Final = "\x00"  # a line break inside a table cell, resolved when the row ends
BLANK_RUNS: Final = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
SPACE_RUNS: Final = re.compile(r"[ \t\u00a0]+")


class _TextBuilder(HTMLParser):
    """Collects text; block tags become line breaks, cells are joined with ' | '."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.quote_depth = 0
        self.quote_stack: list[bool] = []
        self.cells: list[str] | None = None
        self.cell: list[str] | None = None
        self.in_pre = False

    # -- output helpers -------------------------------------------------------------------
    def _emit(self, text: str) -> None:
        if self.cell is not None:
            self.cell.append(text)
        else:
            self.current.append(text)

    def _break(self, force: bool = False) -> None:
        """End the current line; a block boundary after an empty line adds nothing, <br> does."""
        if self.cell is not None:
            self.cell.append(CELL_BREAK)
            return
        line = "".join(self.current)
        if not force and not line.strip(" \t\r\n"):
            self.current = []
            return
        line = SPACE_RUNS.sub(" ", line).strip()
        prefix = "> " * self.quote_depth
        self.lines.append(prefix + line if line else prefix.rstrip())
        self.current = []

    # -- parser callbacks -----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag == "br":
            self._break(force=True)
        elif tag in ("blockquote", "div"):
            self._start_container(tag, attrs)
        elif tag == "li":
            self._break()
            self._emit("- ")
        elif tag == "tr":
            self._break()
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self.cell = []
        elif tag in BLOCK_TAGS:
            self._break()
            self.in_pre = self.in_pre or tag == "pre"

    def _start_container(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._break()
        attr = dict(attrs)
        quoted = tag == "blockquote" and (attr.get("type") == "cite" or "style" in attr)
        quoted = quoted or bool(QUOTE_CLASSES.search(attr.get("class") or ""))
        quoted = quoted or (tag == "blockquote")
        self.quote_stack.append(quoted)
        if quoted:
            self.quote_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skip_depth:
            self._break(force=True)
        elif tag == "hr" and not self.skip_depth:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag in ("blockquote", "div"):
            self._break()
            if self.quote_stack and self.quote_stack.pop():
                self.quote_depth = max(0, self.quote_depth - 1)
        elif tag in ("td", "th") and self.cells is not None and self.cell is not None:
            self.cells.append("".join(self.cell))
            self.cell = None
        elif tag == "tr" and self.cells is not None:
            self._end_row()
        elif tag in BLOCK_TAGS or tag == "li":
            self._break()
            if tag == "pre":
                self.in_pre = False

    def _end_row(self) -> None:
        """A row of one-line cells becomes 'cell | cell'; cells with several lines stay lines."""
        cells = [
            [SPACE_RUNS.sub(" ", x).strip() for x in c.split(CELL_BREAK)] for c in self.cells or []
        ]
        cells = [[x for x in c if x] for c in cells]
        self.cells = None
        self.cell = None
        if all(len(c) <= 1 for c in cells):
            row = _trimmed([c[0] if c else "" for c in cells])
            if row:  # an empty cell inside the row keeps its place: 'Jan Peeters | | jan@x.be'
                self.current.append(" | ".join(row))
            self._break()
            return
        cells = [c for c in cells if c]
        for cell in cells:
            for line in cell:
                self.current.append(line)
                self._break()

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.in_pre and self.cell is None:
            pieces = data.split("\n")
            for i, piece in enumerate(pieces):
                if i:
                    self._break(force=True)
                self._emit(piece)
            return
        self._emit(data.replace("\n", " ").replace("\r", " "))

    def text(self) -> str:
        if self.cells is not None:
            self._end_row()
        self._break()
        text = "\n".join(self.lines)
        return BLANK_RUNS.sub("\n\n", text).strip("\n")


def _trimmed(cells: list[str]) -> list[str]:
    """The cells without the empty ones at either end."""
    start, end = 0, len(cells)
    while start < end and not cells[start]:
        start += 1
    while end > start and not cells[end - 1]:
        end -= 1
    return cells[start:end]


def html_to_text(html: str) -> str:
    """The readable text of an HTML mail body; never raises (a broken document gives what it can)."""
    builder = _TextBuilder()
    try:
        builder.feed(html[:MAX_HTML_CHARS])
        builder.close()
    except Exception:  # html.parser is lenient, but never let a strange document escape
        logger.debug("HTML parser gave up; keeping the text so far", exc_info=True)
    return builder.text()
