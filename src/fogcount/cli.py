"""The command line: a thin layer that builds Settings, calls the library and
prints. Only this module prints or exits.

Exit status of every command:
  0  every input was processed
  1  nothing could be processed (a missing file, binary or empty input, a
     broken model...); the reason is one line on stderr
  2  the command line itself is wrong (unknown option, bad date)
  3  a batch was partly processed: the good records are in the output and
     each bad one is named on stderr with its reason
 70  an internal error (a bug) stopped the command: one line on stderr
     (FOGCOUNT_DEBUG=1 for the traceback); in a batch, a bug met by one
     document fails that document alone (E800) and the batch goes on
A coded error that stops a command exits with its code's status (1, or 2 for
a setting's value): its row of fogcount.errors.ERRORS.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from importlib import resources

import typer
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import __version__
from .errors import FogcountError, GazetteerFailure, InputError, RecordError, SettingsError, row_of
from .filters import country_of, day_of, event_type_of
from .gazetteer.labels import place_label
from .models import Report, json_schema
from .pipeline import Failure, forget_gazetteers, open_gazetteer, pipe
from .quantities import format_interval
from .rules import load as load_rules
from .settings import DEFAULT_SETTINGS, SETTINGS_HELP, Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL, EXIT_INTERNAL = 0, 1, 2, 3, 70
DEMO_PUBLISHED = dt.date(2018, 6, 14)
PIPED_WIDTH = 160  # the table's width when the output is not a terminal and neither --width nor COLUMNS says

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="fogcount: every figure in conflict reporting as a source-attributed claim with an interval.",
)
stdout = Console(highlight=False, soft_wrap=False)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    acled = "acled"
    ucdp = "ucdp"
    csv = "csv"
    geojson = "geojson"


# Formats written once over all documents, by fogcount.export.
_LAYOUTS = {Format.acled, Format.ucdp, Format.csv, Format.geojson}


def _error(message: str) -> None:
    """One line on stderr."""
    stderr.print(Text(f"fogcount: {message}"), markup=False)


def _records(paths: list[str], settings: Settings, batches: list[str]) -> Iterator:
    """All records of all inputs, in order, each input read by its kind as ``ingest`` reads it (fogcount.corpus:
    text, a JSONL batch, an HTML page, an RSS/Atom feed, a WARC archive), a file told by its name, else by its first
    bytes, standard input (``-``) by its first bytes alone: the same bytes are read the same way either way. An input
    of a batch kind is added to ``batches``. An input that cannot be read at all is an InputError (E100) in the
    stream; a bad line, entry or archive record of a batch, a RecordError (E101)."""
    from pathlib import Path

    from .corpus import BATCH_KINDS, read_file, read_stdin

    for path in paths:
        if path == "-":
            reader, origin = read_stdin(settings=settings), "<stdin>"
        else:
            file = Path(path)
            if not file.exists():
                yield InputError(f"{path}: no such file")
                continue
            if file.is_dir():
                yield InputError(f"{path}: is a directory, not a file")
                continue
            reader, origin = read_file(file, settings=settings), str(file)
        if (yield from _whole_input_errors(reader, origin)) in BATCH_KINDS:
            batches.append(path)


def _noting_origins(records: Iterator, origins: list[str | None]) -> Iterator:
    """The records, each one's origin ("article.txt", "batch.jsonl:3", "<stdin>") appended to ``origins`` as it
    passes, so that a report can be headed by its file's name (pipe keeps input order, one result a record)."""
    for record in records:
        origins.append(getattr(record, "origin", None))
        yield record


def _undated_days(report: Report) -> list[str]:
    """The time expressions of a report without a publication date that could not be placed on the calendar
    ("said on Tuesday", "yesterday"): what giving --published would have dated."""
    if report.document.published is not None:
        return []
    return list(dict.fromkeys(c.time.text for c in report.claims if c.time and c.time.text and c.time.start is None))


def _warn_undated(documents: int, days: list[str]) -> None:
    """One warning for the run, however many documents lacked a date."""
    shown = ", ".join(f"'{day}'" for day in days[:3]) + (", ..." if len(days) > 3 else "")
    _error(f"warning: {documents} document(s) have no publication date, so {shown} could not be dated and their "
           "events are grouped without dates; give --published YYYY-MM-DD (a page's, feed entry's or JSONL "
           "record's own date is used when it has one)")


def _whole_input_errors(reader: Iterator, origin: str):
    """The reader's items, an error of the whole input (named by the input's own origin, not by one of its lines,
    entries or records) as the InputError (E100) it is; returns what the reader returns (the kind it read)."""
    while True:
        try:
            item = next(reader)
        except StopIteration as stop:
            return stop.value
        if isinstance(item, RecordError) and item.origin == origin:
            item = InputError(item.message)
        yield item


def _count_records(paths: list[str]) -> int:
    """About how many documents the inputs hold (a progress bar's total): a batch file its documents, standard input
    and a file that cannot be read one each."""
    from .corpus import count_inputs

    return sum(count_inputs([path]) if path != "-" and not os.path.isdir(path) else 1 for path in paths)


def _progress(total: int | None, quiet: bool):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    enabled = not quiet and stderr.is_terminal and (total or 0) > 1
    return Progress(
        TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(), console=stderr, transient=True, disable=not enabled,
    )


