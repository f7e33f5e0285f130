# Writes gold.json from the hand annotation below (Python only for brevity: intervals are typed
# once as days/months instead of as JSON objects). Run: python3 make-gold.py
import json, datetime as dt

import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_helpers import *  # noqa: F401,F403 (d, m, y, w, D, A, E, P, C, Q, UNRESOLVED)

articles = {}
articles["h01-istana-merdeka.txt"] = dict(
  outlet="Suara Pertiwi", language="id", publishedAt="2024-03-06T09:15:00+07:00", timeZone=None, wire=None,
  dates=[D("Selasa (5/3/2024)", d("2024-03-05")), D("bulan depan", m("2024-04")), D("pada Rabu", d("2024-03-06"))],
  attributions=[A("kata Menteri Luar Negeri Retno Marsudi", "named_person", "retno"), A("Menurut Retno", "named_person", "retno"),
    A("Anwar mengatakan", "named_person", "anwar"), A("Seorang pejabat yang enggan disebut namanya mengatakan", "anonymous")],
  entities=[E("Joko Widodo", "jokowi"), E("Anwar Ibrahim", "anwar"), E("Anwar", "anwar"), E("Retno Marsudi", "retno"), E("Retno", "retno")],
  places=[P("Malaysia"), P("Istana Merdeka"), P("Jakarta"), P("Kalimantan Utara"), P("Kalimantan"), P("Sabah"), P("Indonesia"), P("Surabaya"), P("Kuala Lumpur")],
  claims=[C("Presiden Joko Widodo menerima Perdana Menteri Malaysia Anwar Ibrahim", "meeting", d("2024-03-05"), ["Istana Merdeka", "Jakarta"], ["jokowi", "anwar"]),
    C("kedua negara juga sepakat membentuk tim teknis", "agreement", m("2024-04")),
    C("Anwar mengatakan Malaysia siap menambah 40 pos", "statement", participants=["Malaysia"], quantity={"amount": 40, "unit": "pos lintas batas"}),
    C("Anwar dijadwalkan melanjutkan lawatan ke Surabaya", "visit", d("2024-03-06"), "Surabaya", ["anwar"])],
  spam=[])
lead2 = "North Korea fired two short-range ballistic missiles off its east coast"
articles["h02-seoul-missiles.txt"] = dict(
  outlet="Coastal Herald", language="en", publishedAt="2023-09-14T07:45:00+10:00", timeZone=None, wire="Reuters", copyGroup="seoul-missiles",
  dates=[D("Sept 14", d("2023-09-14")), D("on Wednesday", d("2023-09-13")), D("on Wednesday", d("2023-09-13"), 1)],
  attributions=[A("(Reuters)", "wire"), A("South Korea's military said", "named_org"), A("the Joint Chiefs of Staff said", "named_org", "jcs"),
    A("Japan's defence ministry said", "named_org"), A("Officials in Seoul said", "anonymous"), A("Washington said", "named_org"),
    A("The United States has accused", "named_org", "usa"), A("both countries deny", "named_org")],
  entities=[E("North Korea", "dprk"), E("Kim Jong Un", "kim"), E("Kim", "kim"), E("Vladimir Putin", "putin"), E("Russia", "russia"),
    E("Joint Chiefs of Staff", "jcs"), E("United States", "usa")],
  places=[P("North Korea"), P("Russia"), P("SEOUL"), P("South Korea"), P("Far East"), P("Sunan"), P("Pyongyang", 0), P("Japan"), P("Seoul"),
    P("Vostochny Cosmodrome"), P("United States"), P("Ukraine")],
  claims=[C(lead2, "military_action", d("2023-09-13"), None, ["dprk", "kim", "putin"], {"amount": 2, "unit": "missiles"}),
    C("The missiles were launched from the Sunan area of Pyongyang", "military_action", place=["Sunan", "Pyongyang"], quantity={"amount": 650, "unit": "km"}),
    C("the summit at the Vostochny Cosmodrome", "meeting", d("2023-09-13"), "Vostochny Cosmodrome", ["kim"]),
    C("Washington said it condemned the launch", "statement", participants=["Pyongyang"]),
    C("The United States has accused North Korea", "statement", participants=["dprk", "russia"])],
  spam=[])
