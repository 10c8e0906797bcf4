"""The documentation keeps up with the code (datasette's tests/test_docs.py
habit): a setting, a command or option, an export column or an error code
that docs/ does not describe fails here, and so does a README that grows
past what a newcomer reads in five minutes.

Each kind of thing is collected from the code by one small function, so that
when its source changes shape (a table of settings, a table of errors) only
that function changes."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import typer

import fogcount.errors
from fogcount.cli import app
from fogcount.export import GEOJSON_PROPERTIES, LAYOUTS
from fogcount.settings import SETTINGS, Settings

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README_MAX_LINES = 250


# -- what the code has -------------------------------------------------------


def setting_names() -> list[str]:
    """Every field of Settings and every row of the settings table (the web's and the batch runner's too)."""
    names = [field.name for field in dataclasses.fields(Settings)]
    return names + [setting.name for setting in SETTINGS if setting.name not in names]


def cli_commands() -> dict[str, list[str]]:
    """'fogcount extract' -> its option strings ('--published', '-f'...), for
    every command and subcommand of the Typer app (groups included)."""
    found: dict[str, list[str]] = {}

    def walk(command, path: str) -> None:
        if path != "fogcount":
            found[path] = [
                opt for param in command.params if param.param_type_name == "option" for opt in param.opts
            ]
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk(sub, f"{path} {name}")

    walk(typer.main.get_command(app), "fogcount")
    return found


def export_columns() -> dict[str, list[str]]:
    """Layout name ('acled', 'ucdp', 'csv', 'geojson') -> its columns (for
    GeoJSON, its features' properties)."""
    columns = {name: [column.name for column in layout] for name, layout in LAYOUTS.items()}
    columns["geojson"] = list(GEOJSON_PROPERTIES)
    return columns


def error_codes() -> list[str]:
    """Every code of the errors table, and of FogcountError and every subclass of it."""
    codes, pending = list(fogcount.errors.ERRORS), [fogcount.errors.FogcountError]
    while pending:
        cls = pending.pop()
        if cls.code not in codes:
            codes.append(cls.code)
        pending.extend(cls.__subclasses__())
    return sorted(codes)


# -- what the docs say -------------------------------------------------------


def doc(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def sections(text: str) -> dict[str, str]:
    """Second-level heading -> the text under it, up to the next one."""
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return {heading.strip(): body for heading, body in zip(parts[1::2], parts[2::2])}


def table_names(text: str) -> set[str]:
    """The names in the first cell of Markdown table rows: '| `name` |'."""
    return set(re.findall(r"^\| `([^`]+)` \|", text, flags=re.MULTILINE))


def command_section(command: str) -> str:
    return sections(doc("cli.md")).get(command, "")


def layout_section(layout: str) -> str:
    """The section of exports.md whose heading names '--format LAYOUT'."""
    for heading, body in sections(doc("exports.md")).items():
        if f"--format {layout}`" in heading:
            return body
    return ""


# -- the tests ---------------------------------------------------------------


@pytest.mark.parametrize("name", setting_names())
def test_setting_is_documented(name):
    assert name in table_names(doc("settings.md")), f"setting {name!r} has no row in docs/settings.md"


def _stage_versions() -> list[tuple[str, str]]:
    from fogcount.pipeline import STAGES
    from fogcount.stages import link, reconcile
    return [(s.name, s.version) for s in STAGES] + [(m.NAME, m.VERSION) for m in (reconcile, link)]


@pytest.mark.parametrize("name, version", [v for v in _stage_versions() if v[1] != "1"])
def test_every_stage_version_has_its_line_in_the_stage_history(name, version):
    """A bump says what changed in docs/stage-history.md (the history once grew on the VERSION line)."""
    sections = re.split(r"^## ", doc("stage-history.md"), flags=re.M)
    section = next((s for s in sections if s.split("\n", 1)[0].strip() == name), "")
    assert re.search(rf"^- {version}: \S", section, flags=re.M), (
        f"{name} is at version {version} but docs/stage-history.md's section '## {name}' has no line '- {version}: ...'")


@pytest.mark.parametrize("command", sorted(cli_commands()))
def test_command_is_documented(command):
    assert command_section(command), f"docs/cli.md has no section '## {command}'"


@pytest.mark.parametrize(
    "command,option",
    [(command, option) for command, options in sorted(cli_commands().items()) for option in options],
)
def test_option_is_documented(command, option):
    assert f"`{option}" in command_section(command), f"{command} {option} is not in its section of docs/cli.md"


@pytest.mark.parametrize(
    "layout,column",
    [(layout, column) for layout, columns in export_columns().items() for column in columns],
)
def test_export_column_is_documented(layout, column):
    assert column in table_names(layout_section(layout)), f"{layout} column {column!r} is not in docs/exports.md"


@pytest.mark.parametrize("code", error_codes())
def test_error_code_is_documented(code):
    assert code in table_names(doc("errors.md")), f"error {code} has no row in docs/errors.md"


def test_the_tables_written_from_the_code_are_current():
    """docs/settings.md and docs/errors.md hold the settings and errors tables as
    scripts/docs_tables.py writes them from the code."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("docs_tables", ROOT / "scripts" / "docs_tables.py")
    docs_tables = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(docs_tables)
    assert docs_tables.stale() == [], "run scripts/docs_tables.py"


def test_every_docs_page_is_linked_from_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in sorted(DOCS.glob("*.md")):
        assert f"docs/{page.name}" in readme, f"README.md does not link docs/{page.name}"


def test_readme_is_short_and_gives_the_two_set_up_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= README_MAX_LINES
    assert "make demo" in readme
    assert "make test" in readme


def test_collectors_find_what_the_code_has():
    # The collectors must not pass by finding nothing.
    assert {"published", "policy", "db"} <= set(setting_names())
    assert {"fogcount extract", "fogcount gazetteer import"} <= set(cli_commands())
    assert "--published" in cli_commands()["fogcount extract"]
    assert {"acled", "ucdp", "csv", "geojson"} <= set(export_columns())
    assert "fatalities" in export_columns()["acled"]
    assert {"E100", "E101", "E600"} <= set(error_codes())


def anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


@pytest.mark.parametrize("page", ["README.md", "CHANGELOG.md"] + [f"docs/{p.name}" for p in sorted(DOCS.glob("*.md"))])
def test_links_between_pages_resolve(page):
    path = ROOT / page
    for target in re.findall(r"\]\(([^)\s]+)\)", path.read_text(encoding="utf-8")):
        if "://" in target:
            continue
        file, _, fragment = target.partition("#")
        linked = (path.parent / file).resolve() if file else path
        assert linked.exists(), f"{page} links {target}: no such file"
        if fragment:
            headings = re.findall(r"^#+ (.+)$", linked.read_text(encoding="utf-8"), flags=re.MULTILINE)
            assert fragment in {anchor(h) for h in headings}, f"{page} links {target}: no such heading"


# -- the examples the docs give are command lines fogcount takes --------------


def example_command_lines(text: str) -> list[str]:
    """Every `fogcount ...` command of the ```sh blocks: comments, redirections and what a pipe feeds it dropped."""
    found = []
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL):
        for line in block.splitlines():
            line = line.split(" #", 1)[0]
            for part in line.split(" | "):  # `cat page.html | fogcount extract -`, `fogcount ... | less -S`
                part = re.split(r"\s[<>]", part.strip(), maxsplit=1)[0]  # `> events.csv`
                if part.startswith("fogcount "):
                    found.append(part)
    return found


def parses(line: str) -> None:
    """Parse ``line`` as the CLI does, up to running the command: an unknown command or option, a value outside
    an option's choices or a missing argument raises a usage error (typer.TyperException)."""
    import shlex

    args = shlex.split(line)[1:]
    command, name = typer.main.get_command(app), "fogcount"
    while getattr(command, "commands", None):
        if not args or args[0] not in command.commands:
            raise typer.BadParameter(f"{name} has no command {args[:1]}")
        name = args.pop(0)
        command = command.commands[name]
    command.make_context(name, args)


EXAMPLES = [(page, line) for page in ("README.md", "docs/cli.md")
            for line in example_command_lines((ROOT / page).read_text(encoding="utf-8"))]


@pytest.mark.parametrize("page, line", EXAMPLES)
def test_every_example_command_line_parses(page, line):
    parses(line)


def test_the_examples_are_found_and_a_wrong_one_fails():
    assert len([line for page, line in EXAMPLES if page == "README.md"]) >= 10
    assert ("README.md", "fogcount extract -") in EXAMPLES  # after the pipe
    for wrong in ("fogcount extract --format xml article.txt", "fogcount events --wide", "fogcount extract",
                  "fogcount gazetteer explain"):
        with pytest.raises(typer.TyperException):
            parses(wrong)


def test_the_readmes_first_example_gives_the_publication_date():
    """Without it relative days are lost and events can change: the first thing a newcomer copies must have it."""
    first = example_command_lines((ROOT / "README.md").read_text(encoding="utf-8"))[0]
    assert first.startswith("fogcount extract") and "--published" in first


@pytest.mark.parametrize("command", ["extract", "demo"])
def test_help_names_every_format_the_command_takes(command):
    """A --format's help that names fewer formats than it takes (demo's once said "table, json or jsonl") is not true."""
    option = next(p for p in typer.main.get_command(app).commands[command].params if p.name == "format")
    for choice in option.type_descriptor.annotation:
        assert choice.value in option.help, f"{command} --format {choice.value} is not in its help"
