"""GeoNames-format rows the places tests build their gazetteers from, and how they
read a report: ``conftest.py`` builds the indexes (fixtures ``settings`` and ``namesakes``)."""

from __future__ import annotations

import fogcount
from fogcount.gazetteer import build, read_geonames
from fogcount.settings import Settings

# GeoNames-format rows the project writes (coordinates as GeoNames gives them, rounded).
ROWS = [
    ("99454", "Al Fallūjah", "Al Fallujah", "Falluja,Fallujah", "33.34913", "43.78599", "P", "PPLA2", "IQ", "01", "190159"),
    ("98717", "Ramadi", "Ramadi", "Ar Ramadi", "33.42056", "43.30778", "P", "PPLA", "IQ", "01", "223500"),
    ("98182", "Baghdad", "Baghdad", "Bagdad", "33.34058", "44.40088", "P", "PPLC", "IQ", "07", "7216000"),
    ("250441", "Al Khālidīyah", "Al Khalidiyah", "Khalidiya", "32.179", "36.30326", "P", "PPL", "JO", "", "4000"),
    ("170063", "Aleppo", "Aleppo", "Halab", "36.20124", "37.16117", "P", "PPLA", "SY", "09", "2098210"),
    ("4140963", "Washington", "Washington", "Washington D.C.", "38.89511", "-77.03637", "P", "PPLC", "US", "DC", "689545"),
]


def _line(r):
    gid, name, ascii_, alts, lat, lon, fclass, fcode, cc, admin1, pop = r
    return "\t".join([gid, name, ascii_, alts, lat, lon, fclass, fcode, cc, "", admin1, "", "", "", pop, "", "50",
                      "Asia/Baghdad", "2024-01-01"])


def settings_with(rows_of_places, folder) -> Settings:
    """Settings whose gazetteer is built from these GeoNames-format rows."""
    rows = folder / "rows.txt"
    rows.write_text("\n".join(_line(r) for r in rows_of_places) + "\n", encoding="utf-8")
    path = folder / "gazetteer.sqlite"
    build(path, cities=list(read_geonames(rows)))
    return Settings(gazetteer=str(path))



def places_of(text: str, settings: Settings, published: str = "2016-06-30"):
    return fogcount.extract(text, published=published, settings=settings)


