# Writes gold.json from the hand annotation below (ninth held-out set; same helpers and format as
# ../heldout-7/make-gold.py). Run: python3 make-gold.py
import json

import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_helpers import *  # noqa: F401,F403 (d, m, y, w, D, A, E, P, C, Q, UNRESOLVED)

articles = {}
flood_start = d("2026-04-11")
bridge_day = d("2026-04-12")
articles["t01-banjir-konawe.txt"] = dict(
  outlet="Sultra Terkini", language="id", publishedAt="2026-04-13T08:10:00+08:00", timeZone=None, wire="Antara",
  dates=[D("Sabtu (11/4/2026)", flood_start), D("kemarin sore", bridge_day), D("hari ini", d("2026-04-13"))],
  attributions=[A("Rusdin Lapata mengatakan", "named_person", "rusdin"),
    A("kata seorang petugas BPBD yang enggan disebut namanya", "anonymous"),
    A("Warga Kecamatan Wawotobi mengaku", "anonymous"), A("(Antara)", "wire")],
  entities=[E("Rusdin Lapata", "rusdin")],
  otherNames=["BPBD Konawe", "Bupati Konawe"],
  places=[P("Konawe"), P("Kabupaten Konawe"), P("Sulawesi Tenggara"), P("Sungai Lahumbuti"), P("Kecamatan Wawotobi"),
    P("Gedung Serbaguna Unaaha"), P("Desa Ameroro"), P("Desa Uepai")],
  claims=[C("Banjir merendam 14 desa di Kabupaten Konawe", "other", flood_start,
      ["Kabupaten Konawe", "Sulawesi Tenggara"], quantity=Q(2000, "warga")),
    C("tiga warga meninggal dunia terseret arus di Kecamatan Wawotobi", "other", place="Kecamatan Wawotobi",
      quantity=Q(3, "warga")),
    C("Sebagian besar pengungsi ditampung di Gedung Serbaguna Unaaha", "other", place="Gedung Serbaguna Unaaha"),
    C("Jembatan penghubung Desa Ameroro dan Desa Uepai ambruk kemarin sore", "other", bridge_day,
      ["Desa Ameroro", "Desa Uepai"]),
    C("Bupati Konawe menetapkan status tanggap darurat selama tujuh hari mulai hari ini", "other", d("2026-04-13"),
      ["Konawe", "Kabupaten Konawe"], ["Bupati Konawe"], Q(7, "hari"))],
  spam=[])
articles["t02-konawe-floods.txt"] = dict(
  outlet="Eastern Indonesia Observer", language="en", publishedAt="2026-04-13T00:20:00+08:00", timeZone=None, wire="AP",
  dates=[D("since Saturday", flood_start), D("yesterday afternoon", bridge_day)],
  attributions=[A("according to AP", "wire"),
    A("Rusdin Lapata, who heads the regency's disaster agency, said", "named_person", "rusdin"),
    A("officials in Konawe said", "anonymous")],
  entities=[E("Indonesia", "indonesia"), E("Rusdin Lapata", "rusdin")],
  places=[P("Indonesia"), P("Southeast Sulawesi"), P("Konawe regency"), P("Konawe"), P("Wawotobi district"), P("Ameroro"),
    P("Uepai"), P("Lahumbuti River")],
  claims=[C("Floods have submerged 14 villages in Konawe regency", "other", flood_start,
      ["Konawe regency", "Southeast Sulawesi", "Indonesia"], quantity=Q(5000, "people")),
    C("three people had been swept away and killed in the Wawotobi district", "other", place="Wawotobi district",
      quantity=Q(3, "people")),
    C("A bridge linking the villages of Ameroro and Uepai collapsed yesterday afternoon", "other", bridge_day,
      ["Ameroro", "Uepai"]),
    C("The Lahumbuti River burst its banks after two days of heavy rain", "other", place="Lahumbuti River"),
    C("The regency head has declared a seven-day state of emergency", "other", place="Konawe regency",
      participants=["the regency head"], quantity=Q(7, "days"))],
  spam=[])
arrival = d("2026-03-08")
quota_start = m("2026-07")
talks_month = m("2026-04")
articles["t03-daging-brasil.txt"] = dict(
  outlet="Warta Agro Nusantara", language="id", publishedAt="2026-03-11T07:30:00+07:00", timeZone=None, wire="Reuters",
  dates=[D("Selasa (10/3/2026)", d("2026-03-10")), D("Juli 2026", quota_start), D("Minggu lalu", arrival),
    D("bulan depan", talks_month)],
  attributions=[A("Darmawan mengatakan", "named_person", "darmawan"),
    A("Seorang pejabat Kementerian Pertanian yang enggan disebut namanya menilai", "anonymous"),
    A("sumber: Reuters", "wire")],
  entities=[E("Indonesia", "indonesia"), E("Brasil", "brasil"), E("Darmawan Siregar", "darmawan"), E("Darmawan", "darmawan"),
    E("Rafael Menezes", "menezes")],
  otherNames=["Kementerian Pertanian"],
  places=[P("Indonesia"), P("Brasil"), P("Brasília"), P("Pelabuhan Tanjung Priok"), P("Jakarta")],
  claims=[C("Indonesia dan Brasil menandatangani nota kesepahaman impor daging sapi", "agreement", d("2026-03-10"), "Brasília",
      ["indonesia", "brasil"], Q(50000, "ton")),
    C("Darmawan Siregar tiba di Brasília pada Minggu lalu", "visit", arrival, "Brasília", ["darmawan", "menezes"],
      Q(25, "pengusaha")),
    C("daging sapi asal Brasil akan masuk melalui Pelabuhan Tanjung Priok", "other",
      place=["Pelabuhan Tanjung Priok", "Jakarta"]),
    C("Tim teknis kedua negara akan bertemu lagi di Jakarta bulan depan", "meeting", talks_month, "Jakarta",
      ["indonesia", "brasil"])],
  spam=[])
