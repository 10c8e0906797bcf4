"""Rewrite example_claims.json from the current rules and model. Run it only
on purpose (a rule change you meant), then read the diff before committing."""

import json
from importlib import resources
from pathlib import Path

import fogcount

text = resources.files("fogcount.data").joinpath("example.txt").read_text("utf-8")
report = fogcount.extract(text, published="2018-06-14")
claims = [
    [c.category, c.value.text, c.value.low, c.value.high, c.subject.role, c.negated, c.part_of] for c in report.claims
]
path = Path(__file__).with_name("example_claims.json")
comment = json.loads(path.read_text())["_comment"] if path.exists() else ""
path.write_text(json.dumps({"_comment": comment, "claims": claims}, indent=1) + "\n")
print(f"wrote {len(claims)} claims to {path}")