# Namesakes: towns of the same name in several countries, a division that is
# also a country, country words that are also towns, and counties.
NAMESAKE_ROWS = [
    ("2988507", "Paris", "Paris", "", "48.85341", "2.3488", "P", "PPLC", "FR", "11", "2138551"),
    ("4647963", "Paris", "Paris", "", "36.302", "-88.32671", "P", "PPLA2", "US", "TN", "10156"),
    ("4717560", "Paris", "Paris", "", "33.66094", "-95.55551", "P", "PPLA2", "US", "TX", "25171"),
    ("4684888", "Dallas", "Dallas", "", "32.78306", "-96.80667", "P", "PPLA2", "US", "TX", "1326087"),
    ("2169223", "Dallas", "Dallas", "", "-37.67", "144.93", "P", "PPL", "AU", "07", "6762"),
    ("4649018", "Puryear", "Puryear", "", "36.4448", "-88.3345", "P", "PPL", "US", "TN", "671"),
    ("4628829", "Henry County", "Henry County", "", "36.32", "-88.3", "A", "ADM2", "US", "TN", "0"),
    ("4259671", "Lebanon", "Lebanon", "", "40.04837", "-86.46917", "P", "PPLA2", "US", "IN", "15792"),
    ("4267336", "Zionsville", "Zionsville", "", "39.95087", "-86.26194", "P", "PPL", "US", "IN", "28000"),
    ("4254080", "Boone County", "Boone County", "", "40.05", "-86.47", "A", "ADM2", "US", "IN", "0"),
    ("276781", "Beirut", "Beirut", "Beyrouth", "33.89332", "35.50157", "P", "PPLC", "LB", "04", "1916100"),
    ("611717", "Tbilisi", "Tbilisi", "Tiflis", "41.69411", "44.83368", "P", "PPLC", "GE", "TB", "1049498"),
    ("4180439", "Atlanta", "Atlanta", "", "33.749", "-84.38798", "P", "PPLA", "US", "GA", "463878"),
    ("264371", "Athens", "Athens", "Athina", "37.98376", "23.72784", "P", "PPLC", "GR", "ESYE31", "664046"),
    ("4671654", "Athens", "Athens", "", "32.20487", "-95.85552", "P", "PPL", "US", "TX", "12710"),
    ("4696233", "Henderson County", "Henderson County", "", "32.21", "-95.85", "A", "ADM2", "US", "TX", "0"),
    ("2427123", "N'Djamena", "N'Djamena", "Ndjamena", "12.10672", "15.0444", "P", "PPLC", "TD", "13", "721081"),
    ("3530240", "Ciudad del Carmen", "Ciudad del Carmen", "", "18.64592", "-91.82991", "P", "PPLA2", "MX", "04", "169466"),
    ("1609350", "Don Mueang", "Don Mueang", "DMK", "13.9126", "100.6067", "P", "PPL", "TH", "40", "166000"),
    ("1712961", "Guihulngan", "Guihulngan", "", "10.11696", "123.27139", "P", "PPL", "PH", "07", "95969"),
    ("3998655", "León de los Aldama", "Leon de los Aldama", "", "21.12183", "-101.67331", "P", "PPLA2", "MX", "11", "1238962"),
    ("3998657", "León", "Leon", "", "12.43787", "-86.87804", "P", "PPLA", "NI", "07", "144538"),
    ("3687925", "Cali", "Cali", "Kali", "3.43722", "-76.5225", "P", "PPLA", "CO", "29", "2392877"),
    ("2361135", "Boundoré", "Boundore", "", "12.9", "0.95", "P", "PPL", "BF", "77", "3000"),
    ("79415", "Al Ḩudaydah", "Al Hudaydah", "Hodeida,Hodeidah", "14.79781", "42.95452", "P", "PPLA", "YE", "08", "734699"),
    ("70225", "Taiz", "Taiz", "Taez,Ta'izz", "13.57952", "44.02091", "P", "PPLA", "YE", "25", "615222"),
    ("109223", "Medina", "Medina", "Madinah,Madinat", "24.46861", "39.61417", "P", "PPLA", "SA", "05", "1300000"),
    ("415189", "Aden", "Aden", "", "12.77944", "45.03667", "P", "PPLA", "YE", "02", "550602"),
    ("2350841", "Auchi", "Auchi", "", "7.06709", "6.26376", "P", "PPL", "NG", "37", "42249"),
    ("53654", "Mogadishu", "Mogadishu", "Muqdisho", "2.03711", "45.34375", "P", "PPLC", "SO", "02", "2587183"),
    ("166365", "Al-Tabqa", "Al-Tabqa", "al Tabqa,Tabqa", "35.83727", "38.54811", "P", "PPL", "SY", "04", "69425"),
    ("163915", "Ar Raqqah", "Ar Raqqah", "Ar-Raqqa,Raqqa", "35.95283", "39.00788", "P", "PPLA", "SY", "04", "177636"),
    ("4013708", "Celaya", "Celaya", "", "20.52353", "-100.8157", "P", "PPLA2", "MX", "11", "340387"),
    ("4012176", "Camargo", "Camargo", "", "27.69075", "-105.17267", "P", "PPLA2", "MX", "06", "40221"),
    ("1138958", "Kabul", "Kabul", "", "34.52813", "69.17233", "P", "PPLC", "AF", "13", "3043532"),
    ("1141269", "Ghazni", "Ghazni", "", "33.55391", "68.42096", "P", "PPLA", "AF", "08", "143379"),
    ("1138336", "Kandahār", "Kandahar", "Kandahar", "31.61332", "65.71013", "P", "PPLA", "AF", "23", "391190"),
    ("1127768", "Spīn Bōldak", "Spin Boldak", "Spin Boldak", "31.00575", "66.40003", "P", "PPL", "AF", "23", "14000"),
    ("1206295", "Helmand", "Helmand", "", "31.2", "64.1", "A", "ADM1", "AF", "10", "0"),
    ("1714733", "Nato", "Nato", "", "13.60389", "123.26", "P", "PPL", "PH", "05", "5000"),
    ("4691930", "Fort Worth", "Fort Worth", "", "32.72541", "-97.32085", "P", "PPLA2", "US", "TX", "918915"),
    ("2453866", "Mali", "Mali", "", "12.6", "-8.0", "P", "PPL", "ML", "08", "1000"),
    ("524901", "Moscow", "Moscow", "Moskva", "55.75222", "37.61556", "P", "PPLC", "RU", "48", "10381222"),
    # a state, a small town of its name in another state, and a town near that one
    ("5332921", "California", "California", "", "37.25022", "-119.75126", "A", "ADM1", "US", "CA", "37691912"),
    ("4350635", "California", "California", "", "38.3004", "-76.50746", "P", "PPL", "US", "MD", "11857"),
    ("4360287", "Lexington Park", "Lexington Park", "", "38.26679", "-76.45384", "P", "PPL", "US", "MD", "11626"),
    # a county, and a first-level division abroad that bears its name as an alternate one
    ("5024825", "Douglas County", "Douglas County", "", "45.93", "-95.45", "A", "ADM2", "US", "MN", "36000"),
    ("3042236", "Douglas", "Douglas", "Douglas County", "54.15", "-4.48", "A", "ADM1", "IM", "01", "26218"),
    # a town, and a first-level division abroad whose name without its article is the town's
    ("217831", "Beni", "Beni", "", "0.49113", "29.47306", "P", "PPL", "CD", "11", "140731"),
    ("3923172", "El Beni", "El Beni", "Beni", "-13.5", "-65.5", "A", "ADM1", "BO", "02", "294757"),
    # two towns of one name, each with a county of one name in reach: one in its county's state,
    # the bigger one 77 km from the other state's county
    ("4263681", "Richmond", "Richmond", "", "39.82894", "-84.89024", "P", "PPLA2", "US", "IN", "35854"),
    ("4305974", "Richmond", "Richmond", "", "37.74786", "-84.29465", "P", "PPLA2", "US", "KY", "33533"),
    ("4259418", "Madison County", "Madison County", "", "40.117", "-85.7226", "A", "ADM2", "US", "IN", "0"),
    ("4297997", "Madison County", "Madison County", "", "37.6583", "-84.2955", "A", "ADM2", "US", "KY", "0"),
    # a canton, and a town abroad of its name; a department, and the town named as it with a word added
    ("2658226", "Uri", "Uri", "", "46.80434", "8.66522", "A", "ADM1", "CH", "UR", "34462"),
    ("1254151", "Uri", "Uri", "", "34.086", "74.032", "P", "PPL", "IN", "12", "9366"),
    ("3613321", "Copán", "Copan", "", "14.875", "-88.93334", "A", "ADM1", "HN", "05", "217446"),
    ("3614021", "Copán Ruinas", "Copan Ruinas", "Copan", "14.83936", "-89.15583", "P", "PPL", "HN", "05", "6336"),
    # a district near a capital, and a village far off that bears the district's name as an alternate one
    # (ids of the 9xxxxx range: free; the capital near it is the Sanaa row below)
    ("900501", "Bilad Ar Rus", "Bilad Ar Rus", "", "15.02705", "44.25886", "A", "ADM2", "YE", "26", "0"),
    ("79001", "Al ar Rus", "Al ar Rus", "Bilad al-Rus", "16.73504", "43.68322", "P", "PPL", "YE", "08", "0"),
    # a name whose halves a hyphen and a Persian particle join
    ("1133453", "Mazār-e Sharīf", "Mazar-e Sharif", "Mazar-i-Sharif", "36.70904", "67.11087", "P", "PPLA", "AF", "30",
     "458151"),
    # a district (invented name) and a bigger town of its name in another province, far off
    ("900201", "Qalat Murgha", "Qalat Murgha", "", "31.9", "64.4", "A", "ADM2", "AF", "10", "0"),
    ("900202", "Qalat Murgha", "Qalat Murgha", "", "34.9", "69.9", "P", "PPL", "AF", "13", "20000"),
    # a town (invented name) of Nicaragua that bears the country's name as an alternate one, and a
    # town of that name abroad (invented)
    ("900301", "Rivasita", "Rivasita", "Nicaragua", "11.44", "-85.83", "P", "PPLA", "NI", "10", "30000"),
    ("900302", "Nicaragua", "Nicaragua", "", "9.1", "-75.2", "P", "PPL", "CO", "12", "900"),
    ("900303", "Masayita", "Masayita", "", "11.97", "-86.09", "P", "PPLA", "NI", "11", "150000"),
    # a town the vocabulary uses for its country's people, and a first-level division abroad of its name
    ("281133", "Gaza", "Gaza", "Ghazzah", "31.50161", "34.46672", "P", "PPLA", "PS", "GZ", "410000"),
    ("1045110", "Gaza", "Gaza", "", "-23.67", "32.77", "A", "ADM1", "MZ", "02", "384964"),
    # a village abroad that bears a demonym, and a town known by an alternate spelling
    ("900401", "Yemeni", "Yemeni", "", "38.1", "41.2", "P", "PPL", "TR", "21", "0"),
    ("79415", "Al Ḩudaydah", "Al Hudaydah", "Hodeida,Hodeidah", "14.79781", "42.95452", "P", "PPLA", "YE", "08",
     "734699"),
    # a town of Peru and a smaller one of Honduras of one name
    ("3691175", "Trujillo", "Trujillo", "", "-8.11599", "-79.02998", "P", "PPLA", "PE", "13", "747450"),
    ("3600195", "Trujillo", "Trujillo", "", "15.91667", "-85.95417", "P", "PPLA", "HN", "02", "9646"),
    # a capital the model leaves untagged after "the capital"
    ("71137", "Sanaa", "Sanaa", "Sana'a", "15.35472", "44.20667", "P", "PPLC", "YE", "26", "1937451"),
]


