# Writes gold.json from the hand annotation below (second held-out set; same helpers as ../heldout/make-gold.py).
# once as days/months instead of as JSON objects). Run: python3 make-gold.py
import json, datetime as dt

import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_helpers import *  # noqa: F401,F403 (d, m, y, w, D, A, E, P, C, Q, UNRESOLVED)

def E1(text, entity, occ): return {"text": text, "entity": entity, "occurrence": occ}

articles = {}
articles["k01-dagang-kanada.txt"] = dict(
  outlet="Kabar Niaga", language="id", publishedAt="2024-09-25T16:00:00+07:00", timeZone=None, wire="Antara",
  dates=[D("Senin lalu", d("2024-09-23")), D("tahun lalu", y(2023)), D("pada November", m("2024-11"))],
  attributions=[A("kata Zulkifli", "named_person", "zulhas"), A("Menurut Kementerian Perdagangan", "named_org"),
    A("kata Mary Ng", "named_person", "ng"), A("(Antara)", "wire")],
  entities=[E("Zulkifli Hasan", "zulhas"), E("Zulkifli", "zulhas"), E("Mary Ng", "ng"), E("Kanada", "canada")],
  places=[P("Indonesia"), P("Kanada"), P("Ottawa"), P("Jakarta")],
  claims=[C("Zulkifli Hasan dan Menteri Perdagangan Internasional Kanada Mary Ng menandatangani", "agreement", d("2024-09-23"), "Ottawa", ["zulhas", "ng"], {"amount": 90, "unit": "persen pos tarif"}),
    C("nilai perdagangan kedua negara mencapai 3,4 miliar dolar AS", "other", y(2023), quantity={"amount": 3.4e9, "unit": "USD"}),
    C("Kanada dijadwalkan mengirim misi dagang ke Jakarta", "visit", m("2024-11"), "Jakarta", ["canada"])],
  spam=[])
articles["k02-kenya-court.txt"] = dict(
  outlet="East Africa Monitor", language="en", publishedAt="2024-01-26T23:15:00+03:00", timeZone=None, wire="AFP",
  dates=[D("on Friday", d("2024-01-26")), D("last September", m("2023-09"))],
  attributions=[A("Justice Chacha Mwita said", "named_person"), A("A government spokesman said", "anonymous"),
    A("told reporters", "named_person"), A("AFP/", "wire")],
  entities=[E("William Ruto", "ruto")],
  places=[P("NAIROBI"), P("Kenya"), P("Haiti"), P("New York"), P("Milimani Law Courts")],
  claims=[C("Kenya's High Court on Friday blocked the government's plan", "other", d("2024-01-26"), participants=["High Court"], quantity={"amount": 1000, "unit": "police officers"}),
    C("Justice Chacha Mwita said the National Security Council had no power", "statement", participants=["National Security Council"]),
    C("President William Ruto had pledged the officers", "other", m("2023-09"), "New York", ["ruto"]),
    C("told reporters outside the Milimani Law Courts", "statement", place="Milimani Law Courts")],
  spam=[])
articles["k03-marles-jakarta.txt"] = dict(
  outlet="Harian Nusa Pertahanan", language="id", publishedAt="2024-11-13T08:00:00+07:00", timeZone=None, wire="Reuters",
  dates=[D("kemarin", d("2024-11-12")), D("Agustus lalu", m("2024-08")), D("tahun depan", y(2025)), D("hari ini", d("2024-11-13"))],
  attributions=[A("ujar Marles", "named_person", "marles"), A("Sjafrie menyatakan", "named_person", "sjafrie"),
    A("Seorang sumber di Kementerian Pertahanan yang tidak mau disebut namanya mengatakan", "anonymous"), A("Sumber: Reuters", "wire")],
  entities=[E("Richard Marles", "marles"), E("Marles", "marles"), E("Sjafrie Sjamsoeddin", "sjafrie"), E("Sjafrie", "sjafrie"),
    E("Prabowo Subianto", "prabowo"), E("Australia", "australia")],
  places=[P("Australia"), P("Jakarta"), P("Istana Merdeka"), P("Indonesia"), P("Darwin"), P("Makassar"), P("Canberra")],
  claims=[C("Richard Marles bertemu Menteri Pertahanan Sjafrie Sjamsoeddin", "meeting", d("2024-11-12"), "Jakarta", ["marles", "sjafrie"]),
    C("perjanjian kerja sama pertahanan yang ditandatangani Agustus lalu", "agreement", m("2024-08")),
    C("Marles juga diterima Presiden Prabowo Subianto di Istana Merdeka", "meeting", place="Istana Merdeka", participants=["marles", "prabowo"]),
    C("kedua negara akan menggelar latihan bersama di Darwin tahun depan", "military_action", y(2025), "Darwin", quantity={"amount": 2000, "unit": "prajurit"}),
    C("Marles dijadwalkan bertolak ke Makassar hari ini", "visit", d("2024-11-13"), "Makassar", ["marles"])],
  spam=[])