articles["h03-seoul-missiles-copy.txt"] = dict(
  outlet="Pacific Daily", language="en", publishedAt="2023-09-14T01:30:00+10:00", timeZone=None, wire="Reuters", copyGroup="seoul-missiles",
  dates=[D("on Wednesday", d("2023-09-13")), D("on Thursday", d("2023-09-14")), D("on Wednesday", d("2023-09-13"), 1)],
  attributions=[A("South Korea's military said", "named_org"), A("according to Reuters", "wire"), A("the Joint Chiefs of Staff said", "named_org", "jcs"),
    A("Japan's defence ministry said", "named_org"), A("Officials in Seoul said", "anonymous"), A("Washington said", "named_org"), A("— Reuters", "wire")],
  entities=[E("North Korea", "dprk"), E("Kim Jong Un", "kim"), E("Kim", "kim"), E("Vladimir Putin", "putin"), E("Russia", "russia"), E("Joint Chiefs of Staff", "jcs")],
  places=[P("North Korea"), P("Russia"), P("South Korea"), P("Far East"), P("Sunan"), P("Pyongyang", 0), P("Japan"), P("Seoul"), P("Vostochny Cosmodrome")],
  claims=[C(lead2, "military_action", d("2023-09-13"), None, ["dprk", "kim", "putin"], {"amount": 2, "unit": "missiles"}),
    C("The missiles were launched from the Sunan area of Pyongyang", "military_action", place=["Sunan", "Pyongyang"], quantity={"amount": 650, "unit": "km"}),
    C("Japan's defence ministry said on Thursday", "statement", d("2023-09-14")),
    C("the summit at the Vostochny Cosmodrome", "meeting", d("2023-09-13"), "Vostochny Cosmodrome", ["kim"]),
    C("Washington said it condemned the launch", "statement", participants=["Pyongyang"])],
  spam=[])
articles["h04-banjir-samarinda.txt"] = dict(
  outlet="Harian Borneo", language="id", publishedAt="2024-01-22T00:30:00+08:00", timeZone=None, wire="Antara",
  dates=[D("kemarin", d("2024-01-21")), D("Sabtu malam", d("2024-01-20")), D("Minggu pagi", d("2024-01-21"))],
  attributions=[A("Suwarso mengatakan", "named_person"), A("ujarnya", "named_person"), A("Menurut warga", "anonymous"),
    A("BPBD memperkirakan", "named_org"), A("sumber: Antara", "wire")],
  entities=[],
  places=[P("Samarinda"), P("Kalimantan Timur"), P("Jalan Pemuda")],
  claims=[C("Banjir merendam sedikitnya 1.200 rumah", "other", d("2024-01-21"), ["Samarinda", "Kalimantan Timur"], quantity={"amount": 1200, "unit": "rumah"}),
    C("Air mulai naik sejak Sabtu malam", "other", d("2024-01-20")),
    C("ketinggian air di Jalan Pemuda", "other", d("2024-01-21"), "Jalan Pemuda", quantity={"amount": 1, "unit": "meter"}),
    C("Wali Kota Samarinda Andi Harun meninjau", "visit", participants=["Andi Harun"])],
  spam=[])
articles["h05-putrajaya.txt"] = dict(
  outlet="The Straits Ledger", language="en", publishedAt="2024-05-21T00:20:00+08:00", timeZone=None, wire=None,
  dates=[D("yesterday", d("2024-05-20")), D("last week", w("2024-05-13", "2024-05-20")), D("December 2026", m("2026-12"))],
  attributions=[A("Mr Wong told reporters", "named_person", "wong"), A("Mr Anwar said", "named_person", "anwar"), A("Analysts said", "anonymous")],
  entities=[E("Lawrence Wong", "wong"), E("Wong", "wong"), E("Anwar Ibrahim", "anwar"), E("Anwar", "anwar")],
  places=[P("Singapore"), P("Putrajaya"), P("Johor Bahru"), P("Johor")],
  claims=[C("Singapore's Prime Minister Lawrence Wong met", "meeting", d("2024-05-20"), "Putrajaya", ["wong", "anwar"]),
    C("The two leaders agreed to speed up work", "agreement", m("2026-12"), quantity={"amount": 10000, "unit": "passengers an hour"}),
    C("Mr Anwar said the two governments would sign", "agreement", place="Johor")],
  spam=[])