def setting_option(name: str, *flags: str, **more):
    """The option of the setting ``name`` (``--max-bytes`` for max_bytes), with the default and help of
    its row in the settings table."""
    return typer.Option(DEFAULT_SETTINGS[name], "--" + name.replace("_", "-"), *flags, help=SETTINGS_HELP[name],
                        **more)


# Options several commands share, declared once (typer reads each as metadata).
PUBLISHED_OPTION = setting_option("published")
MAX_BYTES_OPTION = setting_option("max_bytes", min=1)
QUIET_OPTION = typer.Option(False, "--quiet", "-q", help="No progress bar.")
ACTORS_OPTION = setting_option("actors")
GAZETTEER_OPTION = setting_option("gazetteer")
POLICY_OPTION = setting_option("policy")
DISCOUNT_PARTISAN_OPTION = setting_option("discount_partisan")
DB_OPTION = setting_option("db")
EXPLAIN_OPTION = typer.Option(False, "--explain", help="In the table, say which sentences each event joins and why, "
                              "and why each bound of each figure is what it is (JSON has it always, in each event's "
                              "why and each figure's notes).")
WIDTH_OPTION = typer.Option(None, "--width", min=60, help="The table's width in characters; sentences wrap within "
                            "it. Default: the terminal's, else $COLUMNS, else 160 when the output is piped.")


def _table_only(format: str, **given) -> None:
    """Options that shape only the table (``--explain``, ``--width``), given with another format, are refused
    rather than ignored."""
    for option, value in given.items():
        if value and format != "table":
            flag = "--" + option.replace("_", "-")
            raise typer.BadParameter(f"shapes only the table; --format {format} has no use for it",
                                     param_hint=f"'{flag}'")


def _extraction_settings(published: str | None, max_bytes: int, actors: list[str], gazetteer: str | None,
                         policy: str, discount_partisan: bool, **more) -> Settings:
    """The Settings the shared options give (``extract``, ``ingest``)."""
    return Settings(published=_parse_day(published, "--published"), max_bytes=max_bytes, actors=tuple(actors),
                    gazetteer=gazetteer, policy=policy, discount_partisan=discount_partisan, **more)