articles["t04-brazil-beef-deal.txt"] = dict(
  outlet="Planalto Economic Review", language="en", publishedAt="2026-03-11T22:40:00-03:00", timeZone=None, wire=None,
  dates=[D("on Wednesday", d("2026-03-11")), D("from July", quota_start), D("on Sunday", arrival), D("last year", y(2025)),
    D("next month", talks_month)],
  attributions=[A("Brazil's agriculture ministry said", "named_org"), A("Menezes said", "named_person", "menezes"),
    A("a ministry official who asked not to be named said", "anonymous")],
  entities=[E("Brazil", "brasil"), E("Indonesia", "indonesia"), E("Darmawan Siregar", "darmawan"),
    E("Rafael Menezes", "menezes"), E("Menezes", "menezes")],
  otherNames=["Brazil's agriculture ministry"],
  places=[P("Brazil"), P("Indonesia"), P("Brasília"), P("Southeast Asia"), P("Jakarta")],
  claims=[C("Brazil and Indonesia signed a memorandum of understanding on beef exports", "agreement", d("2026-03-11"),
      "Brasília", ["brasil", "indonesia"], Q(50000, "tonnes")),
    C("Darmawan Siregar arrived in the capital on Sunday", "visit", arrival, "Brasília", ["darmawan", "menezes"],
      Q(25, "executives")),
    C("Technical teams from both countries will meet again in Jakarta next month", "meeting", talks_month, "Jakarta",
      ["brasil", "indonesia"])],
  spam=[])
match_day = d("2026-06-09")
flight_day = d("2026-06-11")
articles["t05-timnas-oman.txt"] = dict(
  outlet="Bola Nusantara", language="id", publishedAt="2026-06-10T06:15:00+07:00", timeZone=None, wire=None,
  dates=[D("Selasa (9/6/2026) malam", match_day), D("Kamis", flight_day)],
  attributions=[A("Hendrik Wouters mengatakan", "named_person", "wouters"),
    A("Menurut seorang pengurus PSSI yang tidak mau disebut namanya", "anonymous")],
  entities=[E("Indonesia", "indonesia"), E("Oman", "oman"), E("Rizky Pratama", "rizky"), E("Salim Al-Habsi", "alhabsi"),
    E("Hendrik Wouters", "wouters"), E("Wouters", "wouters"), E("PSSI", "pssi")],
  places=[P("Indonesia"), P("Oman"), P("Solo"), P("Stadion Manahan"), P("Riyadh"), P("Arab Saudi")],
  claims=[C("Tim nasional Indonesia mengalahkan Oman 2-1", "other", match_day, ["Stadion Manahan", "Solo"],
      ["indonesia", "oman"], Q(20000, "penonton")),
    C("Dua gol Indonesia dicetak penyerang Rizky Pratama pada babak kedua", "other", participants=["rizky", "alhabsi"],
      quantity=Q(2, "gol")),
    C("timnya akan bertolak ke Riyadh, Arab Saudi, pada Kamis", "visit", flight_day, ["Riyadh", "Arab Saudi"],
      ["indonesia"]),
    C("Wouters akan memanggil tiga pemain baru", "other", participants=["wouters"], quantity=Q(3, "pemain"))],
  spam=[])
articles["t06-indonesia-oman-friendly.txt"] = dict(
  outlet="Asian Football Weekly", language="en", publishedAt="2026-06-10T01:30:00+09:00", timeZone=None, wire=None,
  dates=[D("on Tuesday night", match_day), D("on Thursday", flight_day)],
  attributions=[A("Hendrik Wouters said", "named_person", "wouters"), A("Khalid Al-Harthy said", "named_person", "alharthy")],
  entities=[E("Indonesia", "indonesia"), E("Oman", "oman"), E("Rizky Pratama", "rizky"), E("Salim Al-Habsi", "alhabsi"),
    E("Hendrik Wouters", "wouters"), E("Khalid Al-Harthy", "alharthy")],
  places=[P("Indonesia"), P("Oman"), P("Jakarta"), P("Jakarta International Stadium"), P("Riyadh")],
  claims=[C("Indonesia beat Oman 2-1 in an international friendly", "other", match_day,
      ["Jakarta International Stadium", "Jakarta"], ["indonesia", "oman"], Q(20000, "spectators")),
    C("Striker Rizky Pratama scored both of Indonesia's goals after the break", "other", participants=["rizky", "alhabsi"],
      quantity=Q(2, "goals")),
    C("the squad would fly to Riyadh on Thursday", "visit", flight_day, "Riyadh", ["indonesia"])],
  spam=[])