articles["k04-balikatan.txt"] = dict(
  outlet="Manila Courier", language="en", publishedAt="2024-04-22T08:00:00+08:00", timeZone=None, wire="AP",
  dates=[D("on Monday", d("2024-04-22")), D("May 10", d("2024-05-10")), D("next week", w("2024-04-29", "2024-05-06"))],
  attributions=[A("according to AP", "wire"), A("the Armed Forces of the Philippines said", "named_org"),
    A("A Philippine military officer, who spoke on condition of anonymity, said", "anonymous"), A("China's foreign ministry warned", "named_org", "china")],
  entities=[E1("China", "china", 1)],
  places=[P("US"), P("Philippines"), P("South China Sea"), P("Palawan"), P("Batanes"), P("Taiwan"), P("China")],
  claims=[C("Philippine and American forces began their largest joint military exercise on Monday", "military_action", d("2024-04-22"), participants=["Philippines", "United States"], quantity={"amount": 16000, "unit": "troops"}),
    C("The Balikatan exercise will for the first time be held beyond", "military_action", place="South China Sea"),
    C("Live-fire drills are planned on the island of Palawan", "military_action", place=["Palawan", "Batanes"], quantity={"amount": 200, "unit": "km"}),
    C("Australian and French warships would join the naval phase next week", "military_action", w("2024-04-29", "2024-05-06"), participants=["Australia", "France"])],
  spam=[])
flood_lead = "Banjir bandang dan lahar dingin dari Gunung Marapi melanda Kabupaten Agam"
flood_places = ["Kabupaten Agam", "Kabupaten Tanah Datar", "Sumatera Barat"]
road = "banjir juga merusak 193 rumah dan memutus jalan yang menghubungkan Padang dengan Bukittinggi"
articles["k05-banjir-sumbar.txt"] = dict(
  outlet="Ranah Minang Kini", language="id", publishedAt="2024-05-13T10:00:00+07:00", timeZone=None, wire="Antara", copyGroup="banjir-sumbar",
  dates=[D("Sabtu (11/5/2024) malam", d("2024-05-11")), D("Senin pagi", d("2024-05-13"))],
  attributions=[A("(ANTARA)", "wire"), A("Suharyanto mengatakan", "named_person", "suharyanto"), A("Menurut BNPB", "named_org", "bnpb"),
    A("Warga Nagari Bukik Batabuah mengatakan", "anonymous")],
  entities=[E("Badan Nasional Penanggulangan Bencana", "bnpb"), E("BNPB", "bnpb"), E("Suharyanto", "suharyanto")],
  places=[P("Sumatera Barat"), P("Padang"), P("Gunung Marapi"), P("Kabupaten Agam"), P("Kabupaten Tanah Datar"), P("Bukittinggi"), P("Nagari Bukik Batabuah")],
  claims=[C(flood_lead, "other", d("2024-05-11"), flood_places, quantity={"amount": 37, "unit": "orang tewas"}),
    C("tim gabungan terus menyisir aliran sungai hingga Senin pagi", "other", d("2024-05-13")),
    C(road, "other", place=["Padang", "Bukittinggi"], quantity={"amount": 193, "unit": "rumah"}),
    C("Warga Nagari Bukik Batabuah mengatakan air datang", "other", place="Nagari Bukik Batabuah")],
  spam=[])
