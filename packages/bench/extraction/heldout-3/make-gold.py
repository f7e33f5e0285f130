# Writes gold.json from the hand annotation below (third held-out set; same helpers and format as
# ../heldout-2/make-gold.py). Run: python3 make-gold.py
import json, datetime as dt

import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_helpers import *  # noqa: F401,F403 (d, m, y, w, D, A, E, P, C, Q, UNRESOLVED)

articles = {}
articles["n01-karhutla-kalteng.txt"] = dict(
  outlet="Borneo Pos Harian", language="id", publishedAt="2025-08-11T14:00:00+07:00", timeZone=None, wire="Antara",
  dates=[D("Jumat (8/8/2025)", d("2025-08-08")), D("Selasa (12/8)", d("2025-08-12")), D("pada September", m("2025-09")),
    D("sejak Sabtu", d("2025-08-09"))],
  attributions=[A("Ahmad Toyib mengatakan", "named_person", "toyib"),
    A("Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "named_org", "bmkg"),
    A("Sejumlah warga di Jalan RTA Milono mengaku", "anonymous"), A("Sumber: Antara", "wire")],
  entities=[E("Ahmad Toyib", "toyib"), E("Badan Meteorologi, Klimatologi, dan Geofisika", "bmkg"), E("BMKG", "bmkg")],
  places=[P("Kalimantan Tengah"), P("Kabupaten Pulang Pisau"), P("Kabupaten Kapuas"), P("Palangka Raya"),
    P("Bandara Tjilik Riwut"), P("Jalan RTA Milono")],
  claims=[C("Kebakaran hutan dan lahan di Kalimantan Tengah meluas hingga 1.200 hektare", "other", d("2025-08-08"),
      ["Kalimantan Tengah", "Kabupaten Pulang Pisau", "Kabupaten Kapuas"], quantity={"amount": 1200, "unit": "hektare"}),
    C("Pemerintah Kota Palangka Raya meliburkan sekolah dasar", "other", d("2025-08-12"), "Palangka Raya",
      ["Pemerintah Kota Palangka Raya"], {"amount": 3, "unit": "hari"}),
    C("14 helikopter pengebom air telah dikerahkan dari Bandara Tjilik Riwut", "other", place="Bandara Tjilik Riwut",
      quantity={"amount": 14, "unit": "helikopter"}),
    C("hujan baru diperkirakan turun pada September", "other", m("2025-09")),
    C("Sejumlah warga di Jalan RTA Milono mengaku sesak napas sejak Sabtu", "other", d("2025-08-09"), "Jalan RTA Milono")],
  spam=[])
articles["n02-erupsi-lewotobi.txt"] = dict(
  outlet="Flores Terkini", language="id", publishedAt="2025-11-04T00:35:00+08:00", timeZone=None, wire="Antara", copyGroup="lewotobi",
  dates=[D("Senin (3/11/2025)", d("2025-11-03")), D("Rabu pagi", d("2025-11-05"))],
  attributions=[A("(ANTARA)", "wire"), A("Muhammad Wafid mengatakan", "named_person", "wafid"),
    A("Seorang petugas Pos Pengamatan Gunung Api Lewotobi yang enggan disebut namanya mengatakan", "anonymous")],
  entities=[E("Muhammad Wafid", "wafid"), E("Badan Geologi", "geologi")],
  places=[P("Larantuka"), P("Gunung Lewotobi Laki-laki"), P("Kabupaten Flores Timur"), P("Nusa Tenggara Timur"),
    P("Kecamatan Wulanggitang"), P("Kecamatan Ile Bura"), P("Desa Konga"), P("Pos Pengamatan Gunung Api Lewotobi"),
    P("Bandara Frans Seda"), P("Maumere")],
  claims=[C("Gunung Lewotobi Laki-laki di Kabupaten Flores Timur, Nusa Tenggara Timur, kembali meletus", "other", d("2025-11-03"),
      ["Gunung Lewotobi Laki-laki", "Kabupaten Flores Timur", "Nusa Tenggara Timur"], quantity={"amount": 8000, "unit": "meter"}, occ=0),
    C("Sekitar 4.000 warga dari Kecamatan Wulanggitang dan Kecamatan Ile Bura mengungsi ke posko di Desa Konga", "other",
      place=["Desa Konga", "Kecamatan Wulanggitang", "Kecamatan Ile Bura"], quantity={"amount": 4000, "unit": "warga"}),
    C("Bandara Frans Seda di Maumere ditutup hingga Rabu pagi", "other", d("2025-11-05"), ["Bandara Frans Seda", "Maumere"])],
  spam=[])
articles["n03-erupsi-lewotobi-salinan.txt"] = dict(
  outlet="Kabar Nusantara Timur", language="id", publishedAt="2025-11-04T08:10:00+08:00", timeZone=None, wire="Antara", copyGroup="lewotobi",
  dates=[D("Senin (3/11) malam", d("2025-11-03")), D("sejak semalam", d("2025-11-03")), D("Rabu pagi", d("2025-11-05"))],
  attributions=[A("Muhammad Wafid mengatakan", "named_person", "wafid"), A("Sumber: Antaranews", "wire")],
  entities=[E("Muhammad Wafid", "wafid"), E("Badan Geologi", "geologi")],
  places=[P("Gunung Lewotobi Laki-laki"), P("Lewotobi Laki-laki"), P("Flores Timur"), P("NTT"), P("Kecamatan Wulanggitang"),
    P("Kecamatan Ile Bura"), P("Desa Konga"), P("Bandara Frans Seda"), P("Maumere")],
  claims=[C("Gunung Lewotobi Laki-laki di Flores Timur, NTT, meletus", "other", d("2025-11-03"),
      ["Gunung Lewotobi Laki-laki", "Flores Timur", "NTT"], quantity={"amount": 8000, "unit": "meter"}),
    C("Sekitar 4.000 warga dari Kecamatan Wulanggitang dan Kecamatan Ile Bura mengungsi ke posko di Desa Konga sejak semalam", "other",
      d("2025-11-03"), ["Desa Konga", "Kecamatan Wulanggitang", "Kecamatan Ile Bura"], quantity={"amount": 4000, "unit": "warga"}),
    C("Bandara Frans Seda di Maumere ditutup hingga Rabu pagi", "other", d("2025-11-05"), ["Bandara Frans Seda", "Maumere"])],
  spam=[])
articles["n04-rapat-paripurna.txt"] = dict(
  outlet="Suara Parlemen", language="id", publishedAt="2025-03-21", timeZone="Asia/Jakarta", wire=None,
  dates=[D("kemarin", d("2025-03-20")), D("pekan depan", w("2025-03-24", "2025-03-31"))],
  attributions=[A("Puan Maharani mengatakan", "named_person", "puan"), A("Para mahasiswa menilai", "anonymous"),
    A("Koalisi Masyarakat Sipil untuk Reformasi Sektor Keamanan menyatakan", "named_org")],
  entities=[E("Dewan Perwakilan Rakyat", "dpr"), E("DPR", "dpr"), E("Puan Maharani", "puan"), E("Mahkamah Konstitusi", "mk")],
  places=[P("Kompleks Parlemen Senayan"), P("Jakarta"), P("Gedung DPR")],
  claims=[C("Dewan Perwakilan Rakyat (DPR) mengesahkan revisi Undang-Undang TNI", "other", d("2025-03-20"),
      ["Kompleks Parlemen Senayan", "Jakarta"], ["dpr"]),
    C("Ribuan mahasiswa berunjuk rasa di depan Gedung DPR", "other", place="Gedung DPR", quantity={"amount": 1000, "unit": "mahasiswa"}),
    C("Koalisi Masyarakat Sipil untuk Reformasi Sektor Keamanan menyatakan akan mengajukan uji materi", "other",
      w("2025-03-24", "2025-03-31"), participants=["Koalisi Masyarakat Sipil untuk Reformasi Sektor Keamanan", "mk"])],
  spam=[])
articles["n05-kapal-selat-bali.txt"] = dict(
  outlet="Bali Kini", language="id", publishedAt="2025-07-03T00:30:00+08:00", timeZone=None, wire=None,
  dates=[D("Rabu malam", d("2025-07-02")), D("hari ini", d("2025-07-03"))],
  attributions=[A("Menurut sejumlah saksi", "anonymous"), A("Seorang penumpang yang selamat mengatakan", "anonymous")],
  entities=[],
  places=[P("Selat Bali"), P("Pelabuhan Ketapang"), P("Banyuwangi"), P("Pelabuhan Gilimanuk")],
  claims=[C("KMP Tunu Pratama Jaya tenggelam di Selat Bali", "other", d("2025-07-02"), "Selat Bali",
      quantity={"amount": 53, "unit": "penumpang"}),
    C("Pencarian dilanjutkan hari ini", "other", d("2025-07-03"), quantity={"amount": 4, "unit": "kapal"})],
  spam=[{"text": "Mau cuan tiap hari?"}, {"text": "Gabung sekarang di togelmaxwin88 dan klaim bonus 100%"}])
articles["n06-bi-suku-bunga.txt"] = dict(
  outlet="Warta Ekonomi Harian", language="id", publishedAt="2025-01-15T15:30:00+07:00", timeZone=None, wire="Reuters",
  dates=[D("Rabu (15/1/2025)", d("2025-01-15")), D("tahun ini", y(2025)), D("pada 19 Februari", d("2025-02-19"))],
  attributions=[A("Perry Warjiyo mengatakan", "named_person", "perry"),
    A("Sebagian besar ekonom yang disurvei Reuters sebelumnya memperkirakan", "anonymous"), A("(Reuters)", "wire")],
  entities=[E("Bank Indonesia", "bi"), E("BI", "bi"), E("Perry Warjiyo", "perry")],
  places=[],
  claims=[C("Bank Indonesia (BI) menurunkan suku bunga acuan", "other", d("2025-01-15"), participants=["bi"],
      quantity={"amount": 5.75, "unit": "persen"}),
    C("Rapat berikutnya dijadwalkan pada 19 Februari", "meeting", d("2025-02-19"))],
  spam=[])
articles["n07-brics-rio.txt"] = dict(
  outlet="Atlantic Ledger", language="en", publishedAt="2025-07-06T22:10:00-03:00", timeZone=None, wire="AFP",
  dates=[D("on Sunday", d("2025-07-06")), D("next year", y(2026))],
  attributions=[A("(AFP)", "wire"), A("the bloc condemned", "named_org"), A("the Kremlin said", "named_org")],
  entities=[E("BRICS", "brics"), E("Xi Jinping", "xi"), E("Xi", "xi"), E("Luiz Inacio Lula da Silva", "lula"),
    E("Narendra Modi", "modi"), E("Li Qiang", "liqiang"), E("Vladimir Putin", "putin"), E("India", "india")],
  places=[P("RIO DE JANEIRO"), P("Rio de Janeiro"), P("Rio"), P("Museum of Modern Art"), P("Iran"), P("India")],
  claims=[C("Leaders of the BRICS group of emerging economies opened a two-day summit in Rio de Janeiro on Sunday", "meeting",
      d("2025-07-06"), "Rio de Janeiro", ["brics"]),
    C("Lula da Silva welcomed Indian Prime Minister Narendra Modi and Chinese Premier Li Qiang at the Museum of Modern Art", "meeting",
      place=["Museum of Modern Art", "Rio de Janeiro"], participants=["lula", "modi", "liqiang"]),
    C("the bloc condemned strikes on Iran", "statement", participants=["Iran"]),
    C("Vladimir Putin joined by video link", "meeting", participants=["putin"]),
    C("India will host the summit next year", "meeting", y(2026), participants=["india"])],
  spam=[])
articles["n08-delhi-heat.txt"] = dict(
  outlet="Capital Chronicle", language="en", publishedAt="2025-05-28T23:40:00+05:30", timeZone=None, wire="AFP",
  dates=[D("on Tuesday", d("2025-05-27")), D("this week", w("2025-05-26", "2025-06-02")), D("from Friday", d("2025-05-30"))],
  attributions=[A("the India Meteorological Department (IMD) said", "named_org", "imd"), A("state health officials said", "anonymous"),
    A("according to the city's electricity distributor", "named_org"), A("Residents in the Sangam Vihar neighbourhood said", "anonymous"),
    A("The weather office expects", "named_org"), A("— AFP", "wire")],
  entities=[E("India Meteorological Department", "imd"), E("IMD", "imd"), E("India", "india")],
  places=[P("NEW DELHI"), P("Delhi"), P("India", 0), P("Mungeshpur"), P("Rajasthan"), P("Sangam Vihar")],
  claims=[C("Temperatures in India's capital rose to 49.9 degrees Celsius on Tuesday", "other", d("2025-05-27"),
      ["Delhi", "New Delhi", "India"], quantity={"amount": 49.9, "unit": "degrees Celsius"}),
    C("The reading was taken at the Mungeshpur weather station in north-west Delhi", "other", place=["Mungeshpur", "Delhi"]),
    C("At least five people have died of heatstroke in Rajasthan this week", "other", w("2025-05-26", "2025-06-02"), "Rajasthan",
      quantity={"amount": 5, "unit": "deaths"}),
    C("Delhi's power demand hit a record of 8,302 megawatts", "other", place="Delhi", quantity={"amount": 8302, "unit": "megawatts"}),
    C("Residents in the Sangam Vihar neighbourhood said they had gone without piped water", "other", place="Sangam Vihar"),
    C("The weather office expects some relief from Friday", "other", d("2025-05-30"))],
  spam=[])
asean_lead = "Southeast Asian foreign ministers urged Myanmar's military government on Wednesday to extend a ceasefire"
asean_hasan = "Mohamad Hasan told reporters the bloc wanted elections planned for December to be inclusive"
articles["n09-asean-kl.txt"] = dict(
  outlet="Straits Report", language="en", publishedAt="2025-07-09T19:30:00+08:00", timeZone=None, wire="Reuters", copyGroup="asean-kl",
  dates=[D("July 9", d("2025-07-09")), D("on Wednesday", d("2025-07-09")), D("a March earthquake", m("2025-03")),
    D("for December", m("2025-12")), D("on Thursday", d("2025-07-10")), D("this year", y(2025))],
  attributions=[A("(Reuters)", "wire"), A("Mohamad Hasan told reporters", "named_person", "hasan"),
    A("A diplomat from the region who asked not to be named said", "anonymous")],
  entities=[E("ASEAN", "asean"), E("Myanmar", "myanmar"), E("Mohamad Hasan", "hasan"), E("Marco Rubio", "rubio"), E("U.S.", "us")],
  places=[P("KUALA LUMPUR"), P("Myanmar"), P("U.S."), P("Asia", 1), P("South China Sea")],
  claims=[C(asean_lead, "statement", d("2025-07-09"), "Kuala Lumpur", ["myanmar"]),
    C(asean_hasan, "statement", m("2025-12")),
    C("Marco Rubio will join talks with ASEAN ministers on Thursday", "meeting", d("2025-07-10"), "Asia", ["rubio", "asean"])],
  spam=[])
articles["n10-asean-kl-copy.txt"] = dict(
  outlet="Mekong Daily", language="en", publishedAt="2025-07-10T00:45:00+08:00", timeZone=None, wire="Reuters", copyGroup="asean-kl",
  dates=[D("on Wednesday", d("2025-07-09")), D("a March earthquake", m("2025-03")), D("for December", m("2025-12")),
    D("on Thursday", d("2025-07-10")), D("this year", y(2025))],
  attributions=[A("according to Reuters", "wire"), A("Mohamad Hasan told reporters", "named_person", "hasan"),
    A("A regional diplomat said", "anonymous")],
  entities=[E("ASEAN", "asean"), E("Myanmar", "myanmar"), E("Mohamad Hasan", "hasan"), E("Marco Rubio", "rubio"), E("U.S.", "us")],
  places=[P("Myanmar"), P("Kuala Lumpur"), P("U.S."), P("South China Sea")],
  claims=[C(asean_lead, "statement", d("2025-07-09"), participants=["myanmar"]),
    C("The ministers met in Kuala Lumpur", "meeting", place="Kuala Lumpur"),
    C(asean_hasan, "statement", m("2025-12")),
    C("Marco Rubio will join talks with ASEAN ministers on Thursday", "meeting", d("2025-07-10"), participants=["rubio", "asean"])],
  spam=[])
articles["n11-samsung-strike.txt"] = dict(
  outlet="Korea Business Wire Digest", language="en", publishedAt="2024-07-11T00:20:00+09:00", timeZone=None, wire="Yonhap",
  dates=[D("July 10", d("2024-07-10")), D("on Wednesday", d("2024-07-10")), D("on Tuesday", d("2024-07-09"))],
  attributions=[A("(Yonhap)", "wire"), A("The National Samsung Electronics Union (NSEU) said", "named_org", "nseu"),
    A("Samsung said", "named_org", "samsung"), A("union officials said", "anonymous")],
  entities=[E("National Samsung Electronics Union", "nseu"), E("NSEU", "nseu"), E("Samsung Electronics", "samsung"),
    E("Samsung", "samsung"), E("South Korea", "skorea")],
  places=[P("SEOUL"), P("Seoul"), P("South Korea"), P("Hwaseong"), P("Giheung")],
  claims=[C("South Korea's largest Samsung Electronics union began an indefinite general strike on Wednesday", "other",
      d("2024-07-10"), participants=["nseu", "samsung"]),
    C("6,540 members had joined the walkout, most of them from chip production lines in Hwaseong and Giheung", "other",
      place=["Hwaseong", "Giheung"], quantity={"amount": 6540, "unit": "members"}),
    C("Union members rallied outside the company's Hwaseong campus", "other", place="Hwaseong"),
    C("Talks collapsed on Tuesday", "other", d("2024-07-09"), quantity={"amount": 5.1, "unit": "percent"})],
  spam=[])
articles["n12-valencia-floods.txt"] = dict(
  outlet="Iberia Today", language="en", publishedAt="2024-11-01T23:20:00+01:00", timeZone=None, wire="AP",
  dates=[D("on Friday", d("2024-11-01")), D("on Saturday", d("2024-11-02"))],
  attributions=[A("emergency services said", "named_org"), A("residents said", "anonymous"), A("AEMET said", "named_org", "aemet"),
    A("The Associated Press contributed to this report", "wire")],
  entities=[E("Spain", "spain"), E("Pedro Sanchez", "sanchez"), E("AEMET", "aemet")],
  places=[P("Spain"), P("Valencia"), P("L'Eliana"), P("V-31 motorway"), P("Paiporta"), P("Andalusia")],
  claims=[C("The death toll from flash floods in eastern Spain rose to 205 on Friday", "other", d("2024-11-01"), ["Spain", "Valencia"],
      quantity={"amount": 205, "unit": "deaths"}),
    C("Pedro Sanchez visited the crisis centre in L'Eliana", "visit", place="L'Eliana", participants=["sanchez"],
      quantity={"amount": 500, "unit": "soldiers"}),
    C("Rescuers are still searching cars swept onto the V-31 motorway", "other", place="V-31 motorway"),
    C("at least 62 people died", "other", place="Paiporta", quantity={"amount": 62, "unit": "deaths"}),
    C("more heavy rain was expected in Andalusia on Saturday", "other", d("2024-11-02"), "Andalusia")],
  spam=[])

guidelines = {
  "scope": "The whole stored body, headline line included, as in the seed gold.",
  "dates": "As in the seed gold. Intervals are local calendar days in the article's own time zone: the given timeZone, else the offset of publishedAt (timeZone null means 'the stamp's offset, no zone given'). A weekday in a future clause ('ditutup hingga Rabu pagi', 'will join talks on Thursday') is the next such day on or after publication; 'semalam' is the night before publication. A dateline date ('July 9 (Reuters)') is a date expression.",
  "attributions": "As in the seed gold. Every wire credit (dateline, credit line, 'Sumber: …', '— AFP', 'according to Reuters', 'The Associated Press contributed to this report') is wire. People referred to only by role, in the plural or with an indefinite ('state health officials', 'residents', 'union officials', 'Para mahasiswa', 'Sejumlah warga', 'Seorang penumpang', 'A regional diplomat', 'ekonom yang disurvei') are anonymous; an institution referred to by its function ('emergency services', 'the weather office', 'the city's electricity distributor', 'the Kremlin', 'the bloc') is named_org.",
  "places": "Every mention of a geographic name: country, region, province, district, village, city, neighbourhood, road, strait, port, airport, named site or building, also as a modifier ('India's capital', 'Pemerintah Kota Palangka Raya', 'BPBD Kalimantan Tengah'). Not places: demonyms ('Chinese', 'Malaysian'), a country inside an organisation's proper name ('Bank Indonesia', 'India Meteorological Department'), a region named as a people ('Southeast Asian'), and a city standing for its government. Matched on span overlap.",
  "entities": "Mentions of this set's ledger (ledger.json) as in the seed gold; a name inside a longer ledger name counts once, for the longer one.",
  "claims": "One per kept sentence that reports an event (a meeting, visit, agreement, disaster, strike, rally, a decision, a forecast credited to a source, a named source's statement about an event) and names at least one of: a date, the place where it happened, a participant (a person, organisation or country taking part, not the source merely cited). Slots: date (interval, or 'unresolved'), place (acceptable names: the site and/or its district, city or region), participants (ledger keys or names), quantity (not proposed by extraction; kept for reading values from quotes). A claim matches a suggestion whose span overlaps its anchor text; each slot value is scored on its own.",
  "wire": "The wire the article credits, or null.",
  "spam": "Injected spam tokens; no quote or suggestion span may include them."
}
decisions = {
  "reported events": "As in the earlier sets: an event reported inside a statement takes its own date, place and parties ('the bloc wanted elections planned for December' has the date; 'Koalisi … menyatakan akan mengajukan uji materi ke Mahkamah Konstitusi pekan depan' has the coalition and the court as parties); a statement with no event (an opinion, an assessment, 'revisi itu tetap menjaga supremasi sipil') is no claim.",
  "numbers only": "A sentence whose only content is a number, with no date, place or named party ('Kapal membawa 53 penumpang', 'Tim SAR gabungan menemukan 31 penumpang selamat', 'Delapan fraksi menyatakan setuju') is no claim; the number belongs to the neighbouring claim's quantity where it is the same event.",
  "acts": "Urging, announcing a decision, voting ('menyatakan setuju'), pledging and promising resources are the acts themselves, not attribution cues; warning, saying, assessing, expecting/forecasting ('memperkirakan', 'expects') are cues.",
  "event place": "The place of a disaster is where it happened (the strait where the ferry sank, not its ports of departure and arrival); of an evacuation, the camp and the districts left; of a summit, the city where it was held even when the sentence names it by description ('the Malaysian capital' → Kuala Lumpur); of a journey, its destination ('his first trip to Asia').",
  "hosting": "'India will host the summit next year' gives India as the party; no place is stated (the city is not named).",
  "copies": "n02/n03 (Lewotobi, Antara and a rewrite crediting 'Antaranews') and n09/n10 (ASEAN in Kuala Lumpur, a Reuters wire copy and a rewrite 'according to Reuters') are near-copy pairs (copyGroup)."
}
out = {"about": "Third held-out set for the extraction evaluation: twelve articles written for it (packages/bench/extraction/heldout-3/articles), annotated by hand before the extractor was run on them and before any extractor change after heldout-2. Same format and conventions as bench/heldout and bench/heldout-2. Spans are text plus occurrence index, as in the seed gold.",
       "guidelines": guidelines, "decisions": decisions, "articles": articles}
json.dump(out, open("gold.json", "w"), indent=1, ensure_ascii=False)
print(len(articles))
