"""Write the tables of docs/ that the code holds: every setting
(``fogcount.settings.SETTINGS``) into docs/settings.md, every error code
(``fogcount.errors.ERRORS``) into docs/errors.md and every column of the
tabular exports (``fogcount.export.LAYOUTS``) into docs/exports.md, between their
``<!-- table: NAME -->`` and ``<!-- /table -->`` markers (datasette's cog
habit). ``--check`` only says whether they are current; tests/test_docs.py
runs it.

    .venv/bin/python scripts/docs_tables.py [--check]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from fogcount.errors import ERRORS
from fogcount.export import LAYOUTS
from fogcount.export._common import markdown
from fogcount.settings import SETTINGS

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|")


def settings_table() -> str:
    rows = ["| setting | default | help |", "|---|---|---|"]
    for setting in SETTINGS:
        default = "none" if setting.default in (None, ()) else f"`{setting.default}`"
        rows.append(f"| `{setting.name}` | {default} | {_cell(setting.help)} |")
    return "\n".join(rows)


def errors_table() -> str:
    rows = ["| code | class | HTTP status | exit status | meaning | message form |", "|---|---|---|---|---|---|"]
    for row in ERRORS.values():
        template = f"`{row.template}`" if row.template else ""
        rows.append(f"| `{row.code}` | `{row.kind.__name__}` | {row.http_status} | {row.exit_status} | "
                    f"{_cell(row.description)} | {template} |")
    return "\n".join(rows)


TABLES = [("settings.md", "settings", settings_table), ("errors.md", "errors", errors_table)]
TABLES += [("exports.md", f"export-{name}", lambda columns=columns: markdown(columns).rstrip("\n"))
           for name, columns in LAYOUTS.items()]


def render(page: str, name: str, table: str) -> str:
    pattern = re.compile(rf"(<!-- table: {name} -->\n).*?(<!-- /table -->)", re.S)
    if not pattern.search(page):
        raise SystemExit(f"docs: no '<!-- table: {name} -->' ... '<!-- /table -->' markers")
    return pattern.sub(lambda m: m.group(1) + table + "\n" + m.group(2), page)


def stale() -> list[str]:
    """The pages whose tables differ from the code's."""
    out = []
    for page_name, name, make in TABLES:
        page = (DOCS / page_name).read_text(encoding="utf-8")
        if render(page, name, make()) != page:
            out.append(f"{page_name} ({name})")
    return out


def main(argv: list[str]) -> int:
    if "--check" in argv:
        pages = stale()
        if pages:
            print(f"docs: stale tables in {', '.join(pages)}: run scripts/docs_tables.py", file=sys.stderr)
        return 1 if pages else 0
    for page_name, name, make in TABLES:
        path = DOCS / page_name
        path.write_text(render(path.read_text(encoding="utf-8"), name, make()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