@app.command()
def extract(
    files: list[str] = typer.Argument(..., help="Files, or - for standard input, each read by its kind as ingest "
                             "reads it: text, a JSONL batch (one document a line), an HTML page, an RSS/Atom feed, a "
                             "WARC archive (a file by its name, else by its first bytes)."),
    published: str | None = PUBLISHED_OPTION,
    format: Format = typer.Option(Format.table, "--format", "-f", help="table (for people), json, jsonl (one line per "
                                  "document), acled or ucdp (one row per event), csv (one row per claim), geojson."),
    max_bytes: int = MAX_BYTES_OPTION,
    quiet: bool = QUIET_OPTION,
    actors: list[str] = ACTORS_OPTION,
    gazetteer: str | None = GAZETTEER_OPTION,
    policy: str = POLICY_OPTION,
    discount_partisan: bool = DISCOUNT_PARTISAN_OPTION,
    explain: bool = EXPLAIN_OPTION,
    link: bool = typer.Option(False, "--link", help="Link the documents' events that report the same happening and "
                              "print the linked events after the documents: --format table or json only."),
    width: int | None = WIDTH_OPTION,
) -> int:
    """Print every figure in the inputs as a claim (interval, source, time, place) under its event."""
    _table_only(format.value, explain=explain, width=width)
    if link and format not in (Format.table, Format.json):
        raise typer.BadParameter(f"prints the linked events as a table or as json, not as {format.value}",
                                 param_hint="'--link'")
    settings = _extraction_settings(published, max_bytes, actors, gazetteer, policy, discount_partisan)
    load_rules(settings.actors)  # a bad actors file or rule table stops the run before any input is read
    _ready_gazetteer(settings, quiet)
    failures: list[str] = []
    reports: list[Report] = []
    batches: list[str] = []  # inputs of a batch kind (JSONL, a feed, an archive), told as they are read
    origins: list[str | None] = []  # each record's origin, in input order (pipe gives one result per record)
    names: dict[str, str] = {}  # document id -> the name the table heads it with (for the linked events)
    undated: dict[str, None] = {}  # the days that could not be placed for want of a publication date, in order
    total = _count_records(files) if not quiet and stderr.is_terminal else None  # the bar's total, only for a bar
    done = undated_documents = 0
    started = time.monotonic()
    with _progress(total, quiet) as progress:
        task = progress.add_task("extract", total=total, rate="")
        for result in pipe(_noting_origins(_records(files, settings, batches), origins), settings=settings):
            origin = origins.pop(0)
            progress.update(task, advance=1, rate=f"{(done + 1) / max(time.monotonic() - started, 1e-6):.1f} docs/s")
            if isinstance(result, Failure):
                failures.append(result.error.message)
                _error(str(result.error))
                continue
            done += 1
            days = _undated_days(result)
            undated.update(dict.fromkeys(days))
            undated_documents += bool(days)
            if format is Format.jsonl:
                stdout.file.write(result.model_dump_json(by_alias=True) + "\n")
                stdout.file.flush()
            elif format is Format.table:
                _print_table(result, explain=explain, width=width, origin=origin)
                names[result.document.id] = _document_name(result, origin)
                if link:
                    reports.append(result)
            else:
                reports.append(result)
    # One text or page gives one object; several inputs, or a batch (JSONL, a feed, an archive), an array
    # (whatever fails).
    as_array = len(files) > 1 or bool(batches)
    if link:
        from .stages.link import link_events

        linked = link_events(reports, settings=settings)
        if format is Format.table:
            _print_linked(linked, explain=explain, width=width, names=names)
        else:
            payload = [json.loads(e.model_dump_json()) for e in linked]
            stdout.file.write(json.dumps({"linked_events": payload}, indent=2, ensure_ascii=False) + "\n")
    elif format in _LAYOUTS:
        from .export import WRITERS

        WRITERS[format.value](reports, stdout.file)
    elif format is Format.json and (reports or as_array):
        if as_array:
            payload = [json.loads(r.model_dump_json(by_alias=True)) for r in reports]
            stdout.file.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        else:
            stdout.file.write(reports[0].to_json() + "\n")
    if undated:
        _warn_undated(undated_documents, list(undated))
    if failures and not done:
        return EXIT_FAILED
    if failures:
        _error(f"{done} document(s) processed, {len(failures)} failed")
        return EXIT_PARTIAL
    return EXIT_OK


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, directories (read recursively), globs ('feeds/**/*.xml'), or - "
                                      "for standard input: text, .jsonl, HTML pages, RSS/Atom feeds, WARC archives."),
    db: str = DB_OPTION,
    workers: int | None = setting_option("workers", min=1),
    scheduler: str | None = setting_option("scheduler"),
    lost_workers_timeout: float = setting_option("lost_workers_timeout", min=0),
    published: str | None = PUBLISHED_OPTION,
    max_bytes: int = MAX_BYTES_OPTION,
    quiet: bool = QUIET_OPTION,
    actors: list[str] = ACTORS_OPTION,
    gazetteer: str | None = GAZETTEER_OPTION,
    policy: str = POLICY_OPTION,
    discount_partisan: bool = DISCOUNT_PARTISAN_OPTION,
) -> int:
    """Extract from a corpus into the store: each document once, new reports linked to the events already known.
    Run the same command again to resume an interrupted run."""
    from .batch import Tally, ingest as ingest_records, runner
    from .corpus import read_inputs
    from .store import Store

    if workers is not None and scheduler is not None:
        raise typer.BadParameter("give --workers or --scheduler, not both", param_hint="'--workers'")
    settings = _extraction_settings(published, max_bytes, actors, gazetteer, policy, discount_partisan, db=db)
    load_rules(settings.actors)  # a bad actors file stops the run before anything is read
    store = Store.open(settings.db)  # a store that cannot be opened stops the run before anything is read
    tally = Tally()
    try:
        _ready_gazetteer(settings, quiet)
        started = time.monotonic()
        with (runner(settings, workers=workers, scheduler=scheduler, lost_workers_timeout=lost_workers_timeout) as run,
              _ingest_progress(quiet) as progress):
            task = progress.add_task("ingest", total=None, rate="")
            if not progress.disable:
                _count_in_background(paths, lambda total: progress.update(task, total=total))
            for outcome in ingest_records(read_inputs(paths, settings), store=store, run=run, settings=settings):
                tally.count(outcome)
                if outcome.error is not None:
                    _error(str(outcome.error))
                rate = tally.documents / max(time.monotonic() - started, 1e-6)
                progress.update(task, advance=1, rate=f"{rate:.1f} docs/s")
    except KeyboardInterrupt:
        _ingest_summary(tally)
        _error("interrupted; what was stored is kept: run the same command again to resume")
        return 130
    finally:
        store.close()
    _ingest_summary(tally)
    if tally.failed and not (tally.new or tally.known):
        return EXIT_FAILED
    return EXIT_PARTIAL if tally.failed else EXIT_OK


def _ingest_progress(quiet: bool):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(), console=stderr, transient=True, disable=quiet or not stderr.is_terminal,
    )


def _count_in_background(paths: list[str], done) -> None:
    """Count the inputs' documents for the bar's total while the run goes on."""
    import threading

    from .corpus import count_inputs

    def count():
        try:
            done(count_inputs(paths))
        except Exception:  # only an estimate: the bar then runs without a total, and the reader names what fails
            pass

    threading.Thread(target=count, daemon=True, name="fogcount-count").start()


def _ingest_summary(tally) -> None:
    stdout.file.write(f"documents: {tally.new} new, {tally.known} already known, {tally.failed} failed; "
                      f"events: {tally.events_new} new, {tally.events_updated} updated\n")
    stdout.file.flush()


