"""A small GeoNames world written by hand, in the 19-column GeoNames format.

Coordinates and populations are those GeoNames gives for these places (rounded);
the village, the river row, the district and the "Imaginary" division are
invented for the tests.
"""

from __future__ import annotations


def row(gid, name, ascii_, alternates, lat, lon, fclass, fcode, cc, admin1, population=0, admin2=""):
    """One line of a GeoNames dump: 19 tab-separated columns."""
    cols = [
        str(gid), name, ascii_, ",".join(alternates), str(lat), str(lon), fclass, fcode, cc, "",
        admin1, admin2, "", "", str(population), "", "50", "Asia/Baghdad", "2024-01-01",
    ]
    assert len(cols) == 19
    return "\t".join(cols)


BASE_ROWS = [
    row(99454, "Al Fallūjah", "Al Fallujah", ["Al Fallujah", "Falluja", "Fallujah", "الفلوجة"],
        33.34913, 43.78599, "P", "PPLA2", "IQ", "01", 190159),
    row(98717, "Ramadi", "Ramadi", ["Ar Ramadi", "Ar Ramādī", "Ramadi"], 33.42056, 43.30778, "P", "PPLA", "IQ", "01", 223500),
    row(95788, "Hīt", "Hit", ["Heet", "Hit"], 33.64, 42.83, "P", "PPLA2", "IQ", "01", 31901),
    row(900001, "Al Jazīrah", "Al Jazirah", ["Jazira"], 33.45, 43.62, "P", "PPL", "IQ", "01", 0),
    row(98182, "Baghdad", "Baghdad", ["Bagdad", "Baghdad", "بغداد"], 33.34058, 44.40088, "P", "PPLC", "IQ", "07", 7216000),
    row(99072, "Mosul", "Mosul", ["Al Mawsil", "Mossoul", "Mosul"], 36.335, 43.11889, "P", "PPLA", "IQ", "15", 1683000),
    row(94787, "Kirkuk", "Kirkuk", ["Karkuk", "Kerkuk"], 35.46806, 44.39222, "P", "PPLA", "IQ", "13", 1031000),
    row(900004, "Qaryat al Ghubar", "Qaryat al Ghubar", [], 33.0, 44.0, "P", "PPL", "IQ", "99", 700),
    row(170063, "Aleppo", "Aleppo", ["Alep", "Halab"], 36.20124, 37.16117, "P", "PPLA", "SY", "09", 2098210),
    row(3450554, "Salvador", "Salvador", ["Sao Salvador da Bahia"], -12.97563, -38.49096, "P", "PPLA", "BR", "05", 2711840),
    row(3583361, "San Salvador", "San Salvador", [], 13.68935, -89.18718, "P", "PPLC", "SV", "10", 525990),
]

# A country file as GeoNames ships it: more feature classes, one place changed
# (Fallujah's population and names), the governorate's own ADM1 feature.
IMPORT_ROWS = [
    row(99454, "Al Fallūjah", "Al Fallujah", ["Falluja", "Fallujah", "Fallouja"],
        33.34913, 43.78599, "P", "PPLA2", "IQ", "01", 250000),
    row(900002, "Nahr al Furāt", "Nahr al Furat", ["Euphrates", "Euphrates River"], 33.43, 43.28, "H", "STM", "IQ", "00"),
    row(900003, "Qaḑā’ al Fallūjah", "Qada' al Fallujah", ["Fallujah District"], 33.3, 43.9, "A", "ADM2", "IQ", "01", admin2="0101"),
    row(99592, "Muḩāfaz̧at al Anbār", "Muhafazat al Anbar", ["Anbar Governorate"], 32.5, 41.9, "A", "ADM1", "IQ", "01", 1771656),
    row(900005, "Khān Bānī Sa‘d", "Khan Bani Sa'd", ["Khan Bani Saad"], 33.57, 44.54, "P", "PPL", "IQ", "10", 26000),
]