def place_named(report, text):
    return next(p for p in report.places if p.text == text)


# Villages of one name in several provinces and districts, a district as GeoNames
# has it (a point), and a village the text spells otherwise ("Kafr Nabl"). The
# villages' names are invented, except Kafranbel; the towns are GeoNames'.
VILLAGE_ROWS = [
    ("170063", "Aleppo", "Aleppo", "Halab", "36.20124", "37.16117", "P", "PPLA", "SY", "09", "2098210"),
    ("169388", "Idlib", "Idlib", "Idleb", "35.93062", "36.63393", "P", "PPLA", "SY", "12", "128840"),
    ("900101", "Tall Harun", "Tall Harun", "Tell Harun", "36.41", "37.31", "P", "PPL", "SY", "09", "200000"),
    ("900102", "Tall Harun", "Tall Harun", "Tell Harun", "35.81", "36.71", "P", "PPL", "SY", "12", "200"),
    ("900103", "Dar Salim", "Dar Salim", "", "35.50", "36.90", "P", "PPL", "SY", "12", "3000"),
    ("900104", "Dar Salim", "Dar Salim", "", "35.93", "36.41", "P", "PPL", "SY", "12", "100"),
    ("900105", "Wadi Qarmun", "Wadi Qarmun", "", "35.90", "36.40", "A", "ADM2", "SY", "12", "0"),
    ("900106", "Dar Salim", "Dar Salim", "", "33.30", "44.10", "P", "PPL", "IQ", "07", "9000"),
    ("169113", "Kafranbel", "Kafranbel", "", "35.6135", "36.5617", "P", "PPL", "SY", "12", "0"),
    ("98182", "Baghdad", "Baghdad", "Bagdad", "33.34058", "44.40088", "P", "PPLC", "IQ", "07", "7216000"),
    ("900107", "Khirbat Nur", "Khirbat Nur", "", "35.70", "36.60", "P", "PPL", "SY", "12", "50"),
    # a town of a district's name beside the district's point; a big town abroad whose
    # consonants a Syrian village shares; two villages of one name in two oblasts
    ("900110", "Wadi Qarmun", "Wadi Qarmun", "", "35.93", "36.44", "P", "PPL", "SY", "12", "5000"),
    ("900111", "Qarmasa", "Qarmasa", "", "33.10", "44.60", "P", "PPL", "IQ", "07", "250000"),
    ("900115", "Qarmasa", "Qarmasa", "", "30.50", "31.20", "P", "PPL", "EG", "01", "800"),
    ("900112", "Qurmusa", "Qurmusa", "", "34.80", "38.90", "P", "PPL", "SY", "04", "300"),
    ("900113", "Zelenopil", "Zelenopil", "", "48.50", "35.10", "P", "PPL", "UA", "04", "900"),
    ("900114", "Zelenopil", "Zelenopil", "", "48.10", "37.70", "P", "PPL", "UA", "05", "300"),
    # a bigger Zelenopil in Donetsk oblast, far from the contact line; an invented district
    # whose name begins with a capitalised article
    ("900116", "Zelenopil", "Zelenopil", "", "48.90", "37.00", "P", "PPL", "UA", "05", "2000"),
    ("900117", "At Qarmun", "At Qarmun", "", "35.94", "36.42", "A", "ADM2", "SY", "12", "0"),
    # two towns a text may put a village by: one beyond a town's reach of Kafranbel, one beside it
    ("900120", "Tall Marun", "Tall Marun", "", "35.90", "37.10", "P", "PPL", "SY", "12", "20000"),
    ("900121", "Ain Qasr", "Ain Qasr", "", "35.65", "36.60", "P", "PPL", "SY", "12", "20000"),
    # a village 300 km off an LGA a text may put it in, and another LGA beside it
    ("900130", "Kofan Dalo", "Kofan Dalo", "", "12.00", "8.50", "P", "PPL", "NG", "21", "3000"),
    ("900131", "Wuradi", "Wuradi", "", "9.40", "9.80", "A", "ADM2", "NG", "49", "90000"),
    ("900132", "Gindiri Kasa", "Gindiri Kasa", "", "12.10", "8.60", "A", "ADM2", "NG", "21", "90000"),
    # a village 90 km from that LGA's point in its state, and a bigger namesake in another state
    ("900133", "Dutsen Mari", "Dutsen Mari", "", "12.90", "8.50", "P", "PPL", "NG", "21", "800"),
    ("900134", "Dutsen Mari", "Dutsen Mari", "", "9.50", "9.90", "P", "PPL", "NG", "49", "5000"),
    # a town that stands for its territory ("in X territory"), 70 km from that state's Dutsen Mari
    ("900160", "Ruvuma", "Ruvuma", "", "12.50", "8.00", "P", "PPL", "NG", "21", "80000"),
    # a mountain named like a district the index lacks, 111 km from a village's namesake in its state
    ("900170", "Gurara", "Gurara", "", "11.00", "4.20", "T", "MT", "NG", "40", "0"),
    # an LGA a text spells with other vowels ("Chukun Local Government"), and a town beside it
    ("900161", "Chikun", "Chikun", "", "10.30", "7.30", "A", "ADM2", "NG", "18", "300000"),
    ("900162", "Kujama", "Kujama", "", "10.35", "7.35", "P", "PPL", "NG", "18", "20000"),
    # a first-level division named like a country, and an invented village in it and in another state
    ("2328925", "Niger", "Niger", "Niger State", "10.00", "6.00", "A", "ADM1", "NG", "31", "3950249"),
    ("900150", "Tunga Dabo", "Tunga Dabo", "", "10.10", "6.20", "P", "PPL", "NG", "31", "300"),
    ("900151", "Tunga Dabo", "Tunga Dabo", "", "12.00", "4.20", "P", "PPL", "NG", "40", "900"),
    # two states, and a town named like one of them in it: no unit of that name in the other
    ("900180", "Kano", "Kano", "Kano State", "11.62", "8.48", "A", "ADM1", "NG", "29", "5000000"),
    ("900181", "Nasarawa", "Nasarawa", "Nasarawa State", "8.56", "8.11", "A", "ADM1", "NG", "56", "2000000"),
    ("900182", "Nasarawa", "Nasarawa", "", "8.54", "7.71", "P", "PPL", "NG", "56", "30000"),
    # an invented town 70 km from Kano's point that the index puts across the state's border
    ("900183", "Tudun Kaya", "Tudun Kaya", "", "11.00", "8.20", "P", "PPL", "NG", "18", "8000"),
    # a district and a village of its name 90 km off in the same governorate (no seat of it)
    ("900140", "Jabal Sim", "Jabal Sim", "", "35.20", "36.20", "A", "ADM2", "SY", "12", "60000"),
    ("900141", "Jabal Sim", "Jabal Sim", "", "35.95", "36.90", "P", "PPL", "SY", "12", "100"),
    # thirty bigger namesakes in another country: more than a look-up used to weigh
    *[(str(900200 + k), "Khirbat Nur", "Khirbat Nur", "", f"{30 + k * 0.1:.2f}", "31.0", "P", "PPL", "EG", "01",
       str(1000 + k)) for k in range(30)],
]