articles["k06-banjir-sumbar-salinan.txt"] = dict(
  outlet="Portal Andalas", language="id", publishedAt="2024-05-13T21:30:00+07:00", timeZone=None, wire="Antara", copyGroup="banjir-sumbar",
  dates=[D("Sabtu (11/5) malam", d("2024-05-11")), D("sejak Minggu", d("2024-05-12"))],
  attributions=[A("Suharyanto mengatakan", "named_person", "suharyanto"), A("Menurut BNPB", "named_org", "bnpb"), A("sumber: Antara", "wire")],
  entities=[E("BNPB", "bnpb"), E("Suharyanto", "suharyanto")],
  places=[P("Sumbar"), P("Gunung Marapi"), P("Kabupaten Agam"), P("Kabupaten Tanah Datar"), P("Sumatera Barat"), P("Padang"), P("Bukittinggi")],
  claims=[C(flood_lead, "other", d("2024-05-11"), flood_places, quantity={"amount": 37, "unit": "orang tewas"}),
    C("tim gabungan terus menyisir aliran sungai sejak Minggu", "other", d("2024-05-12")),
    C(road, "other", place=["Padang", "Bukittinggi"], quantity={"amount": 193, "unit": "rumah"})],
  spam=[])
articles["k07-venezuela-vote.txt"] = dict(
  outlet="Andes Wire Review", language="en", publishedAt="2024-07-29T22:30:00-04:00", timeZone=None, wire="Reuters",
  dates=[D("July 29", d("2024-07-29")), D("on Monday", d("2024-07-29")), D("Sunday", d("2024-07-28"))],
  attributions=[A("(Reuters)", "wire"), A("Venezuela's opposition said", "named_org"), A("The National Electoral Council (CNE) said", "named_org", "cne"),
    A("Maria Corina Machado told a news conference", "named_person", "machado"),
    A("A senior diplomat in Caracas, who declined to be named, said", "anonymous"), A("Antony Blinken said", "named_person")],
  entities=[E("Edmundo Gonzalez", "gonzalez"), E("Nicolas Maduro", "maduro"), E("Maduro", "maduro"), E("National Electoral Council", "cne"),
    E("CNE", "cne"), E("Maria Corina Machado", "machado")],
  places=[P("Venezuela"), P("CARACAS"), P("Caracas"), P("Petare"), P("Maracaibo"), P("U.S.")],
  claims=[C("Venezuela's opposition said on Monday it had evidence", "statement", d("2024-07-29"), participants=["gonzalez", "maduro"]),
    C("The National Electoral Council (CNE) said Maduro won 51% of the vote", "statement", participants=["maduro"], quantity={"amount": 51, "unit": "percent"}),
    C("Maria Corina Machado told a news conference in Caracas", "statement", place="Caracas", quantity={"amount": 73, "unit": "percent of machines"}),
    C("Protesters gathered in the Petare district of Caracas and in Maracaibo", "other", place=["Petare", "Caracas", "Maracaibo"])],
  spam=[])
articles["k08-eu-mercosur.txt"] = dict(
  outlet="Southern Cone Times", language="en", publishedAt="2024-12-07T09:00:00-03:00", timeZone=None, wire="AP",
  dates=[D("on Friday", d("2024-12-06")), D("next year", y(2025))],
  attributions=[A("(AP)", "wire"), A("von der Leyen said", "named_person", "vdl"), A("Lula da Silva said", "named_person", "lula"), A("France said", "named_org")],
  entities=[E("Ursula von der Leyen", "vdl"), E("von der Leyen", "vdl"), E("Luiz Inacio Lula da Silva", "lula"), E("EU", "eu"),
    E("European Union", "eu"), E("Mercosur", "mercosur")],
  places=[P("MONTEVIDEO"), P("Uruguay"), P("Montevideo"), P("Brazil"), P("Argentina"), P("Paraguay"), P("Paris"), P("Strasbourg"), P("France")],
  claims=[C("The European Union and the South American bloc Mercosur concluded negotiations", "agreement", d("2024-12-06"), participants=["eu", "mercosur"], quantity={"amount": 700e6, "unit": "people"}),
    C("Ursula von der Leyen announced the deal at a summit in Montevideo", "agreement", place="Montevideo", participants=["vdl"]),
    C("Lula da Silva said the deal would be signed next year", "agreement", y(2025)),
    C("protested in Paris and Strasbourg", "other", place=["Paris", "Strasbourg"])],
  spam=[])