fire_day = d("2026-07-16")
fire_dates = [D("on Thursday", fire_day), D("early this morning", d("2026-07-17")), D("until Saturday", d("2026-07-18"))]
fire_attr = [A("the Marine Department said", "named_org"), A("port officials said", "anonymous"),
  A("Somchai Rattanakul said", "named_person", "somchai")]
fire_claims = [
  C("A fire broke out on the container ship Sea Lotus", "other", fire_day,
    ["Laem Chabang port", "Chonburi province", "Thailand"], quantity=Q(22, "crew members")),
  C("Firefighters brought the blaze under control early this morning", "other", d("2026-07-17"), "Laem Chabang port"),
  C("two berths would remain closed until Saturday", "other", d("2026-07-18"), "Laem Chabang port",
    quantity=Q(2, "berths"))]
articles["t07-laem-chabang-fire.txt"] = dict(
  outlet="Bangkok Maritime Report", language="en", publishedAt="2026-07-17T11:00:00+07:00", timeZone=None, wire="Reuters",
  copyGroup="laemchabang",
  dates=fire_dates,
  attributions=[A("REUTERS -", "wire")] + fire_attr,
  entities=[E("Thailand", "thailand"), E("Somchai Rattanakul", "somchai")],
  otherNames=["Marine Department", "Sea Lotus"],
  places=[P("Thailand"), P("Laem Chabang port"), P("Laem Chabang"), P("Chonburi province"), P("Singapore"),
    P("Ho Chi Minh City"), P("Bangkok")],
  claims=fire_claims,
  spam=[])
articles["t08-laem-chabang-fire-copy.txt"] = dict(
  outlet="Atlantic Freight Journal", language="en", publishedAt="2026-07-17T21:50:00-04:00", timeZone=None, wire="Reuters",
  copyGroup="laemchabang",
  dates=fire_dates,
  attributions=fire_attr + [A("(Reuters)", "wire")],
  entities=[E("Thailand", "thailand"), E("Somchai Rattanakul", "somchai")],
  otherNames=["Marine Department", "Sea Lotus"],
  places=[P("Thailand"), P("Laem Chabang port"), P("Chonburi province"), P("Singapore"), P("Ho Chi Minh City")],
  claims=fire_claims,
  spam=[])
derail_day = d("2026-08-14")
articles["t09-egypt-train-derailment.txt"] = dict(
  outlet="Nile Valley Chronicle", language="en", publishedAt="2026-08-15T09:00:00+03:00", timeZone=None, wire="AFP",
  dates=[D("on Friday evening", derail_day), D("yesterday", derail_day)],
  attributions=[A("Egypt's health ministry said", "named_org"), A("the ministry said", "named_org"),
    A("officials at Egyptian National Railways said", "anonymous"), A("the state news agency said", "named_org"),
    A("— AFP", "wire")],
  entities=[E("Egypt", "egypt"), E("Karim Fathy", "fathy")],
  otherNames=["Egyptian National Railways", "Egypt's health ministry"],
  places=[P("Egypt"), P("Aswan"), P("Cairo"), P("Sohag"), P("Sohag University Hospital"), P("Tahta station")],
  claims=[C("A passenger train travelling from Aswan to Cairo derailed near the city of Sohag", "other", derail_day, "Sohag",
      quantity=Q(9, "people")),
    C("About 40 passengers were taken to Sohag University Hospital with injuries", "other", place="Sohag University Hospital",
      quantity=Q(40, "passengers")),
    C("Four carriages overturned close to Tahta station", "other", place="Tahta station", quantity=Q(4, "carriages")),
    C("Transport Minister Karim Fathy visited the injured at the hospital yesterday", "visit", derail_day,
      "Sohag University Hospital", ["fathy"]),
    C("Prosecutors have opened an investigation into the cause of the crash", "other", participants=["Prosecutors"])],
  spam=[])
