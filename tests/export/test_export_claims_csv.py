"""The claims CSV: one row per claim, every field flattened, read back."""

from __future__ import annotations

import io

from fogcount.export import CLAIMS_COLUMNS, read_claims_csv, write_claims_csv

BRIEF = (
    "document_id claim_id event category value_text low high qualifier vague incremental cumulative negated hedge "
    "subject_text subject_actor subject_role source_speaker source_kind source_affiliation source_channel "
    "source_chain source_origin source_partisan time_text time_start time_end time_precision place_text place_name "
    "place_lat place_lon place_precision place_country place_admin1 place_derived_from sentence span_start span_end"
).split()


def export(reports):
    out = io.StringIO()
    written = write_claims_csv(reports, out)
    return written, out.getvalue(), read_claims_csv(out.getvalue())


def test_one_row_per_claim_and_every_field_has_a_column(reports):
    written, text, rows = export(reports)
    assert written == len(rows) == sum(len(r.claims) for r in reports) == 13
    assert text.splitlines()[0].split(",") == [c.name for c in CLAIMS_COLUMNS]
    assert [c.name for c in CLAIMS_COLUMNS if c.name in BRIEF] == BRIEF


def test_an_attributed_claim(reports):
    row = export(reports)[2][0]
    assert (row["document_id"], row["claim_id"], row["event"], row["category"]) == ("doc-1", "c1", "e1", "people.killed")
    assert (row["value_text"], row["low"], row["high"], row["qualifier"]) == ("At least 250", "250", "", "at least")
    assert (row["vague"], row["incremental"], row["cumulative"], row["negated"], row["hedge"]) == (
        "false", "false", "false", "false", "")
    assert (row["subject_actor"], row["subject_role"]) == ("Islamic State", "combatant")
    assert (row["source_speaker"], row["source_kind"], row["source_channel"]) == ("U.S. officials", "government", "Reuters")
    assert (row["source_chain"], row["source_partisan"]) == ("U.S. officials > Reuters", "true")
    assert row["source_origin"] == "u.s. officials|united states"
    assert (row["time_text"], row["time_start"], row["time_end"], row["time_precision"]) == (
        "early Wednesday morning", "2016-06-29", "2016-06-29", "day")
    assert (row["place_name"], row["place_lat"], row["place_lon"], row["place_precision"]) == ("Al Hassi", "33.1", "43.7", "2")
    assert (row["place_country"], row["place_admin1"]) == ("IQ", "Anbar")
    assert (row["span_start"], row["span_end"]) == ("612", "624")


def test_unknowns_are_empty_cells(reports):
    rows = {(r["document_id"], r["claim_id"]): r for r in export(reports)[2]}
    own = rows[("doc-1", "c4")]  # on the article's own authority
    assert all(own[c] == "" for c in BRIEF if c.startswith("source_"))
    assert own["vague"] == "true" and rows[("doc-1", "c5")]["part_of"] == "c4"
    many = rows[("doc-1", "c8")]
    assert many["low"] == many["high"] == ""
    unplaced = rows[("doc-1", "c10")]
    assert all(unplaced[c] == "" for c in BRIEF if c.startswith(("place_", "time_"))) and unplaced["event"] == "e3"
    derived = rows[("doc-1", "c7")]
    assert derived["place_lat"] == "" and derived["place_derived_from"] == "Fallujah"
    assert rows[("doc-2", "c1")]["negated"] == "true" and rows[("doc-2", "c1")]["low"] == "0"


def test_sentences_with_commas_quotes_line_breaks_and_unicode_survive_utf8(reports):
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    write_claims_csv(reports, stream)
    stream.flush()
    rows = read_claims_csv(raw.getvalue().decode("utf-8"))
    assert [r["sentence"] for r in rows] == [c.sentence for r in reports for c in r.claims]
    assert any("«Tens»" in r["sentence"] for r in rows) and any("\n" in r["sentence"] for r in rows)