articles["k09-natuna-spam.txt"] = dict(
  outlet="Portal Kabar Kilat", language="id", publishedAt="2024-03-18T13:00:00+07:00", timeZone=None, wire=None,
  dates=[D("dua hari lalu", d("2024-03-16")), D("bulan ini", m("2024-03"))],
  attributions=[A("Diduga", "anonymous"), A("Kabarnya", "anonymous"), A("Seorang nelayan setempat mengatakan", "anonymous")],
  entities=[E("Bakamla", "bakamla")],
  places=[P("Natuna Utara"), P("Natuna"), P("Vietnam"), P("Indonesia"), P("Pulau Laut"), P("Batam")],
  claims=[C("Kapal patroli Bakamla menangkap dua kapal ikan", "other", d("2024-03-16"), "Natuna Utara", ["bakamla"], {"amount": 2, "unit": "kapal"}),
    C("kedua kapal sudah tiga kali masuk ke Zona Ekonomi Eksklusif Indonesia bulan ini", "other", m("2024-03"), ["Zona Ekonomi Eksklusif Indonesia", "Indonesia"]),
    C("kapal asing kerap terlihat di sekitar Pulau Laut", "other", place="Pulau Laut"),
    C("Kapal-kapal tersebut kemudian digiring ke Batam", "other", place="Batam")],
  spam=[{"text": "Klik link di bio"}, {"text": "jp777maxwin"}])
articles["k10-pakistan-floods.txt"] = dict(
  outlet="Indus Herald", language="en", publishedAt="2024-08-05T23:50:00+05:00", timeZone=None, wire="Reuters",
  dates=[D("since Thursday", d("2024-08-01")), D("on Sunday", d("2024-08-04")), D("last month", m("2024-07"))],
  attributions=[A("disaster officials said", "anonymous"), A("The National Disaster Management Authority said", "named_org"),
    A("the Pakistan Meteorological Department said", "named_org"), A("— Reuters", "wire")],
  entities=[E("Shehbaz Sharif", "sharif")],
  places=[P("Pakistan"), P("Khyber Pakhtunkhwa"), P("Swat"), P("Karakoram Highway"), P("Besham"), P("Peshawar"), P("Punjab")],
  claims=[C("Monsoon floods have killed at least 48 people in Khyber Pakhtunkhwa", "other", d("2024-08-01"), "Khyber Pakhtunkhwa", quantity={"amount": 48, "unit": "deaths"}),
    C("more than 1,300 homes were damaged and the Karakoram Highway was closed", "other", place=["Karakoram Highway", "Besham"], quantity={"amount": 1300, "unit": "homes"}),
    C("Prime Minister Shehbaz Sharif visited flood-hit areas of Swat", "visit", place="Swat", participants=["sharif"]),
    C("Rainfall in Peshawar was almost twice the average", "other", place="Peshawar"),
    C("Floods last month killed 30 people in Punjab", "other", m("2024-07"), "Punjab", quantity={"amount": 30, "unit": "deaths"})],
  spam=[])
articles["k11-jaishankar-colombo.txt"] = dict(
  outlet="Lanka Observer", language="en", publishedAt="2024-10-04T23:10:00+05:30", timeZone=None, wire=None,
  dates=[D("on Friday", d("2024-10-04")), D("in December", m("2024-12"))],
  attributions=[A("Jaishankar said", "named_person", "jaishankar"), A("Sri Lanka's foreign ministry said", "named_org"),
    A("An official familiar with the talks said", "anonymous")],
  entities=[E("Subrahmanyam Jaishankar", "jaishankar"), E("Jaishankar", "jaishankar"), E("Anura Kumara Dissanayake", "dissanayake"), E("Dissanayake", "dissanayake")],
  places=[P("Colombo"), P("India"), P("Sri Lanka"), P("Trincomalee"), P("Katchatheevu"), P("New Delhi")],
  claims=[C("Subrahmanyam Jaishankar met Sri Lanka's new President Anura Kumara Dissanayake", "meeting", d("2024-10-04"), "Colombo", ["jaishankar", "dissanayake"]),
    C("Jaishankar said India would provide 20 Indian-built railway carriages", "statement", place="Trincomalee", participants=["India"], quantity={"amount": 20, "unit": "railway carriages"}),
    C("Indian fishermen detained near the island of Katchatheevu", "other", place="Katchatheevu"),
    C("Dissanayake was expected to visit New Delhi in December", "visit", m("2024-12"), "New Delhi", ["dissanayake"])],
  spam=[])