def _build_progress(quiet: bool):
    """A progress bar for building the place index on first use (some minutes)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("building the place index"), BarColumn(), MofNCompleteColumn(),
                    TimeRemainingColumn(), console=stderr, transient=True, disable=quiet or not stderr.is_terminal)


def _ready_gazetteer(settings: Settings, quiet: bool) -> None:
    """Open (building on first use, with a progress bar) the place index before reading input."""
    with _build_progress(quiet) as progress:
        task = progress.add_task("build", total=None)
        open_gazetteer(settings, progress=lambda done, total: progress.update(task, completed=done, total=total))


gazetteer_app = typer.Typer(help="The offline place index: build it, add GeoNames dumps, describe it.",
                            no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


def _index_path(path: str | None):
    from pathlib import Path

    from .gazetteer import default_path

    return Path(path) if path else default_path()


@gazetteer_app.command("build")
def gazetteer_build(
    path: str | None = GAZETTEER_OPTION,
    quiet: bool = QUIET_OPTION,
) -> int:
    """Build (or rebuild) the place index from GeoNames cities500, offline."""
    from .gazetteer import GazetteerError, build

    target = _index_path(path)
    started = time.monotonic()
    with _build_progress(quiet) as progress:
        task = progress.add_task("build", total=None)
        try:
            build(target, progress=lambda done, total: progress.update(task, completed=done, total=total))
        except (GazetteerError, OSError) as exc:
            raise GazetteerFailure(f"{target}: {exc}") from None
    stdout.file.write(f"built in {_duration(time.monotonic() - started)}; {_index_size(target)}\n")
    return EXIT_OK


@gazetteer_app.command("import")
def gazetteer_import(
    files: list[str] = typer.Argument(..., help="GeoNames dumps or folders of them: country files (IQ.zip, IQ.txt), "
                                                 "allCountries.zip, cities1000.zip, admin1CodesASCII.txt."),
    path: str | None = GAZETTEER_OPTION,
    quiet: bool = QUIET_OPTION,
) -> int:
    """Add GeoNames dumps (villages, neighbourhoods, districts, rivers...) to the place index; rerunning replaces, never doubles."""
    from .gazetteer import GazetteerError, dump_files, import_dumps

    target = _index_path(path)
    try:
        sources = dump_files(files)
    except GazetteerError as exc:
        raise InputError(str(exc)) from None
    open_gazetteer(Settings(gazetteer=str(target)))  # builds the base index first where missing
    numbers = {source: number for number, source in enumerate(sources, 1)}
    failed: list = []
    started = time.monotonic()
    with _import_progress(quiet) as progress:
        task = progress.add_task("import", total=None, file="")

        def advance(source, done, total):
            label = f"{source.name} ({numbers[source]}/{len(sources)})" if len(sources) > 1 else source.name
            if done == 0 and not quiet and not stderr.is_terminal:
                stderr.print(Text(f"importing {label}"), markup=False)
            progress.update(task, completed=done, total=total, file=label)

        def report(source, count, error):
            if error is not None:
                _error(str(GazetteerFailure(f"{source}: {error}")))
                failed.append(source)
                return
            malformed = f", {count.malformed:,} malformed lines skipped" if count.malformed else ""
            line = f"{source}: {int(count):,} places ({count.new_places:,} new), {count.names:,} names{malformed}"
            if progress.disable:
                stdout.file.write(line + "\n")
            else:  # above the bar, which stays at the bottom
                progress.console.print(Text(line), markup=False, soft_wrap=True)

        counts = import_dumps(target, sources, progress=advance, on_file=report)
    forget_gazetteers()
    if counts:
        places, new, names = sum(map(int, counts)), sum(c.new_places for c in counts), sum(c.names for c in counts)
        countries = set().union(*(c.countries for c in counts))
        stdout.file.write(f"added {places:,} places ({new:,} new), {names:,} names, {len(countries)} "
                          f"{'country' if len(countries) == 1 else 'countries'} from {len(counts)} "
                          f"{'file' if len(counts) == 1 else 'files'} in {_duration(time.monotonic() - started)}; "
                          f"{_index_size(target)}\n")
    if failed:
        return EXIT_FAILED if len(failed) == len(sources) else EXIT_PARTIAL
    return EXIT_OK


def _import_progress(quiet: bool):
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("importing {task.fields[file]}"), BarColumn(), DownloadColumn(),
                    TimeRemainingColumn(), console=stderr, transient=True, disable=quiet or not stderr.is_terminal)


def _duration(seconds: float) -> str:
    """A duration as people read it: "8.4 s", "3 min 12 s"."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s"


def _index_size(target) -> str:
    """The index's file and size, the one way fogcount states it: "the index PATH is 74 MB"."""
    return f"the index {target} is {target.stat().st_size / 1e6:,.0f} MB"


@gazetteer_app.command("describe")
def gazetteer_describe(path: str | None = GAZETTEER_OPTION) -> int:
    """Say what the place index holds: its size, when and from what it was built, its places, names, countries, imports."""
    from .gazetteer import Gazetteer, GazetteerError

    target = _index_path(path)
    try:
        with Gazetteer.open(target, build_if_missing=False) as gaz:
            summary = gaz.describe()
    except GazetteerError as exc:
        raise GazetteerFailure(f"{target}: {exc}") from None
    built = summary["built_at"] + (f" in {_duration(summary['build_seconds'])}" if summary["build_seconds"] else "")
    lines = [
        f"{_index_size(target)} (index version {summary['index_version']})",
        f"built {built} from {summary['source']}",
        f"{summary['places']:,} places, {summary['names']:,} names, {summary['countries']} countries",
    ]
    for file, rows, malformed, at in summary["imports"]:
        lines.append(f"imported {file}: {rows:,} places" + (f", {malformed:,} malformed lines" if malformed else "")
                     + f" ({at})")
    stdout.file.write("\n".join(lines) + "\n")
    return EXIT_OK


