"""Pin each stage's version beside the digest of what it assigns over the
project's own texts (stage_versions.json). Run it after bumping the VERSION of
a stage whose output you changed on purpose; it refuses to pin a changed
output under an unchanged version."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ as a package root, for stage_texts

from golden.stage_texts import stage_records  # noqa: E402

from fogcount.pipeline import STAGES, stage_digests  # noqa: E402

path = Path(__file__).with_name("stage_versions.json")
pinned = json.loads(path.read_text()) if path.exists() else {}
digests = stage_digests(stage_records())
refused = [s.name for s in STAGES if s.name in pinned and pinned[s.name]["version"] == s.version
           and pinned[s.name]["output"] != digests[s.name]]
if refused and "--force" not in sys.argv:
    sys.exit(f"output changed under the same version: {', '.join(refused)}; bump their VERSION first "
             "(or --force where the change is not the stage's, e.g. a new model, and say so in the commit)")
path.write_text(json.dumps({s.name: {"version": s.version, "output": digests[s.name]} for s in STAGES}, indent=1)
                + "\n")
print(f"pinned {len(STAGES)} stages in {path}")