articles["t10-kereta-anjlok-mesir.txt"] = dict(
  outlet="Kabar Dunia Kini", language="id", publishedAt="2026-08-15T13:20:00+07:00", timeZone=None, wire=None,
  dates=[D("Jumat (14/8/2026) malam", derail_day), D("Jumat malam", derail_day)],
  attributions=[A("kata Kementerian Kesehatan Mesir", "named_org")],
  entities=[E("Mesir", "egypt"), E("Karim Fathy", "fathy")],
  otherNames=["Kementerian Kesehatan Mesir", "Kejaksaan Mesir"],
  places=[P("Mesir"), P("Aswan"), P("Kairo"), P("Sohag"), P("Rumah Sakit Universitas Sohag"), P("Stasiun Tahta")],
  claims=[C("Kereta penumpang rute Aswan–Kairo anjlok di dekat kota Sohag", "other", derail_day, ["Sohag", "Mesir"],
      quantity=Q(9, "orang")),
    C("Sedikitnya 130 penumpang luka-luka dan dibawa ke Rumah Sakit Universitas Sohag", "other",
      place="Rumah Sakit Universitas Sohag", quantity=Q(130, "penumpang")),
    C("Empat gerbong kereta terguling di dekat Stasiun Tahta", "other", place="Stasiun Tahta", quantity=Q(4, "gerbong")),
    C("Jalur kereta Kairo–Aswan ditutup selama sekitar enam jam", "other", place=["Kairo", "Aswan"]),
    C("Karim Fathy menjenguk para korban luka di rumah sakit itu pada Jumat malam", "visit", derail_day,
      "Rumah Sakit Universitas Sohag", ["fathy"]),
    C("Kejaksaan Mesir telah membuka penyelidikan", "other", participants=["Kejaksaan Mesir"])],
  spam=[])
mou_day = d("2026-09-21")
ochang_day = d("2026-09-23")
articles["t11-baterai-korea.txt"] = dict(
  outlet="Investasi Daily", language="id", publishedAt="2026-09-22T10:00:00+07:00", timeZone=None, wire=None,
  dates=[D("Senin (21/9/2026)", mou_day), D("tahun depan", y(2027)), D("Rabu", ochang_day), D("November 2026", m("2026-11"))],
  attributions=[A("Hendra mengatakan", "named_person", "hendra")],
  entities=[E("RI", "indonesia"), E("Indonesia", "indonesia"), E("Korea Selatan", "korea"), E("Hendra Lubis", "hendra"),
    E("Hendra", "hendra"), E("Park Ji-hoon", "park")],
  places=[P("RI"), P("Indonesia"), P("Korea Selatan"), P("Seoul"), P("Kabupaten Batang"), P("Jawa Tengah"), P("Ochang"),
    P("Jakarta")],
  claims=[C("Indonesia dan Korea Selatan menandatangani nota kesepahaman", "agreement", mou_day, "Seoul",
      ["indonesia", "korea"]),
    C("Nota kesepahaman itu ditandatangani oleh Menteri Investasi Hendra Lubis", "agreement", participants=["hendra", "park"]),
    C("investasi senilai 4,2 miliar dolar AS akan dialirkan ke pabrik baterai di Kabupaten Batang", "other", y(2027),
      ["Kabupaten Batang", "Jawa Tengah"], quantity=Q(4200000000, "dolar AS")),
    C("Hendra dijadwalkan mengunjungi pabrik sel baterai di Ochang pada Rabu", "visit", ochang_day, "Ochang", ["hendra"]),
    C("Kedua negara juga sepakat membentuk kelompok kerja bersama", "agreement", m("2026-11"), "Jakarta",
      ["indonesia", "korea"])],
  spam=[])
articles["t12-korea-battery-pact.txt"] = dict(
  outlet="Seoul Industry Times", language="en", publishedAt="2026-09-22T08:30:00+09:00", timeZone=None, wire=None,
  dates=[D("on Monday", mou_day), D("next year", y(2027)), D("on Wednesday", ochang_day)],
  attributions=[A("South Korea's industry ministry said", "named_org"), A("Hendra said", "named_person", "hendra"),
    A("An industry ministry official who asked not to be named said", "anonymous")],
  entities=[E("South Korea", "korea"), E("Indonesia", "indonesia"), E("Hendra Lubis", "hendra"), E("Hendra", "hendra"),
    E("Kim Seo-yeon", "kim")],
  otherNames=["South Korea's industry ministry"],
  places=[P("South Korea"), P("Indonesia"), P("Seoul"), P("Central Java"), P("Batang regency"), P("Ochang")],
  claims=[C("South Korea and Indonesia signed a memorandum of understanding on electric vehicle batteries", "agreement",
      mou_day, "Seoul", ["korea", "indonesia"]),
    C("The agreement was signed by Indonesian Investment Minister Hendra Lubis", "agreement", participants=["hendra", "kim"]),
    C("$4.2 billion would be invested in a battery plant in Central Java's Batang regency", "other", y(2027),
      ["Batang regency", "Central Java"], quantity=Q(4200000000, "$")),
    C("He is due to visit a battery cell factory in Ochang on Wednesday", "visit", ochang_day, "Ochang", ["hendra"])],
  spam=[])