articles["k12-mk-pilkada.txt"] = dict(
  outlet="Warta Hukum", language="id", publishedAt="2024-08-21", timeZone="Asia/Jakarta", wire=None,
  dates=[D("kemarin", d("2024-08-20")), D("27 November 2024", d("2024-11-27"))],
  attributions=[A("Enny Nurbaningsih menegaskan", "named_person"), A("Menurut dia", "named_person")],
  entities=[E("Mahkamah Konstitusi", "mk"), E("MK", "mk")],
  places=[P("Gedung MK"), P("Jakarta")],
  claims=[C("Mahkamah Konstitusi (MK) mengabulkan sebagian gugatan Partai Buruh dan Partai Gelora", "other", d("2024-08-20"), participants=["mk", "Partai Buruh", "Partai Gelora"]),
    C("Putusan dibacakan Ketua MK Suhartoyo dalam sidang di Gedung MK", "other", place=["Gedung MK", "Jakarta"], participants=["Suhartoyo"]),
    C("MK menurunkan ambang batas bagi partai politik", "other", participants=["mk"], quantity={"amount": 6.5, "unit": "persen suara sah"}),
    C("Enny Nurbaningsih menegaskan putusan itu berlaku untuk pilkada serentak", "statement", d("2024-11-27"))],
  spam=[])

guidelines = {
  "scope": "The whole stored body, headline line included, as in the seed gold.",
  "dates": "As in the seed gold. Intervals are local calendar days in the article's own time zone: the given timeZone, else the offset of publishedAt (timeZone null means 'the stamp's offset, no zone given'). A weekday with a future cue ('dijadwalkan … pada Rabu') is the next such day on or after publication.",
  "attributions": "As in the seed gold. A city standing for its government ('Washington said') is named_org; 'officials in Seoul said', 'Republican leaders said' (no one identified) are anonymous; every wire credit (dateline, credit line, '— Reuters', 'AFP/…', 'according to Reuters') is wire.",
  "places": "Every mention of a geographic name: country, region, province, city, district, sea, street, named site or building (palace, cosmodrome, monument), also as a modifier ('Japan's defence ministry', 'Wali Kota Samarinda', 'Johor Bahru-Singapore'). Not places: demonyms ('Malaysian'), and a city standing for its government ('Washington said', 'urged Pyongyang', 'reaksi dari Washington'). Matched on span overlap.",
  "entities": "Mentions of the held-out ledger (ledger.json) as in the seed gold.",
  "claims": "One per kept sentence that reports an event (a meeting, visit, agreement, military action, disaster, rally, a named source's statement) and names at least one of: a date, the place where it happened, a participant (a person, organisation or country taking part, not the source merely cited). Slots: date (interval, or 'unresolved'), place (acceptable names: the site and/or its city), participants (ledger keys or names), quantity (not proposed by extraction; kept for reading values from quotes). A claim matches a suggestion whose span overlaps its anchor text; each slot value is scored on its own.",
  "wire": "The wire the article credits, or null.",
  "spam": "Injected spam tokens; no quote or suggestion span may include them."
}
decisions = {
  "reported events": "As in the first set (h02 summit, h04 quote, h05 Johor): an event reported inside a statement takes its own date, place and parties ('X said the deal would be signed next year' has the date); a statement claim with no event lists who it is about, and its place is where it was made ('told reporters outside the Milimani Law Courts').",
  "discussions": "A discussion or an assessment is no claim (as in the first set); a dated or placed event named inside it is ('perjanjian … yang ditandatangani Agustus lalu', 'fishermen detained near … Katchatheevu').",
  "countries": "A country is a place wherever it is named, also as an actor ('France said'); only a city standing for its government is not ('Washington had serious concerns'). Demonyms ('Philippine', 'American', 'Indian') are not places; a party written as one is given as the country ('Philippine and American forces' → Philippines, United States)."
}
out = {"about": "Second held-out set for the extraction evaluation: twelve articles written for it (packages/bench/extraction/heldout-2/articles) by an engineer who did not tune the extractor, annotated by hand before the extractor was ever run on them. Same format and conventions as bench/heldout. Spans are text plus occurrence index, as in the seed gold.",
       "guidelines": guidelines, "decisions": decisions, "articles": articles}
json.dump(out, open("gold.json", "w"), indent=1, ensure_ascii=False)
print(len(articles))