@app.command()
def demo(
    format: Format = typer.Option(Format.table, "--format", "-f", help="table (for people), json, jsonl (one line), "
                                  "acled or ucdp (one row per event), csv (one row per claim), geojson."),
    db: str | None = typer.Option(None, "--db", help="Also keep the example in this store, to see it with "
                                  "`fogcount serve --db PATH`."),
    explain: bool = EXPLAIN_OPTION,
    width: int | None = WIDTH_OPTION,
) -> int:
    """Run on the example article shipped with fogcount (written for it; the events are invented)."""
    from .pipeline import extract_state

    _table_only(format.value, explain=explain, width=width)
    text = resources.files("fogcount.data").joinpath("example.txt").read_text("utf-8")
    state = extract_state(text, published=DEMO_PUBLISHED, id="fogcount-example", title=text.splitlines()[0])
    report = state.report
    if db is not None:
        from .store import Store

        with Store.open(db) as store:
            store.add(report, text=state.text)
    if format is Format.table:
        out, command = _table_console(width), _own_command()
        out.print(Text(f"The example article, read as `{command} extract --published {DEMO_PUBLISHED}` reads it:",
                       style="bold"))
        _print_table(report, explain=explain, width=width, origin="example.txt")
        out.print(Text(f"{len(report.claims)} claims, {len(report.skipped)} numbers skipped as not counts. "
                       f"On your own text: {command} extract --published YYYY-MM-DD FILE"))
        if db is not None:
            out.print(Text(f"The example is in the store {db}. To see its events in the browser, run\n"
                           f"  {command} serve --db {db}\nand open http://127.0.0.1:8000/events"))
    elif format in _LAYOUTS:
        from .export import WRITERS

        WRITERS[format.value]([report], stdout.file)
    else:
        stdout.file.write(report.model_dump_json(by_alias=True, indent=2 if format is Format.json else None) + "\n")
    return EXIT_OK


def _own_command() -> str:
    """How to run this fogcount again from here, as a line to copy: ``fogcount`` when that name on PATH is this
    one; else the path it was started by (``.venv/bin/fogcount`` after ``make demo``, which does not put the
    virtualenv on PATH); else, when started as ``python -m fogcount``, that (with this interpreter's path)."""
    started = sys.argv[0] if sys.argv else ""
    if os.path.basename(started) == "fogcount":
        on_path = shutil.which("fogcount")
        if on_path and os.path.realpath(on_path) == os.path.realpath(shutil.which(started) or started):
            return "fogcount"
        return _shown_path(started)
    return f"{_shown_path(sys.executable)} -m fogcount"


def _shown_path(path: str) -> str:
    """``path`` relative to the working directory when it lies under it (``.venv/bin/fogcount``), else as is."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    return relative if not relative.startswith("..") else absolute


class EventsFormat(str, enum.Enum):
    table = "table"
    json = "json"
    acled = "acled"
    ucdp = "ucdp"
    geojson = "geojson"


def _parse_day(value: str | None, option: str) -> dt.date | None:
    """A day given as YYYY-MM-DD (fogcount.filters.day_of: one that does not exist, 2016-02-30, is told apart
    from a value that is not a date); a bad one is a usage error."""
    if value is None:
        return None
    try:
        return day_of(value, option=option)
    except SettingsError as exc:
        raise typer.BadParameter(exc.message.removeprefix(f"{option}: "), param_hint=f"'{option}'") from None


@app.command()
def events(
    db: str = DB_OPTION,
    since: str | None = typer.Option(None, "--since", help="Only events on or after this day (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Only events on or before this day (YYYY-MM-DD)."),
    country: str | None = typer.Option(None, "--country", help="Only events placed in this country: its name or "
                                       "ISO 3166 code (Syria, SY, SYR); an unknown one is refused."),
    event_type: str | None = typer.Option(None, "--type", help="Only events of this ACLED event type, any case: "
                                          "Battles, Explosions/Remote violence (or Explosions), Violence against "
                                          "civilians, Protests, Riots, Strategic developments."),
    format: EventsFormat = typer.Option(EventsFormat.table, "--format", "-f", help="table (for people), json (the "
                                        "events and their claims), acled or ucdp (one row per event), geojson."),
    explain: bool = EXPLAIN_OPTION,
    width: int | None = WIDTH_OPTION,
) -> int:
    """Print the store's events, each linked across the documents that report it, with figures over all their claims."""
    from .store import Store
    from .store.export import write_events

    _table_only(format.value, explain=explain, width=width)
    first, last = _parse_day(since, "--since"), _parse_day(until, "--until")
    if first and last and first > last:
        raise typer.BadParameter(f"{since} is after --until {until}: no day is in that span", param_hint="'--since'")
    kind = event_type_of(event_type, option="--type") if event_type is not None else None
    store = Store.open(db, create=False)
    try:
        place = (country_of(country, option="--country", present=lambda: store.facets()["countries"])
                 if country is not None else None)
        found = store.events(since=first, until=last, country=place, event_type=kind)
        if format is EventsFormat.table:
            _print_stored(store, found, explain=explain, width=width)
        else:
            write_events(store, found, stdout.file, format.value)
    finally:
        store.close()
    return EXIT_OK