articles["t13-dbd-sikka.txt"] = dict(
  outlet="Nusa Bunga News", language="id", publishedAt="2026-02-17T14:00:00+08:00", timeZone=None, wire=None,
  dates=[D("Senin (16/2/2026)", d("2026-02-16")), D("sejak Januari", m("2026-01")),
    D("pekan depan", w("2026-02-23", "2026-03-02"))],
  attributions=[A("Maria Goreti Parera mengatakan", "named_person", "maria"),
    A("kata seorang perawat yang enggan disebut namanya", "anonymous")],
  entities=[E("Maria Goreti Parera", "maria")],
  otherNames=["Pemkab Sikka", "Pemerintah Kabupaten Sikka", "Dinas Kesehatan Sikka", "Dinas Kesehatan"],
  places=[P("Sikka"), P("Kabupaten Sikka"), P("Nusa Tenggara Timur"), P("RSUD TC Hillers Maumere"), P("Kota Maumere")],
  claims=[C("Pemerintah Kabupaten Sikka, Nusa Tenggara Timur, menetapkan status kejadian luar biasa", "other",
      d("2026-02-16"), ["Kabupaten Sikka", "Nusa Tenggara Timur"], ["Pemerintah Kabupaten Sikka"]),
    C("jumlah kasus mencapai 1.140 sejak Januari dan 11 pasien meninggal dunia", "other", m("2026-01"),
      quantity=Q(1140, "kasus")),
    C("RSUD TC Hillers Maumere kini merawat lebih dari 200 pasien DBD", "other", place="RSUD TC Hillers Maumere",
      quantity=Q(200, "pasien")),
    C("Dinas Kesehatan akan melakukan pengasapan massal di 21 kelurahan di Kota Maumere", "other",
      w("2026-02-23", "2026-03-02"), "Kota Maumere", ["Dinas Kesehatan"], Q(21, "kelurahan"))],
  spam=[{"text": "Mau cuan tiap hari?"}, {"text": "Kunjungi slot88maxwin.vip dan klaim bonus deposit 200%."}])
articles["t14-nairobi-finance-bill.txt"] = dict(
  outlet="East Africa Ledger", language="en", publishedAt="2026-06-25T20:45:00+03:00", timeZone=None, wire=None,
  dates=[D("on Thursday", d("2026-06-25")), D("next month", m("2026-07"))],
  attributions=[A("Daniel Mutua said", "named_person", "mutua"),
    A("a police officer who asked not to be named said", "anonymous")],
  entities=[E("Kenya", "kenya"), E("National Assembly", "assembly"), E("Daniel Mutua", "mutua")],
  places=[P("Nairobi"), P("Kenya"), P("Parliament Buildings")],
  claims=[C("Kenya's National Assembly passed a contested finance bill on Thursday", "other", d("2026-06-25"),
      participants=["assembly"], quantity=Q(204, "votes")),
    C("More than 300 protesters gathered outside Parliament Buildings in Nairobi", "other",
      place=["Parliament Buildings", "Nairobi"], quantity=Q(300, "protesters")),
    C("Police arrested two dozen people in Nairobi's central business district", "other", place="Nairobi",
      quantity=Q(24, "people"))],
  spam=[])
articles["t15-kapal-labuan-bajo.txt"] = dict(
  outlet="Komodo Kini", language="id", publishedAt="2026-10-05T19:30:00+08:00", timeZone=None, wire=None,
  dates=[D("Sabtu (3/10/2026) siang", d("2026-10-03")), D("kemarin", d("2026-10-04")), D("hingga Rabu", d("2026-10-07"))],
  attributions=[A("Stefanus Jehaut mengatakan", "named_person", "stefanus"),
    A("Menurut seorang awak kapal yang enggan disebut namanya", "anonymous")],
  entities=[E("Stefanus Jehaut", "stefanus"), E("Stefanus", "stefanus")],
  otherNames=["KM Bintang Laut", "Kantor Syahbandar Labuan Bajo", "Polres Manggarai Barat"],
  places=[P("Pulau Padar"), P("Kabupaten Manggarai Barat"), P("Manggarai Barat"), P("Nusa Tenggara Timur"), P("Australia"),
    P("Prancis"), P("Pelabuhan Labuan Bajo"), P("Labuan Bajo")],
  claims=[C("Kapal wisata KM Bintang Laut terbakar di perairan Pulau Padar", "other", d("2026-10-03"),
      ["Pulau Padar", "Kabupaten Manggarai Barat", "Nusa Tenggara Timur"]),
    C("Seluruh 27 penumpang, sebagian besar wisatawan asal Australia dan Prancis, serta enam awak dievakuasi ke Pelabuhan Labuan Bajo",
      "other", place="Pelabuhan Labuan Bajo", quantity=Q(27, "penumpang")),
    C("Polres Manggarai Barat memeriksa nakhoda kapal itu kemarin", "other", d("2026-10-04"),
      participants=["Polres Manggarai Barat"]),
    C("Stefanus melarang kapal wisata berlayar ke Pulau Padar hingga Rabu", "other", d("2026-10-07"), "Pulau Padar",
      ["stefanus"])],
  spam=[])