articles["h06-gempa-malatya.txt"] = dict(
  outlet="Kabar Dunia", language="id", publishedAt="2023-08-11T14:00:00+07:00", timeZone=None, wire="Reuters",
  dates=[D("Kamis (10/8/2023)", d("2023-08-10")), D("Februari lalu", m("2023-02"))],
  attributions=[A("Badan Penanggulangan Bencana Turki (AFAD) menyatakan", "named_org"), A("kata Menteri Dalam Negeri Turki Ali Yerlikaya", "named_person"),
    A("sumber : reuters", "wire")],
  entities=[],
  places=[P("Malatya"), P("Turki"), P("Yesilyurt"), P("Adiyaman"), P("Elazig")],
  claims=[C("Gempa berkekuatan magnitudo 5,3 mengguncang", "other", d("2023-08-10"), "Malatya", quantity={"amount": 5.3, "unit": "magnitudo"}),
    C("pusat gempa berada di distrik Yesilyurt", "other", place="Yesilyurt", quantity={"amount": 7, "unit": "kilometer"}),
    C("Guncangan juga terasa hingga Adiyaman", "other", place=["Adiyaman", "Elazig"]),
    C("Warga di Malatya memilih bermalam", "other", place="Malatya")],
  spam=[])
articles["h07-bangkok-rally.txt"] = dict(
  outlet="Mekong Times", language="en", publishedAt="2024-02-12", timeZone="Asia/Bangkok", wire="Reuters",
  dates=[D("on Sunday", d("2024-02-11")), D("on Monday", d("2024-02-12"))],
  attributions=[A("REUTERS –", "wire"), A("Police estimated", "named_org"), A("said student leader Panusaya Sithijirawattanakul", "named_person"),
    A("Government spokesman Chai Wacharonke said", "named_person"), A("police said", "named_org")],
  entities=[],
  places=[P("Bangkok"), P("Democracy Monument"), P("Thailand")],
  claims=[C("Thousands of protesters rallied at Democracy Monument", "other", d("2024-02-11"), ["Democracy Monument", "Bangkok"]),
    C("Government spokesman Chai Wacharonke said on Monday", "statement", d("2024-02-12"))],
  spam=[])
articles["h08-prabowo-beijing.txt"] = dict(
  outlet="Warta Ekonomi Nusantara", language="id", publishedAt="2024-04-02T19:00:00+07:00", timeZone=None, wire="Antara",
  dates=[D("Senin (1/4/2024)", d("2024-04-01")), D("pada Rabu", d("2024-04-03"))],
  attributions=[A("Xi menyatakan", "named_person", "xi"), A("Kementerian Luar Negeri China dalam pernyataan tertulis menyebutkan", "document"), A("(Antara)", "wire")],
  entities=[E("Prabowo Subianto", "prabowo"), E("Prabowo", "prabowo"), E("Xi Jinping", "xi"), E("Xi", "xi"), E("China", "china"), E("Fumio Kishida", "kishida")],
  places=[P("Beijing"), P("Balai Agung Rakyat"), P("China"), P("Jakarta"), P("Bandung"), P("Indonesia"), P("Tokyo"), P("Jepang")],
  claims=[C("Menteri Pertahanan Prabowo Subianto bertemu Presiden China Xi Jinping", "meeting", d("2024-04-01"), ["Balai Agung Rakyat", "Beijing"], ["prabowo", "xi"]),
    C("Xi menyatakan China mendukung Indonesia", "statement", participants=["china", "Indonesia"]),
    C("Prabowo dijadwalkan terbang ke Tokyo", "visit", d("2024-04-03"), "Tokyo", ["prabowo", "kishida"])],
  spam=[])
articles["h09-delegasi-spam.txt"] = dict(
  outlet="(tanpa nama)", language="id", publishedAt=None, timeZone="Asia/Jakarta", wire=None,
  dates=[D("pekan ini", None)],
  attributions=[A("Dikabarkan", "anonymous"), A("dikabarkan", "anonymous"), A("Kabarnya", "anonymous"),
    A("Sumber yang dekat dengan delegasi mengatakan", "anonymous"), A("Beberapa pengamat menilai", "anonymous")],
  entities=[E("Rusia", "russia")],
  places=[P("Moskow"), P("Rusia")],
  claims=[C("Sebuah delegasi militer tingkat tinggi dikabarkan tiba di Moskow", "visit", UNRESOLVED, "Moskow", quantity={"amount": 24, "unit": "pesawat tempur"}),
    C("pertemuan digelar tertutup", "meeting", place="Rusia")],
  spam=[{"text": "Daftar sekarang"}, {"text": "slot88gacor"}])