@app.command()
def serve(
    db: str = DB_OPTION,
    host: str = setting_option("host"),
    port: int = setting_option("port", min=1, max=65535),
    allow_writes: bool = setting_option("allow_writes"),
    token: str | None = setting_option("token", envvar="FOGCOUNT_TOKEN", show_envvar=True),
    tile_url: str | None = setting_option("tile_url"),
    max_body: int | None = setting_option("max_body", min=1),
    max_bytes: int = MAX_BYTES_OPTION,
    processes: int = typer.Option(1, "--workers", min=1, max=32, help="Server processes: each answers requests on "
                                  "its own (the machine's cores in parallel) and keeps its own pages."),
) -> int:
    """Serve the web page over a store: events (table, map, timeline), each event's figures and provenance,
    documents, a paste form (with --allow-writes) and the JSON API under /api. --max-bytes bounds a pasted or
    posted article (and, without --max-body, the request body that carries it)."""
    import socket

    import uvicorn

    from .store import Store
    from .web import create_app
    from .web.worker import OPTIONS_VARIABLE, app_options

    # The token only opens writes; FOGCOUNT_TOKEN left in the environment of a read-only server is no mistake.
    if not allow_writes and token is not None and token != os.environ.get("FOGCOUNT_TOKEN"):
        raise typer.BadParameter("is the token writes need; without --allow-writes nothing is written",
                                 param_hint="'--token'")

    if host not in ("127.0.0.1", "localhost", "::1"):
        _error(f"listening on {host}: anyone who can reach it can read the store")
    try:  # a busy port is one line, not uvicorn's log
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        raise SettingsError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    store = Store.open(db, create=allow_writes)
    try:
        options = {"allow_writes": allow_writes, "token": token, "tile_url": tile_url, "max_body": max_body,
                   "max_bytes": max_bytes}
        web = create_app(store, **app_options(**options))  # built also with --workers: its errors are this command's
        shown = f"[{host}]" if ":" in host else host
        stderr.print(Text(f"fogcount: serving {store.shown} at http://{shown}:{port}/ "
                          f"({'writes need the token' if allow_writes else 'read-only'}"
                          f"{f', {processes} processes' if processes > 1 else ''}); Ctrl-C stops"), markup=False)
        if processes == 1:
            uvicorn.run(web, host=host, port=port, log_level="warning", server_header=False)
        else:  # each process builds its app from the options this one checked (the environment: not argv)
            os.environ[OPTIONS_VARIABLE] = json.dumps({"db": db, **options})
            uvicorn.run("fogcount.web.worker:app", factory=True, workers=processes, host=host, port=port,
                        log_level="warning", server_header=False)
    finally:
        store.close()
    return EXIT_OK


@app.command()
def schema() -> int:
    """Print the JSON Schema of the output (one report per document)."""
    stdout.file.write(json.dumps(json_schema(), indent=2) + "\n")
    return EXIT_OK


@app.command()
def version() -> int:
    """Print fogcount's version."""
    stdout.file.write(f"fogcount {__version__}\n")
    return EXIT_OK


# ---------------------------------------------------------------- presentation


def _table_width(width: int | None) -> int:
    """--width, else the terminal's width, else $COLUMNS, else PIPED_WIDTH: piped output can be widened too."""
    if width:
        return width
    if stdout.is_terminal:
        return stdout.width
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) >= 40 else PIPED_WIDTH


def _table_console(width: int | None) -> Console:
    """Where the table is printed: standard output at the table's width."""
    wanted = _table_width(width)
    if stdout.is_terminal and wanted == stdout.width:
        return stdout
    return Console(file=stdout.file, width=wanted, highlight=False)


def _sentence(sentence: str, figure: str) -> Text:
    """The whole sentence (it wraps in its column), the figure in bold: enough to check the claim against."""
    sentence = " ".join(sentence.split())
    figure = " ".join(figure.split())
    text = Text(sentence)
    at = sentence.find(figure)
    if at >= 0:
        text.stylize("bold yellow", at, at + len(figure))
    return text


def _who(claim) -> str:
    """ "Gen. Hamed Al-Maliki via a Ministry of Defense video (military, Iraq, partisan)"."""
    source = claim.source
    if source is None:
        return "—"
    who = source.speaker
    if source.channel and source.channel.lower() != source.speaker.lower():
        who += f" via {source.channel}"
    facts = [source.kind if source.kind != "unknown" else None, source.affiliation,
             "partisan" if source.partisan else None]
    facts = [f for f in facts if f]
    return f"{who} ({', '.join(facts)})" if facts else who


def _where(place) -> str:
    """ "Saraqeb (Saraqib)": the article's spelling, the gazetteer's name beside it where it differs, the place it
    was placed in where the gazetteer lacks it ("Kafr Oweid (in Idlib)"): gazetteer.labels.place_label; then
    "not on the map" or "region" where they apply. A place described by another ("near Fallujah", "20 miles
    west of Fallujah") is its text, which names it."""
    if place is None:
        return "—"
    label = place_label(place)
    if place.lat is None:
        return f"{label} (not on the map)"
    return f"{label} (region)" if (place.precision or 1) >= 3 and not place.derived_from else label


def _event_heading(event) -> Text:
    """ "e1 · Battles / Armed clash · 2016-06-29 · Hassi (near Al Fallūjah) · Islamic State"."""
    when = event.date_start.isoformat() if event.date_start else "date unknown"
    if event.date_end and event.date_end != event.date_start:
        when += f" to {event.date_end.isoformat()}"
    parts = [event.id, " / ".join(x for x in (event.event_type, event.sub_event_type) if x) or "happening",
             when, _where(event.place)] + ([", ".join(event.actors)] if event.actors else [])
    return Text(" · ".join(parts), style="bold cyan")


def _figure_line(figure) -> str:
    bounds = " – ".join("?" if v is None else f"{v:,}" for v in (figure.low, figure.best, figure.high))
    sources = f"{figure.independent_sources} independent source{'s' if figure.independent_sources != 1 else ''}"
    return f"  {figure.category} ({figure.role}): low–best–high {bounds} · {sources} · {figure.policy}"


def _document_name(report: Report, origin: str | None) -> str:
    doc = report.document
    return doc.title or (doc.id if doc.id != doc.sha256 else None) or origin or doc.id[:16]