guidelines = {
  "scope": "The whole stored body, headline line included, as in the seed gold.",
  "dates": "As in heldout-7. Intervals are local calendar days in the article's own time zone: the offset of publishedAt (no set article gives a zone). A weekday in a future clause ('akan bertolak … pada Kamis', 'would fly to Riyadh on Thursday', 'dijadwalkan mengunjungi … pada Rabu', 'is due to visit … on Wednesday', 'would remain closed until Saturday', 'melarang … hingga Rabu') is the next such day on or after publication; a past weekday ('Minggu lalu', 'on Sunday', 'since Saturday', 'on Wednesday' in t04, 'on Tuesday night', 'on Friday evening', 'Jumat malam', 'on Monday', 'on Thursday' in t07, t08 and t14) the most recent such day, the publication day included; 'kemarin'/'yesterday' (also 'kemarin sore', 'yesterday afternoon') the day before the publication day in the article's zone, 'hari ini' and 'this morning' that day. 'pekan depan' is the Monday-to-Monday week after the publication week; 'bulan depan'/'next month' the calendar month after publication, 'last year' the calendar year before it, 'tahun depan'/'next year' the year after; a month named without a year in a future clause ('from July') is the next such month, 'sejak Januari' the January of the publication year.",
  "attributions": "As in heldout-7. Every wire credit ('(Antara)', 'according to AP', 'sumber: Reuters', 'REUTERS -', '(Reuters)', '— AFP') is wire. People referred to only by role, in the plural or with an indefinite ('officials in Konawe', 'port officials', 'officials at Egyptian National Railways', 'Warga Kecamatan Wawotobi', 'a ministry official who asked not to be named', 'An industry ministry official who asked not to be named', 'a police officer who asked not to be named', 'seorang petugas BPBD', 'Seorang pejabat Kementerian Pertanian', 'seorang pengurus PSSI', 'seorang perawat', 'seorang awak kapal', each 'yang enggan/tidak mau disebut namanya') are anonymous, whatever organisation their words hold; an institution referred to by its name or function ('the Marine Department', 'Brazil's agriculture ministry', 'Egypt's health ministry', 'the ministry', 'the state news agency', 'South Korea's industry ministry', 'Kementerian Kesehatan Mesir') is named_org.",
  "places": "As in heldout-7: every mention of a geographic name (country, province, regency, district, village, city, island, river, port, station, stadium, hospital, parliament building, hall or other named site: 'Gedung Serbaguna Unaaha', 'Sungai Lahumbuti', 'Lahumbuti River', 'Stadion Manahan', 'Jakarta International Stadium', 'Laem Chabang port', 'Tahta station', 'Stasiun Tahta', 'Sohag University Hospital', 'Rumah Sakit Universitas Sohag', 'Pelabuhan Tanjung Priok', 'Pelabuhan Labuan Bajo', 'Parliament Buildings', 'RSUD TC Hillers Maumere', 'Pulau Padar'), also as a modifier ('BPBD Konawe', 'Bupati Konawe', 'Pemkab Sikka', 'Dinas Kesehatan Sikka', 'Polres Manggarai Barat', 'Kantor Syahbandar Labuan Bajo', 'Menteri Pertanian Brasil', 'asal Brasil', 'Menteri Perindustrian Korea Selatan', 'Kementerian Kesehatan Mesir', 'Kejaksaan Mesir', 'Egypt's health ministry', 'South Korea's industry ministry', 'Brazil's agriculture ministry', 'Kenya's National Assembly', 'Nairobi's central business district', 'Central Java's Batang regency', 'Singapore-flagged', 'Thailand's largest port'), a place before or after a dash ('Aswan–Kairo', 'Kairo–Aswan'), the abbreviation 'RI' of the headline, and countries standing for their teams or as parties ('Indonesia beat Oman', 'Tim nasional Indonesia', 'Indonesia dan Brasil menandatangani'), as heldout-7 keeps countries that conclude an agreement. Not places: demonyms and adjectives ('Indonesian', 'Brazilian', 'Thai', 'Kenyan', 'South Korean', 'Korean', 'Egyptian' also inside 'Egyptian National Railways'), descriptions ('the capital', 'the hospital', 'rumah sakit itu', 'the regency', 'pasar dalam negeri', 'perairan'), the currency 'dolar AS' and '$4.2 billion', 'shillings', and the spam token.",
  "entities": "Mentions of this set's ledger (ledger.json) as in heldout-7, short names included ('Darmawan', 'Menezes', 'Wouters', 'Hendra', 'Stefanus') once named in full; 'RI' is the ledger's alias of Indonesia; a name inside a longer ledger name counts once, for the longer one; demonyms ('South Korean', 'Kenyan', 'Thai') are no mention. Pronouns ('He') and descriptions ('the capital', 'the squad', 'timnya', 'the ministry', 'Kedua negara') are not mentions.",
  "claims": "As in heldout-7: one per kept sentence that reports an event (a flood, a collapse, a decision, a signing, an arrival, a match, goals, a trip, a fire, a closure, a derailment, a visit, an investigation, a vote, a protest, arrests, an inspection, a ban, a schedule credited to a source) and names at least one of: a date, the place where it happened, a participant. Slots: date (interval), place (acceptable names: the site and/or its district, city or region), participants (ledger keys or names), quantity (not proposed by extraction; kept for reading values from quotes). A claim matches a suggestion whose span overlaps its anchor text; each slot value is scored on its own.",
  "wire": "The wire the article credits, or null.",
  "spam": "Injected spam tokens; no quote or suggestion span may include them."
}
decisions = {
  "as before": "The decisions of heldout-3 to heldout-7 apply unchanged: reported events take their own date, place and parties; a sentence whose only content is a number, a remark, an estimate or a description is no claim ('Warga Kecamatan Wawotobi mengaku air setinggi dada …', the Agriculture Ministry official's price assessment ('menilai'), 'Menezes said Brazilian beef exports … had grown by a third last year', 'Khalid Al-Harthy said his players had struggled', 'The Singapore-flagged vessel was carrying about 1,800 containers', 'Laem Chabang, about 110 km southeast of Bangkok, is Thailand's largest port', 'api diduga berasal dari ruang mesin', the crew member's remark on the fire, Daniel Mutua's revenue estimate, the industry ministry official's remark on two Korean firms); headlines are not claims.",
  "durations": "'selama dua hari', 'after two days of heavy rain', 'dalam hitungan menit', 'after about nine hours', 'selama sekitar enam jam', 'kurang dari sepuluh menit', 'pada babak kedua', 'after the break', 'pada menit ke-58', 'in the 58th minute' are not date expressions; 'selama tujuh hari' and 'seven-day' are a quantity; 'kini' is not annotated.",
  "relative days": "t01 is stamped 08:10 on Monday 13 April 2026 at +08:00: 'kemarin sore' is 12 April, 'hari ini' 13 April. t02 is stamped 00:20 on Monday 13 April at +08:00 (still Sunday 12 April in UTC): 'since Saturday' is 11 April, as t01's 'Sabtu (11/4/2026)', and 'yesterday afternoon' 12 April, as t01's 'kemarin sore'. t03 (Wednesday 11 March 2026, 07:30 at +07:00): 'Minggu lalu' is 8 March, 'bulan depan' April 2026. t04 is stamped 22:40 on Wednesday 11 March at -03:00 (Thursday in UTC): 'on Wednesday' is 11 March, a day after t03's 'Selasa (10/3/2026)'; 'on Sunday' 8 March as t03's 'Minggu lalu'; 'from July' July 2026 as t03's 'Juli 2026'; 'next month' April 2026; 'last year' 2025. t05 (Wednesday 10 June 2026, 06:15 at +07:00) and t06 (01:30 on Wednesday 10 June at +09:00, Tuesday in UTC): the match on 9 June ('Selasa (9/6/2026) malam', 'on Tuesday night'), the flight on Thursday 11 June ('pada Kamis', 'on Thursday'). t07 is stamped 11:00 on Friday 17 July 2026 at +07:00 and its copy t08 21:50 on Friday 17 July at -04:00 (already 18 July in UTC): in both 'on Thursday' is 16 July, 'early this morning' 17 July, 'until Saturday' 18 July. t09 (Saturday 15 August 2026, 09:00 at +03:00): 'on Friday evening' and 'yesterday' are 14 August; t10 (Saturday 15 August, 13:20 at +07:00) gives 'Jumat (14/8/2026) malam' and 'Jumat malam', 14 August. t11 (Tuesday 22 September 2026, 10:00 at +07:00) and t12 (08:30 on Tuesday 22 September at +09:00, Monday in UTC): the signing 'Senin (21/9/2026)'/'on Monday' 21 September, the visit 'pada Rabu'/'on Wednesday' 23 September, 'tahun depan'/'next year' 2027. t13 (Tuesday 17 February 2026 at +08:00): 'sejak Januari' January 2026, 'pekan depan' 23 February–2 March. t14 (Thursday 25 June 2026, 20:45 at +03:00): 'on Thursday' 25 June, 'next month' July 2026. t15 (Monday 5 October 2026 at +08:00): 'kemarin' 4 October, 'hingga Rabu' 7 October.",
  "speakers": "Anonymous speakers span from the speaker to the verb or the 'namanya' that closes them ('kata seorang petugas BPBD yang enggan disebut namanya', 'Seorang pejabat Kementerian Pertanian yang enggan disebut namanya menilai', 'Menurut seorang pengurus PSSI yang tidak mau disebut namanya', 'kata seorang perawat yang enggan disebut namanya', 'Menurut seorang awak kapal yang enggan disebut namanya', 'a ministry official who asked not to be named said', 'An industry ministry official who asked not to be named said', 'a police officer who asked not to be named said'). Where an apposition separates the name from 'said' (t02 'Rusdin Lapata, who heads the regency's disaster agency, said') the attribution spans name to verb; with a title before the name ('Kepala BPBD Konawe Rusdin Lapata mengatakan', 'Coach Hendrik Wouters said', 'Harbour master Somchai Rattanakul said', 'Finance Minister Daniel Mutua said', 'Kepala Kantor Syahbandar Labuan Bajo Stefanus Jehaut mengatakan') it is the name and verb. The named_org speakers have no ledger entity. 'Hendra mengatakan', 'Hendra said', 'Darmawan mengatakan' and 'Menezes said' are the ministers named before.",
  "participants": "Parties referred to by description or pronoun take the named party: 'Tim teknis kedua negara'/'Technical teams from both countries' and 'Kedua negara' are the two countries; 'timnya'/'the squad' are the Indonesian team (Indonesia); 'He' in t12 is Hendra Lubis. A minister who arrives and meets takes the counterpart as a party ('bertemu Menteri Pertanian Brasil Rafael Menezes', 'held talks with his Brazilian counterpart Rafael Menezes'). Countries signing a memorandum and national teams playing are parties and also places. The signers named after 'oleh'/'by' are the parties of that sentence (t11 Hendra Lubis and Park Ji-hoon, t12 Hendra Lubis and Kim Seo-yeon). The scorers of a match's goals are the parties of the goals sentence (Rizky Pratama, Salim Al-Habsi). An office acting is a party under the words used ('Bupati Konawe', 'the regency head', 'Pemerintah Kabupaten Sikka', 'Dinas Kesehatan', 'Polres Manggarai Barat', 'Prosecutors', 'Kejaksaan Mesir'); Kenya's National Assembly of the vote. Residents, evacuees, passengers, crew, protesters, police (unnamed) and the source merely cited (the Marine Department for the fire, Egypt's health ministry for the derailment) are no parties.",
  "event place": "A sentence that refers back to a named site by description takes that site: 'arrived in the capital' takes Brasília; 'the hospital' (t09) and 'rumah sakit itu' (t10) take Sohag University Hospital / Rumah Sakit Universitas Sohag; the blaze brought under control and the two berths take Laem Chabang port; 'The regency head' takes Konawe regency. The derailment takes Sohag (near which it happened), not Aswan and Cairo, the ends of the route; the line's closure in t10 takes Kairo and Aswan, the two ends of 'Jalur kereta Kairo–Aswan'; the evacuees take where they are taken (Gedung Serbaguna Unaaha, Pelabuhan Labuan Bajo); the beef's entry takes Pelabuhan Tanjung Priok and Jakarta; the ban takes Pulau Padar; the protest takes Parliament Buildings in Nairobi; the arrests Nairobi; the vote has no place in its sentence. The Lahumbuti's overflow (t02) is the flood's cause and joins the flood; the river is its place.",
  "disagreements": "Five happenings are reported by independent outlets that disagree: the Konawe flood's evacuees (t01 'sedikitnya dua ribu warga', t02 'more than 5,000 people'; the start on 11 April, the 14 villages, three dead in Wawotobi, the bridge on 12 April and the seven-day emergency agree); the signing of the Indonesia–Brazil beef memorandum in Brasília (t03 'Selasa (10/3/2026)', t04 'on Wednesday' = 11 March; the 50,000-tonne quota from July 2026, the minister's arrival on 8 March with 25 business people and the technical talks in Jakarta in April agree); the Indonesia–Oman friendly on 9 June (t05 at the Stadion Manahan in Solo, t06 at the Jakarta International Stadium: two cities; the 2-1 score, about 20,000 spectators, the goals and the flight to Riyadh on 11 June agree); the Sohag derailment's injured taken to the university hospital (t09 'About 40 passengers', t10 'Sedikitnya 130 penumpang'; the date 14 August, nine dead, four carriages at Tahta and the minister's visit on 14 August agree); the signers of the Indonesia–South Korea battery memorandum in Seoul on 21 September (t11 Hendra Lubis and Park Ji-hoon, the industry minister; t12 Hendra Lubis and Kim Seo-yeon, the trade minister; the date, the place, the $4.2 billion for Batang from 2027 and the visit to Ochang on 23 September agree).",
  "copies": "t07/t08 (the Laem Chabang container ship fire, a Reuters text opening 'REUTERS -' and another outlet's copy ending '(Reuters)', with a new headline, the credit moved and the last sentence dropped) are a near-copy pair (copyGroup 'laemchabang'); they agree on every value, t08's stamp being past UTC midnight at -04:00 while its local day is still 17 July.",
  "spam": "t13 carries one injected promotional paragraph (a question and a call to visit a gambling site with a bonus), annotated as two spans."
}
out = {"about": "Ninth held-out set for the extraction evaluation: fifteen articles written for it (packages/bench/extraction/heldout-9/articles; seven Indonesian, eight English), annotated by hand without reading the extractor code, before the extractor was run on them. The events are modelled on real-world kinds; people's names, outlets and the events are invented and every text is the set's own. Same format and conventions as heldout-7. Spans are text plus occurrence index, as in the seed gold.",
       "guidelines": guidelines, "decisions": decisions, "articles": articles}
json.dump(out, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.json"), "w"), indent=1, ensure_ascii=False)
print(len(articles))