articles["h10-latihan-laut-jepang.txt"] = dict(
  outlet="Kabar Dunia", language="id", publishedAt="2023-07-21T11:00:00+07:00", timeZone=None, wire="Reuters",
  dates=[D("pada Kamis", d("2023-07-20"))],
  attributions=[A("Kementerian Pertahanan China mengatakan", "named_org"), A("Pemerintah Jepang menyatakan", "named_org"),
    A("Menurut sejumlah analis", "anonymous"), A("Sumber: Reuters.", "wire")],
  entities=[E("China", "china"), E("Rusia", "russia"), E("Amerika Serikat", "usa")],
  places=[P("Laut Jepang"), P("China"), P("Rusia"), P("Vladivostok"), P("Jepang"), P("Amerika Serikat"), P("Asia")],
  claims=[C("Angkatan laut China dan Rusia memulai latihan militer gabungan", "military_action", d("2023-07-20"), "Laut Jepang", ["china", "russia"], {"amount": 10, "unit": "kapal perang"}),
    C("Kapal-kapal berangkat dari Vladivostok", "military_action", place="Vladivostok")],
  spam=[])
articles["h11-zelensky-washington.txt"] = dict(
  outlet="Global Dispatch", language="en", publishedAt="2023-12-13T06:00:00+02:00", timeZone=None, wire="AFP",
  dates=[D("on Tuesday", d("2023-12-12")), D("on Sunday", d("2023-12-10"))],
  attributions=[A("Biden said", "named_person", "biden"), A("Republican leaders said", "anonymous"), A("Moscow said", "named_org"), A("AFP/", "wire")],
  entities=[E("Volodymyr Zelensky", "zelensky"), E("Zelensky", "zelensky"), E("Joe Biden", "biden"), E("Biden", "biden"), E("United States", "usa")],
  places=[P("White House"), P("United States"), P("Ukraine"), P("Capitol Hill"), P("Washington", 1), P("Buenos Aires"), P("Argentina")],
  claims=[C("Ukrainian President Volodymyr Zelensky met President Joe Biden", "meeting", d("2023-12-12"), "White House", ["zelensky", "biden"], {"amount": 60e9, "unit": "USD"}),
    C("Biden said the United States would keep supplying Ukraine", "statement", participants=["usa", "Ukraine"], quantity={"amount": 200e6, "unit": "USD"}),
    C("Earlier in the day Zelensky held talks", "meeting", place="Capitol Hill", participants=["zelensky"]),
    C("Zelensky flew to Washington from Buenos Aires", "visit", d("2023-12-10"), ["Washington", "Buenos Aires"], ["zelensky", "Javier Milei"])],
  spam=[])
articles["h12-kpu-voters.txt"] = dict(
  outlet="Jakarta Chronicle", language="en", publishedAt="2023-07-03", timeZone="Asia/Jakarta", wire=None,
  dates=[D("2024", y(2024)), D("on Sunday", d("2023-07-02")), D("February 2024", m("2024-02")), D("two days before the announcement", None)],
  attributions=[A("Indonesia's General Elections Commission (KPU) said", "named_org", "kpu"), A("saying", "named_person"),
    A("the commission said", "named_org"), A("A commission official, who asked not to be identified, said", "anonymous")],
  entities=[E("General Elections Commission", "kpu"), E("KPU", "kpu")],
  places=[P("Indonesia"), P("Jakarta"), P("West Java"), P("East Java"), P("Central Java"), P("Surabaya"), P("Medan")],
  claims=[C("said on Sunday that 204.8 million people had been registered", "statement", d("2023-07-02"), quantity={"amount": 204.8e6, "unit": "voters"}),
    C("announced the final voter list at a plenary meeting in Jakarta", "statement", place="Jakarta", participants=["Hasyim Asy'ari"], quantity={"amount": 1.75e6, "unit": "voters abroad"}),
    C("West Java has the largest number of voters", "other", place="West Java", quantity={"amount": 35.7e6, "unit": "voters"}),
    C("Election watchdog Perludem urged the commission", "statement", participants=["Perludem"])],
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
out = {"about": "Held-out set for the extraction evaluation: twelve articles written for it (packages/bench/extraction/heldout/articles), annotated by hand before the extractor was changed. Spans are text plus occurrence index, as in the seed gold.",
       "guidelines": guidelines, "articles": articles}
json.dump(out, open("gold.json", "w"), indent=1, ensure_ascii=False)
print(len(articles))