def _document_heading(report: Report, origin: str | None) -> Text:
    """The document as its reader knows it: its title, else its own id, else its file's name ("article.txt",
    "<stdin>"); the sha256 only when there is nothing else."""
    doc = report.document
    heading = Text(f"{_document_name(report, origin)}  ({len(report.events)} events, {len(report.claims)} claims)",
                   style="bold")
    if doc.published is not None:
        heading.append(f" · published {doc.published.isoformat()}", style="dim")
    return heading


def _undated_line(report: Report) -> Text | None:
    """What a missing publication date cost this document, said under its heading."""
    if report.document.published is not None:
        return None
    days = _undated_days(report)
    if not days:
        return Text("No publication date given; none was needed: no figure's day is relative to it.", style="dim")
    shown = ", ".join(f"'{day}'" for day in days[:3]) + (", ..." if len(days) > 3 else "")
    return Text(f"No publication date given: {shown} could not be dated, so these figures have no day and their "
                "events are grouped without one. Give --published YYYY-MM-DD.", style="yellow")


def _print_table(report: Report, *, explain: bool = False, width: int | None = None, origin: str | None = None) -> None:
    """Each event, its reconciled figures, then its claims, one row each."""
    out = _table_console(width)
    out.print(_document_heading(report, origin))
    note = _undated_line(report)
    if note is not None:
        out.print(note)
    by_id = {c.id: c for c in report.claims}
    grouped = [(e, [by_id[i] for i in e.claims if i in by_id]) for e in report.events]
    loose = [c for c in report.claims if c.event is None]
    if loose:
        grouped.append((None, loose))
    for event, claims in grouped:
        if event is not None:
            out.print(_event_heading(event))
            if explain:
                for line in event.why:
                    out.print(Text(f"    {line}", style="dim"))
            for figure in event.figures:
                out.print(Text(_figure_line(figure)))
                if explain:
                    for note in figure.notes:
                        out.print(Text(f"      {note}", style="dim"))
        if claims:
            out.print(_claims_table(claims, out.width))


def _link_lines(event) -> list[str]:
    """For --explain: which reports a linked event joins and why, one line each
    ("outlet-b e1 joins outlet-a:e1: same action (shooting), same day (2016-08-02), ...")."""
    lines = []
    if event.dated_by == "publication":
        lines.append("dated by its reports' publication: no text gives the day")
    for link in event.links:
        said = f" ({link.sentence[:80]}{'…' if len(link.sentence) > 80 else ''})" if link.sentence else ""
        if link.joins is None and not link.reasons:
            lines.append(f"{link.document} {link.event}: the first report{said}")
        else:
            lines.append(f"{link.document} {link.event} joins {link.joins or 'the event'}: "
                         f"{', '.join(link.reasons)}{said}")
    return lines


def _print_linked(events, *, explain: bool, width: int | None = None, names: dict[str, str] | None = None) -> None:
    """The linked events, each with the documents that report it, named as their tables are headed."""
    out = _table_console(width)
    out.print(Text(f"Linked events across documents ({len(events)})", style="bold"))
    for event in events:
        heading = _event_heading(event)
        heading.append(f" · {len(event.documents)} document{'s' if len(event.documents) != 1 else ''}")
        out.print(heading)
        out.print(Text("  " + "; ".join((names or {}).get(d, d) for d in event.documents), style="dim"))
        if explain:
            for line in _link_lines(event):
                out.print(Text(f"    {line}", style="dim"))
        for figure in event.figures:
            out.print(Text(_figure_line(figure)))
            if explain:
                for note in figure.notes:
                    out.print(Text(f"      {note}", style="dim"))


def _stored_name(store, document_id: str, named: dict[str, str]) -> str:
    """A stored document as people know it: "its title (its id)", the id alone where it has no title."""
    if document_id not in named:
        document = store.document(document_id)
        title = document.title if document is not None else None
        named[document_id] = f"{title} ({document_id})" if title else document_id
    return named[document_id]


def _print_stored(store, events, *, explain: bool, width: int | None = None) -> None:
    """Each stored event: heading, documents, figures, then its claims."""
    out = _table_console(width)
    out.print(Text(f"{len(events)} event{'s' if len(events) != 1 else ''} in {store.shown}", style="bold"))
    claims = store.claims_of([e.id for e in events])
    named: dict[str, str] = {}
    for event in events:
        out.print(_event_heading(event))
        # documents numbered, and each claim named by its document's number: a claim's own id is the document's
        # (a 64-character hash where it was given none) and its own, too wide for the table's first column
        numbers = {d: n for n, d in enumerate(event.documents, start=1)}
        out.print(Text(f"  {len(event.documents)} document{'s' if len(event.documents) != 1 else ''}: "
                       + "; ".join(f"[{numbers[d]}] {_stored_name(store, d, named)}" for d in event.documents),
                       style="dim"))
        if explain:
            for line in _link_lines(event):
                out.print(Text(f"    {line}", style="dim"))
        for figure in event.figures:
            out.print(Text(_figure_line(figure)))
            if explain:
                for note in figure.notes:
                    out.print(Text(f"      {note}", style="dim"))
        if claims.get(event.id):
            out.print(_claims_table(claims[event.id], out.width, label=lambda claim: _numbered(claim.id, numbers)))


def _numbered(claim_id: str, numbers: dict[str, int]) -> str:
    """A stored claim's id ("<document id>:c3") as the events table shows it: "[2] c3", its document's number."""
    document, _, own = claim_id.rpartition(":")
    return f"[{numbers[document]}] {own}" if document in numbers else claim_id


SENTENCE_MIN = 40  # the sentence column's least width: narrower, the other columns give way
SIDE_COLUMNS = {"what": 32, "who says so": 36, "when · where": 26}  # their widest


def _claims_table(claims, width: int, label=lambda claim: claim.id) -> Table:
    """One row a claim (``label``: its first column). The sentence is whole and wraps in the width the other
    columns leave it (at least SENTENCE_MIN: in a narrow table "what", "who says so" and "when · where" wrap
    first)."""
    rows = []
    for claim in claims:
        value = claim.value
        figure = Text(format_interval(value.low, value.high), style="bold")
        figure.append(f"\n{value.text}", style="dim")
        what = Text(claim.category, style="bold")
        details = [d for d in (claim.subject.text, claim.subject.role if claim.subject.role != "unknown" else None) if d]
        if details:
            what.append("\n" + " · ".join(details), style="dim")
        flags = [f for f in ("negated" if claim.negated else None, claim.hedge,
                             "incremental" if value.incremental else None,
                             "cumulative" if value.cumulative else None) if f]
        if flags:
            what.append("\n" + ", ".join(flags), style="italic")
        when = claim.time.text if claim.time and claim.time.text else "—"
        rows.append((Text(label(claim)), figure, what, Text(_who(claim)), Text(f"{when}\n{_where(claim.place)}"),
                     _sentence(claim.sentence, value.text)))
    widths = [max([_widest(row[i]) for row in rows] + [len(name)]) for i, name in enumerate(("#", "figure"))]
    side = {name: min(cap, max([_widest(row[2 + i]) for row in rows] + [len(name)]))
            for i, (name, cap) in enumerate(SIDE_COLUMNS.items())}
    padding = 2 * 6  # one space each side of each column
    room = width - padding - sum(widths) - SENTENCE_MIN
    if sum(side.values()) > room:  # too narrow: the side columns shrink in proportion, to 8 at least
        scale = max(room, 0) / sum(side.values())
        side = {name: max(8, int(w * scale)) for name, w in side.items()}
    table = Table(show_lines=True, box=None, width=width)
    table.add_column("#", style="dim", no_wrap=True, width=widths[0])
    table.add_column("figure", no_wrap=True, width=widths[1])
    for name, column_width in side.items():
        table.add_column(name, width=column_width, overflow="fold")
    sentence = max(SENTENCE_MIN, width - padding - sum(widths) - sum(side.values()))
    table.add_column("sentence", width=sentence, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def _widest(text: Text) -> int:
    return max(cell_len(line) for line in text.plain.split("\n"))

# ---------------------------------------------------------------- store: backups and moves

store_app = typer.Typer(help="The store's backups and moves: a safe copy of a SQLite store in use, documents "
                        "moved to another store.", no_args_is_help=True)
app.add_typer(store_app, name="store")


@store_app.command("backup")
def store_backup(
    out: str = typer.Argument(..., help="The new file to write the copy to (a SQLite store)."),
    db: str = DB_OPTION,
) -> int:
    """Copy a SQLite store to a new file, safely while others read and write it (SQLite's backup API: the
    database and its write-ahead log). A PostgreSQL store is backed up with pg_dump."""
    from .store import Store
    from .store.transfer import backup

    store = Store.open(db, create=False)
    try:
        written = backup(store, out)
    finally:
        store.close()
    stdout.file.write(f"backed up {store.shown} to {written}\n")
    return EXIT_OK


@store_app.command("copy")
def store_copy(
    to: str = typer.Option(..., "--to", help="The store to add the documents to (a path or URL, as --db)."),
    db: str = DB_OPTION,
    policy: str = POLICY_OPTION,
    discount_partisan: bool = DISCOUNT_PARTISAN_OPTION,
) -> int:
    """Add every document of the store at --db, with its text and claims, to the store at --to (SQLite or
    PostgreSQL, either way), oldest first; the events are linked again as they arrive. Run it again to resume."""
    from .store import Store
    from .store.transfer import copy

    Settings(policy=policy)  # a bad policy stops the run before anything is read
    source = Store.open(db, create=False)
    try:
        target = Store.open(to)
        try:
            added, known = copy(source, target, policy=policy, discount_partisan=discount_partisan)
        finally:
            target.close()
    finally:
        source.close()
    stdout.file.write(f"documents: {added} copied, {known} already there\n")
    return EXIT_OK


# ---------------------------------------------------------------- entry point


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; every error becomes one line on stderr and an exit status."""
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="fogcount", standalone_mode=False)
    except typer.Abort:
        _error("interrupted")
        return 130
    except typer.TyperException as exc:  # usage errors: unknown option, missing argument, bad value
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        ctx = getattr(exc, "ctx", None)
        hint = f" (see: fogcount {ctx.command.name} --help)" if ctx is not None and ctx.command else ""
        _error(f"usage: {message}{hint}")
        return EXIT_USAGE
    except FogcountError as exc:  # its exit status is its code's (errors.ERRORS): 2 for an option's value
        _error(str(exc))
        return row_of(exc).exit_status
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line, and the traceback on request
        if os.environ.get("FOGCOUNT_DEBUG"):
            raise
        _error(f"internal error: {type(exc).__name__}: {exc} (set FOGCOUNT_DEBUG=1 for the traceback)")
        return EXIT_INTERNAL
    return result if isinstance(result, int) else EXIT_OK


def run() -> None:
    sys.exit(main())
