# Writes gold.json from the hand annotation below (twelfth held-out set; same helpers and format as
# ../heldout-11/make-gold.py). Run: python3 make-gold.py
import json

import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_helpers import *  # noqa: F401,F403 (d, m, y, w, D, A, E, P, C, Q, UNRESOLVED)

articles = {}
eruption_day = d("2026-10-13")
airport_reopen = d("2026-10-15")
articles["t01-erupsi-gunung-ibu.txt"] = dict(
  outlet="Halmahera Pos Daring", language="id", publishedAt="2026-10-14T08:30:00+09:00", timeZone=None, wire="Antara",
  dates=[D("Selasa (13/10/2026) sore", eruption_day), D("kemarin malam", eruption_day), D("hingga Kamis", airport_reopen)],
  attributions=[A("Hendra Wijaya mengatakan", "named_person", "hendra"), A("Menurut Hendra", "named_person", "hendra"),
    A("kata seorang petugas bandara yang enggan disebut namanya", "anonymous"), A("(Antara)", "wire")],
  entities=[E("Hendra Wijaya", "hendra"), E("Hendra", "hendra"), E("Badan Geologi", "badangeologi")],
  otherNames=["Pos Pengamatan Gunung Ibu"],
  places=[P("Gunung Ibu"), P("Kabupaten Halmahera Barat"), P("Maluku Utara"), P("Kecamatan Ibu"),
    P("Gedung Serbaguna Jailolo"), P("Kota Ternate"), P("Ternate"), P("Bandara Sultan Babullah")],
  claims=[C("Gunung Ibu di Kabupaten Halmahera Barat, Maluku Utara, meletus", "other", eruption_day,
      ["Gunung Ibu", "Kabupaten Halmahera Barat", "Maluku Utara"], quantity=Q(4000, "meter")),
    C("lebih dari 5.000 warga dari tujuh desa di Kecamatan Ibu diungsikan ke Gedung Serbaguna Jailolo", "other",
      place=["Gedung Serbaguna Jailolo", "Jailolo"], quantity=Q(5000, "warga")),
    C("Badan Geologi menaikkan status gunung itu ke Level IV (Awas) kemarin malam", "other", eruption_day,
      participants=["badangeologi"]),
    C("hujan abu tipis juga turun di Kota Ternate", "other", place=["Kota Ternate", "Ternate"]),
    C("Bandara Sultan Babullah di Ternate ditutup hingga Kamis", "other", airport_reopen,
      ["Bandara Sultan Babullah", "Ternate"])],
  spam=[])
articles["t02-mount-ibu-eruption.txt"] = dict(
  outlet="Eastern Archipelago Report", language="en", publishedAt="2026-10-13T19:40:00+07:00", timeZone=None, wire="AFP",
  dates=[D("on Tuesday afternoon", eruption_day), D("until Thursday", airport_reopen)],
  attributions=[A("the local volcano observatory said", "named_org"), A("the district's disaster agency said", "named_org"),
    A("officials said", "anonymous"), A("AFP/rs", "wire")],
  entities=[E("Indonesia", "indonesia"), E("Geological Agency", "badangeologi")],
  places=[P("Indonesia"), P("Mount Ibu"), P("Halmahera"), P("North Maluku"), P("Jailolo"), P("Sultan Babullah Airport"),
    P("Ternate")],
  claims=[C("Mount Ibu on Halmahera island in Indonesia's North Maluku province erupted", "other", eruption_day,
      ["Mount Ibu", "Halmahera", "North Maluku"], quantity=Q(4000, "metres")),
    C("About 1,800 residents of villages on the volcano's slopes were evacuated to shelters in Jailolo", "other",
      place="Jailolo", quantity=Q(1800, "residents")),
    C("The Geological Agency raised the volcano's alert status", "other", participants=["badangeologi"]),
    C("Flights at Sultan Babullah Airport in Ternate were suspended until Thursday", "other", airport_reopen,
      ["Sultan Babullah Airport", "Ternate"])],
  spam=[])
final_players = ["raka", "yosua", "limweijie", "tanboonkeat"]
hylo_week = w("2026-11-02", "2026-11-09")
articles["t03-denmark-open-final.txt"] = dict(
  outlet="Asia Shuttle Review", language="en", publishedAt="2026-10-26T00:30:00+08:00", timeZone=None, wire="Reuters",
  dates=[D("on Sunday", d("2026-10-25")), D("next week", hylo_week)],
  attributions=[A("organisers said", "anonymous"), A("Raka said", "named_person", "raka"), A("— Reuters", "wire")],
  entities=[E("Indonesia", "indonesia"), E("Malaysia", "malaysia"), E("Raka Pratama", "raka"), E("Raka", "raka"),
    E("Yosua Halim", "yosua"), E("Lim Wei Jie", "limweijie"), E("Tan Boon Keat", "tanboonkeat")],
  # 'Denmark' occurs only inside the tournament's name ('Denmark Open'): no place.
  places=[P("Indonesia"), P("Malaysia"), P("Odense"), P("Odense Sports Park"), P("Saarbrücken"), P("Germany")],
  claims=[C("Raka Pratama and Yosua Halim won the men's doubles final of the Denmark Open in Odense on Sunday", "other",
      d("2026-10-25"), "Odense", final_players),
    C("Around two dozen Indonesian fans waving red-and-white flags watched the final at the Odense Sports Park", "other",
      place=["Odense Sports Park", "Odense"], quantity=Q(24, "fans")),
    C("the pair would play at the Hylo Open in Saarbrücken, Germany, next week", "other", hylo_week,
      ["Saarbrücken", "Germany"], ["raka", "yosua"])],
  spam=[])
articles["t04-final-denmark-open.txt"] = dict(
  outlet="Arena Olahraga Kita", language="id", publishedAt="2026-10-26T07:00:00+07:00", timeZone=None, wire="AP",
  dates=[D("Sabtu (24/10/2026)", d("2026-10-24")), D("pekan depan", hylo_week)],
  attributions=[A("Bambang Sutejo mengatakan", "named_person", "bambang"), A("Sumber: AP", "wire")],
  entities=[E("Indonesia", "indonesia"), E("Malaysia", "malaysia"), E("Raka Pratama", "raka"), E("Yosua Halim", "yosua"),
    E("Lim Wei Jie", "limweijie"), E("Tan Boon Keat", "tanboonkeat"), E("Bambang Sutejo", "bambang")],
  # 'Denmark' in 'Denmark Open' (occurrences 0 and 1) is the tournament's name; 'Odense, Denmark' is a place.
  places=[P("Indonesia"), P("Malaysia"), P("Odense"), P("Denmark", 2), P("Saarbrücken"), P("Jerman")],
  claims=[C("Raka Pratama/Yosua Halim menjuarai Denmark Open", "other", d("2026-10-24"), ["Odense", "Denmark"],
      final_players),
    C("keduanya akan tampil di Hylo Open di Saarbrücken, Jerman, pekan depan", "other", hylo_week,
      ["Saarbrücken", "Jerman"], ["raka", "yosua"])],
  spam=[])
signing_day = d("2026-09-10")
in_force = m("2027-01")
talks_start = m("2026-03")
articles["t05-perjanjian-dagang-kenya.txt"] = dict(
  outlet="Kabar Dagang Nusantara", language="id", publishedAt="2026-09-11T09:00:00+07:00", timeZone=None, wire=None,
  dates=[D("Kamis (10/9/2026)", signing_day), D("pada Januari 2027", in_force), D("pada Maret lalu", talks_start)],
  attributions=[A("Sri Wahyuni mengatakan", "named_person", "sri"),
    A("Menurut seorang pejabat Kementerian Perdagangan yang tidak mau disebut namanya", "anonymous")],
  entities=[E("Indonesia", "indonesia"), E("Kenya", "kenya"), E("Sri Wahyuni", "sri"), E("Daniel Mwangi", "mwangi")],
  otherNames=["Kementerian Perdagangan"],
  places=[P("Indonesia"), P("Kenya"), P("Nairobi"), P("Jakarta")],
  claims=[C("Indonesia dan Kenya menandatangani perjanjian perdagangan preferensial (PTA) di Nairobi", "agreement",
      signing_day, ["Nairobi", "Kenya"], ["indonesia", "kenya"], Q(200, "pos tarif")),
    C("Penandatanganan dilakukan oleh Menteri Perdagangan Sri Wahyuni dan Menteri Perdagangan Kenya Daniel Mwangi",
      "agreement", participants=["sri", "mwangi"]),
    C("perjanjian itu akan mulai berlaku pada Januari 2027", "other", in_force),
    C("perundingan dimulai di Jakarta pada Maret lalu", "meeting", talks_start, "Jakarta")],
  spam=[])
articles["t06-kenya-indonesia-trade-pact.txt"] = dict(
  outlet="East Africa Trade Monitor", language="en", publishedAt="2026-09-11T01:20:00+03:00", timeZone=None, wire=None,
  dates=[D("on Thursday", signing_day), D("in March", talks_start), D("in January", in_force)],
  attributions=[A("Kenya's trade ministry said", "named_org"), A("Mwangi said", "named_person", "mwangi"),
    A("officials said", "anonymous")],
  entities=[E("Kenya", "kenya"), E("Indonesia", "indonesia"), E("Daniel Mwangi", "mwangi"), E("Mwangi", "mwangi"),
    E("Sri Wahyuni", "sri")],
  places=[P("Kenya"), P("Indonesia"), P("Mombasa"), P("Jakarta")],
  claims=[C("Kenya and Indonesia signed a preferential trade agreement in the port city of Mombasa on Thursday",
      "agreement", signing_day, "Mombasa", ["kenya", "indonesia"], Q(200, "tariff lines")),
    C("Trade Cabinet Secretary Daniel Mwangi and Indonesian Trade Minister Sri Wahyuni signed the deal", "agreement",
      participants=["mwangi", "sri"]),
    C("Talks began in Jakarta in March", "meeting", talks_start, "Jakarta"),
    C("The pact would take effect in January", "other", in_force)],
  spam=[])
aground_day = d("2026-07-17")
articles["t07-romblon-ferry-aground.txt"] = dict(
  outlet="Visayas Maritime News", language="en", publishedAt="2026-07-18T09:30:00+08:00", timeZone=None, wire=None,
  dates=[D("late on Friday", aground_day), D("until Monday", d("2026-07-20"))],
  attributions=[A("officials said", "anonymous"), A("Ramon Villanueva said", "named_person", "villanueva"),
    A("Villanueva said", "named_person", "villanueva", occ=1),
    A("a port official who asked not to be named said", "anonymous")],
  entities=[E("Sibuyan Sea Ferries", "sibuyan"), E("Philippine Coast Guard", "pcg"), E("Ramon Villanueva", "villanueva"),
    E("Villanueva", "villanueva")],
  otherNames=["Maritime Industry Authority"],
  # 'Sibuyan' (in the operator's name) and 'Philippine' (an adjective, and in the coast guard's name) are no places.
  places=[P("Romblon"), P("Tablas Island"), P("Odiongan")],
  claims=[C("A passenger ferry operated by Sibuyan Sea Ferries ran aground off Tablas Island", "other", aground_day,
      ["Tablas Island", "Romblon"], ["sibuyan"]),
    C("The Philippine Coast Guard rescued all 212 passengers and 18 crew", "other", place="Odiongan",
      participants=["pcg"], quantity=Q(212, "passengers")),
    C("The Maritime Industry Authority suspended the company's sailings until Monday", "other", d("2026-07-20"),
      participants=["Maritime Industry Authority", "sibuyan"])],
  spam=[])
articles["t08-feri-kandas-filipina.txt"] = dict(
  outlet="Warta Bahari Indonesia", language="id", publishedAt="2026-07-18T13:00:00+07:00", timeZone=None, wire=None,
  dates=[D("Jumat (17/7/2026) malam", aground_day), D("kemarin", aground_day)],
  attributions=[A("kata juru bicara Penjaga Pantai Filipina Ramon Villanueva", "named_person", "villanueva"),
    A("Menurut Villanueva", "named_person", "villanueva"),
    A("kata seorang pejabat KBRI yang enggan disebut namanya", "anonymous")],
  entities=[E("Romblon Star Shipping", "romblonstar"), E("Penjaga Pantai Filipina", "pcg"), E("Filipina", "philippines"),
    E("Ramon Villanueva", "villanueva"), E("Villanueva", "villanueva"), E("Indonesia", "indonesia")],
  otherNames=["KBRI Manila"],
  # 'Filipina' inside 'Penjaga Pantai Filipina' (occurrences 2 and 3) and 'Romblon' inside the operator's name are no places.
  places=[P("Filipina", 0), P("Filipina", 1), P("Pulau Tablas"), P("Provinsi Romblon"), P("Pelabuhan Odiongan"),
    P("Odiongan"), P("Manila"), P("Indonesia")],
  claims=[C("Kapal feri penumpang MV Dona Carmela milik perusahaan pelayaran Romblon Star Shipping kandas", "other",
      aground_day, ["Pulau Tablas", "Provinsi Romblon", "Romblon", "Filipina"], ["romblonstar"]),
    C("Penjaga Pantai Filipina menyelamatkan seluruh 212 penumpang dan 18 awak kapal", "other",
      place=["Pelabuhan Odiongan", "Odiongan"], participants=["pcg"], quantity=Q(212, "penumpang")),
    C("KBRI Manila mengirim dua staf ke Odiongan kemarin", "visit", aground_day, "Odiongan", ["KBRI Manila"],
      Q(2, "staf"))],
  spam=[])
recall_day = d("2026-03-04")
repair_day = d("2026-04-06")
recall_first = C("Japanese carmaker Hoshino Motor Corp is recalling about 180,000 vehicles in the United States", "other",
  recall_day, "United States", ["hoshino"], Q(180000, "vehicles"))
hoshino_places = [P("U.S."), P("United States"), P("Marysville"), P("Ohio")]
hoshino_entities = [E("Hoshino Motor Corp", "hoshino"), E("Hoshino Motor", "hoshino"), E("Hoshino", "hoshino"),
  E("U.S.", "unitedstates"), E("United States", "unitedstates")]
articles["t09-hoshino-recall.txt"] = dict(
  outlet="Tokyo Business Daily", language="en", publishedAt="2026-03-05T11:00:00+09:00", timeZone=None, wire="Reuters",
  copyGroup="hoshino",
  dates=[D("on Wednesday", recall_day), D("from April 6", repair_day), D("last month", m("2026-02"))],
  attributions=[A("REUTERS -", "wire"), A("the company said", "named_org", occ=0), A("the company said", "named_org", occ=1),
    A("the company said", "named_org", occ=2), A("A company spokesman, who asked not to be named, said", "anonymous")],
  entities=hoshino_entities + [E("Japan", "japan")],
  otherNames=["National Highway Traffic Safety Administration"],
  places=hoshino_places + [P("Japan")],
  claims=[recall_first,
    C("Dealers will replace the pumps free of charge from April 6", "other", repair_day),
    C("Hoshino recalled about 95,000 vehicles in Japan over the same fault last month", "other", m("2026-02"), "Japan",
      ["hoshino"], Q(95000, "vehicles"))],
  spam=[])
articles["t10-hoshino-recall-copy.txt"] = dict(
  outlet="Midwest Motorist News", language="en", publishedAt="2026-03-04T21:30:00-05:00", timeZone=None, wire="Reuters",
  copyGroup="hoshino",
  dates=[D("on Wednesday", recall_day), D("starting April 6", repair_day)],
  attributions=[A("the company said", "named_org", occ=0), A("the company said", "named_org", occ=1),
    A("the company said", "named_org", occ=2), A("A company spokesman, who asked not to be named, said", "anonymous"),
    A("(Reuters)", "wire")],
  entities=hoshino_entities,
  otherNames=["National Highway Traffic Safety Administration"],
  places=hoshino_places,
  claims=[recall_first,
    C("Dealers will replace the faulty pumps at no cost starting April 6", "other", repair_day)],
  spam=[])
flood_day = d("2026-11-08")
drowned_day = d("2026-11-09")
rain_until = d("2026-11-13")
articles["t11-sintang-floods.txt"] = dict(
  outlet="Borneo Weekly Post", language="en", publishedAt="2026-11-10T19:00:00+07:00", timeZone=None, wire="Reuters",
  dates=[D("since Sunday", flood_day), D("on Monday", drowned_day), D("until Friday", rain_until)],
  attributions=[A("according to Reuters", "wire"), A("the regency's disaster agency said", "named_org"),
    A("officials said", "anonymous")],
  entities=[E("Indonesia", "indonesia"), E("Meteorology, Climatology and Geophysics Agency", "bmkg"), E("BMKG", "bmkg")],
  places=[P("Indonesia"), P("West Kalimantan"), P("Kapuas River"), P("Sintang"), P("Kelam Permai"), P("Gedung Pancasila")],
  claims=[C("Floodwaters from the Kapuas River have submerged 14 villages in Sintang regency", "other", flood_day,
      ["Sintang", "West Kalimantan"], quantity=Q(3000, "people")),
    C("Two elderly residents drowned in Kelam Permai district on Monday", "other", drowned_day, "Kelam Permai",
      quantity=Q(2, "residents")),
    C("Soldiers and volunteers handed out food at shelters including the Gedung Pancasila hall in Sintang", "other",
      place=["Gedung Pancasila", "Sintang"]),
    C("The Meteorology, Climatology and Geophysics Agency (BMKG) warned of more heavy rain until Friday", "other",
      rain_until, participants=["bmkg"])],
  spam=[])
articles["t12-banjir-sintang.txt"] = dict(
  outlet="Kapuas Raya News", language="id", publishedAt="2026-11-10T15:00:00+07:00", timeZone=None, wire=None,
  dates=[D("sejak Minggu (8/11/2026)", flood_day), D("kemarin", drowned_day), D("hingga Jumat", rain_until)],
  attributions=[A("Yohanes Ading mengatakan", "named_person", "yohanes"), A("Menurut Yohanes", "named_person", "yohanes")],
  entities=[E("Yohanes Ading", "yohanes"), E("Yohanes", "yohanes"), E("BMKG", "bmkg")],
  otherNames=["BPBD Sintang"],
  places=[P("Sintang"), P("Kabupaten Sintang"), P("Kalimantan Barat"), P("Sungai Kapuas"), P("Gedung Pancasila"),
    P("Kecamatan Kelam Permai")],
  claims=[C("Banjir akibat meluapnya Sungai Kapuas merendam 14 desa di Kabupaten Sintang", "other", flood_day,
      ["Kabupaten Sintang", "Sintang", "Kalimantan Barat"], quantity=Q(14, "desa")),
    C("sekitar 3.000 warga mengungsi ke sejumlah posko, antara lain Gedung Pancasila", "other",
      place=["Gedung Pancasila", "Sintang"], quantity=Q(3000, "warga")),
    C("dua warga lanjut usia meninggal dunia terseret arus di Kecamatan Kelam Permai kemarin", "other", drowned_day,
      ["Kecamatan Kelam Permai", "Kelam Permai"], quantity=Q(2, "warga")),
    C("BMKG memperingatkan hujan lebat masih akan turun hingga Jumat", "other", rain_until, participants=["bmkg"])],
  spam=[])
fire_day = d("2026-06-02")
aid_week = w("2026-06-08", "2026-06-15")
articles["t13-kebakaran-pasar-oeba.txt"] = dict(
  outlet="Flobamora Kini", language="id", publishedAt="2026-06-04T10:00:00+08:00", timeZone=None, wire=None,
  dates=[D("Selasa lalu", fire_day), D("sejak kemarin", d("2026-06-03")), D("pekan depan", aid_week)],
  attributions=[A("Marthen Lado mengatakan", "named_person", "marthen"),
    A("Seorang pedagang yang enggan disebut namanya mengatakan", "anonymous")],
  entities=[E("Marthen Lado", "marthen")],
  otherNames=["Dinas Pemadam Kebakaran Kota Kupang", "Pemerintah Kota Kupang"],
  places=[P("Pasar Oeba"), P("Kupang"), P("Kota Kupang"), P("Kelurahan Fatubesi"), P("Nusa Tenggara Timur"),
    P("Terminal Oebobo")],
  claims=[C("Kebakaran melanda Pasar Oeba di Kelurahan Fatubesi, Kota Kupang, Nusa Tenggara Timur, Selasa lalu", "other",
      fire_day, ["Pasar Oeba", "Kelurahan Fatubesi", "Kota Kupang", "Nusa Tenggara Timur"], quantity=Q(200, "kios")),
    C("Sekitar 300 pedagang untuk sementara berjualan di lapangan parkir Terminal Oebobo sejak kemarin", "other",
      d("2026-06-03"), ["Terminal Oebobo", "Kota Kupang"], quantity=Q(300, "pedagang")),
    C("Pemerintah Kota Kupang akan menyalurkan bantuan Rp1,5 juta kepada setiap pedagang pekan depan", "other", aid_week,
      participants=["Pemerintah Kota Kupang"], quantity=Q(1500000, "rupiah"))],
  spam=[P("Mau cuan cepat?", 0), P("Main slot gacor di HOKI88, deposit 10 ribu auto maxwin, daftar sekarang!", 0)])
articles["t14-cappadocia-balloon.txt"] = dict(
  outlet="Aegean Traveller News", language="en", publishedAt="2026-08-27T18:00:00+03:00", timeZone=None, wire=None,
  dates=[D("on Thursday", d("2026-08-27")), D("until Sunday", d("2026-08-30")), D("last week", w("2026-08-17", "2026-08-24"))],
  attributions=[A("the provincial governor's office said", "named_org"),
    A("a pilot with another company who asked not to be named said", "anonymous")],
  entities=[E("Turkey", "turkey"), E("Anatolia Sky Balloons", "anatoliasky")],
  # 'Anatolia' inside the operator's name is no place.
  places=[P("Cappadocia"), P("Göreme"), P("Turkey"), P("Nevşehir"), P("China"), P("Spain")],
  claims=[C("A hot-air balloon carrying 22 passengers made a hard landing near the town of Göreme", "other",
      d("2026-08-27"), ["Göreme", "Nevşehir", "Turkey"], quantity=Q(22, "passengers")),
    C("four were taken to the state hospital in Nevşehir", "other", place="Nevşehir", quantity=Q(4, "passengers")),
    C("The operator, Anatolia Sky Balloons, suspended its flights until Sunday", "other", d("2026-08-30"),
      participants=["anatoliasky"]),
    C("The company had passed its annual safety inspection last week", "other", w("2026-08-17", "2026-08-24"),
      participants=["anatoliasky"])],
  spam=[])
recount_day = d("2026-04-22")
articles["t15-hitung-ulang-pilkades.txt"] = dict(
  outlet="Priangan Warta", language="id", publishedAt="2026-04-23T08:00:00+07:00", timeZone=None, wire=None,
  dates=[D("Rabu (22/4/2026)", recount_day), D("Senin (13/4/2026)", d("2026-04-13")),
    D("pekan depan", w("2026-04-27", "2026-05-04"))],
  attributions=[A("Iwan Setiawan mengatakan", "named_person", "iwan"),
    A("Menurut seorang anggota panitia yang tidak mau disebut namanya", "anonymous")],
  entities=[E("Ujang Saepudin", "ujang"), E("Dede Rohman", "dede"), E("Iwan Setiawan", "iwan")],
  otherNames=["DPMD Garut"],
  places=[P("Majasari"), P("Desa Majasari"), P("Kecamatan Cibiuk"), P("Kabupaten Garut"), P("Garut"), P("Jawa Barat")],
  claims=[C("Panitia pemilihan kepala desa menggelar penghitungan ulang suara Pilkades Desa Majasari", "other", recount_day,
      ["Desa Majasari", "Kecamatan Cibiuk", "Kabupaten Garut", "Jawa Barat"]),
    C("kepala desa petahana Ujang Saepudin memperoleh 1.214 suara, unggul 37 suara atas penantang Dede Rohman", "other",
      participants=["ujang", "dede"], quantity=Q(1214, "suara")),
    C("Kubu Dede Rohman mengajukan keberatan ke DPMD Garut pada Senin (13/4/2026)", "other", d("2026-04-13"),
      participants=["dede"], quantity=Q(58, "surat suara")),
    C("pelantikan Ujang Saepudin dijadwalkan pekan depan", "other", w("2026-04-27", "2026-05-04"), participants=["ujang"])],
  spam=[])
guidelines = {
  "scope": "The whole stored body, headline line included, as in the seed gold.",
  "dates": "As in heldout-7 and heldout-11. Intervals are local calendar days in the article's own time zone (timeZone null: the offset of publishedAt). A weekday in a future clause ('hingga Kamis', 'until Thursday', 'until Monday', 'until Friday', 'hingga Jumat', 'until Sunday') is the next such day on or after publication; a past weekday ('on Tuesday afternoon', 'on Sunday', 'on Thursday', 'late on Friday', 'on Wednesday', 'since Sunday', 'on Monday', 'Selasa lalu') the most recent such day, the publication day included; 'kemarin'/'kemarin malam'/'sejak kemarin' the day before the publication day in the article's zone. 'pekan depan'/'next week' is the Monday-to-Monday week after the publication week, 'last week' the Monday-to-Monday week before it; 'last month' the calendar month before publication; a month with 'lalu' ('pada Maret lalu') or in a past clause ('Talks began in Jakarta in March') the most recent such month; a month named in a future clause ('in January') the next such month; a month with its year ('pada Januari 2027') that month; a full date ('Selasa (13/10/2026) sore', 'Sabtu (24/10/2026)', 'Kamis (10/9/2026)', 'Jumat (17/7/2026) malam', 'sejak Minggu (8/11/2026)', 'Rabu (22/4/2026)', 'Senin (13/4/2026)', 'from April 6', 'starting April 6') is that day.",
  "attributions": "As in heldout-7 and heldout-11. Every wire credit ('(Antara)', 'AFP/rs', '— Reuters', 'Sumber: AP', 'REUTERS -', '(Reuters)', 'according to Reuters') is wire. People referred to only by role, in the plural or with an indefinite ('officials', 'organisers', 'a port official who asked not to be named', 'A company spokesman, who asked not to be named', 'a pilot with another company who asked not to be named', 'seorang petugas bandara', 'seorang pejabat Kementerian Perdagangan', 'seorang pejabat KBRI', 'Seorang pedagang', 'seorang anggota panitia', each 'yang enggan/tidak mau disebut namanya') are anonymous; an institution referred to by its name or function ('the local volcano observatory', 'the district's disaster agency', 'Kenya's trade ministry', 'the company', 'the regency's disaster agency', 'the provincial governor's office') is named_org, with no ledger entity unless its name is the ledger's.",
  "places": "As in heldout-7 and heldout-11: every mention of a geographic name (country, province, regency, district, village, city, island, river, volcano, port, airport, market, bus terminal, hall, sports venue or other named site: 'Gunung Ibu', 'Mount Ibu', 'Halmahera', 'Gedung Serbaguna Jailolo', 'Bandara Sultan Babullah', 'Sultan Babullah Airport', 'Odense Sports Park', 'Tablas Island', 'Pulau Tablas', 'Pelabuhan Odiongan', 'Kapuas River', 'Sungai Kapuas', 'Gedung Pancasila', 'Pasar Oeba', 'Terminal Oebobo', 'Göreme', 'Desa Majasari'), also as a modifier ('Pos Pengamatan Gunung Ibu', 'Indonesia's North Maluku province', 'Indonesia's Raka Pratama', 'Malaysia's Lim Wei Jie', 'pasangan Malaysia', 'Menteri Perdagangan Kenya', 'Kenya's trade ministry', 'KBRI Manila', 'asal Indonesia', 'Turkey's Nevşehir province', 'tourists from China and Spain', 'BPBD Sintang', 'Dinas Pemadam Kebakaran Kota Kupang', 'Pemerintah Kota Kupang', 'DPMD Garut') and a headline's places ('Pilkades Majasari', 'Pasar Oeba Kupang'). Not places: demonyms and adjectives ('Indonesian', 'Japanese', 'the central Philippine province' keeps 'Romblon'), a place name inside an organisation's or a tournament's proper name ('Denmark' in 'Denmark Open', 'Philippine' in 'Philippine Coast Guard', 'Filipina' in 'Penjaga Pantai Filipina', 'Romblon' in 'Romblon Star Shipping', 'Sibuyan' in 'Sibuyan Sea Ferries', 'Anatolia' in 'Anatolia Sky Balloons'), a vessel's or a product's name ('MV Dona Carmela', 'Kestrel', 'Talon'), descriptions ('the volcano's slopes', 'the port city', 'kapal itu', 'karang', 'lapangan parkir', 'the state hospital' keeps 'Nevşehir'), currencies ('$84,000', 'Rp1,5 juta') and the spam ('HOKI88').",
  "entities": "Mentions of this set's ledger (ledger.json) as in heldout-7 and heldout-11, short names included ('Hendra', 'Raka', 'Mwangi', 'Villanueva', 'Yohanes') once named in full; 'Geological Agency', 'Philippines'/'Penjaga Pantai Filipina', 'Japan', 'United States'/'U.S.', 'Hoshino Motor'/'Hoshino', 'BMKG'/'Meteorology, Climatology and Geophysics Agency' and 'Turkey' are the ledger's aliases; a name inside a longer ledger name counts once, for the longer one ('Filipina' inside 'Penjaga Pantai Filipina', 'Hoshino Motor' inside 'Hoshino Motor Corp', 'Villanueva' inside 'Ramon Villanueva'). Slash-joined pairs ('Raka Pratama/Yosua Halim') are two mentions. Demonyms ('Indonesian', 'Japanese', 'Philippine' as an adjective) are no mention; pronouns and descriptions ('the pair', 'keduanya', 'the company', 'The operator', 'coast guard spokesman', 'the agency') are not mentions; names outside the ledger (Pos Pengamatan Gunung Ibu, Kementerian Perdagangan, the Maritime Industry Authority, KBRI Manila, the National Highway Traffic Safety Administration, BPBD Sintang, Dinas Pemadam Kebakaran Kota Kupang, Pemerintah Kota Kupang, DPMD Garut) are not mentions.",
  "claims": "As in heldout-7 and heldout-11: one per kept sentence that reports an event and names at least one of a date, the place where it happened, a participant (not the source merely cited). Slots: date (interval, or 'unresolved'), place (acceptable names: the site and/or its district, city or region), participants (ledger keys or names), quantity (not proposed by extraction; kept for reading values from quotes). A claim matches a suggestion whose span overlaps its anchor text; each slot value is scored on its own.",
  "wire": "The wire the article credits, or null.",
  "spam": "Injected spam tokens; no quote or suggestion span may include them."
}
decisions = {
  "as before": "The decisions of heldout-3 to heldout-11 apply unchanged: reported events take their own date, place and parties; a sentence whose only content is a number, a duration, a remark, an assessment or a description is no claim (the agreement's cut of duties on more than two hundred tariff lines in t05, whose 200 lines go to the signing's quantity; the prize money in t03; 'Gelar itu merupakan yang pertama' in t04; the coast guard's account of rough seas pushing the ferry onto a reef in t07 and t08; the recall's coverage of the Kestrel and Talon models built in Marysville, Ohio in t09 and t10; the spokesman's remark that no crashes were linked; the fire chief's assessment of the fire's cause and the trader's remark in t13; the pilot's remark on the wind in t14; the committee member's assessment of the recount in t15); headlines are not claims. A signing, a start of talks, an entry into force, an eruption, an alert raised, an evacuation, a closure and a suspension, a final won, a tournament to be played, a rescue, a visit by embassy staff, a recall and a repair date announced, a flood, deaths, a food handout, a warning, a fire, traders moved, aid to be paid, a hard landing, the injured taken to hospital, an inspection passed, a recount, its result, an objection and an inauguration scheduled are acts.",
  "durations": "'shortly after dawn', 'just after take-off', 'annual', 'in three games', 'dalam tiga gim', 'musim ini' and the spam's '10 ribu' are not date expressions; 'Level IV (Awas)' and 'the highest of its four levels' are alert levels, not quantities.",
  "relative days": "t01 is stamped 08:30 on Wednesday 14 October 2026 at +09:00 (still Tuesday 13 October in UTC): 'Selasa (13/10/2026) sore' and 'kemarin malam' are 13 October, 'hingga Kamis' 15 October; t02 (Tuesday 13 October, 19:40 at +07:00): 'on Tuesday afternoon' 13 October, 'until Thursday' 15 October. t03 is stamped 00:30 on Monday 26 October at +08:00 (still Sunday 25 October in UTC): 'on Sunday' is 25 October, 'next week' 2–9 November; t04 (Monday 26 October, 07:00 at +07:00): 'Sabtu (24/10/2026)' 24 October, 'pekan depan' 2–9 November. t05 (Friday 11 September, 09:00 at +07:00): 'Kamis (10/9/2026)' 10 September, 'pada Januari 2027' January 2027, 'pada Maret lalu' March 2026; t06 is stamped 01:20 on Friday 11 September at +03:00 (Thursday 10 September in UTC): 'on Thursday' 10 September, the past 'in March' March 2026, the future 'in January' January 2027. t07 (Saturday 18 July, 09:30 at +08:00): 'late on Friday' 17 July, 'until Monday' 20 July; t08 (Saturday 18 July, 13:00 at +07:00): 'Jumat (17/7/2026) malam' and 'kemarin' 17 July. t09 (Thursday 5 March, 11:00 at +09:00) and its copy t10 (21:30 on Wednesday 4 March at -05:00, Thursday 5 March in UTC): in both 'on Wednesday' is 4 March and 'from April 6'/'starting April 6' 6 April 2026; t09's 'last month' February 2026. t11 (Tuesday 10 November, 19:00 at +07:00): 'since Sunday' 8 November, 'on Monday' 9 November, 'until Friday' 13 November; t12 (Tuesday 10 November, 15:00 at +07:00): 'sejak Minggu (8/11/2026)' 8 November, 'kemarin' 9 November, 'hingga Jumat' 13 November. t13 (Thursday 4 June, 10:00 at +08:00): 'Selasa lalu' 2 June, 'sejak kemarin' 3 June, 'pekan depan' 8–15 June. t14 (Thursday 27 August, 18:00 at +03:00): 'on Thursday' 27 August, 'until Sunday' 30 August, 'last week' 17–24 August. t15 (Thursday 23 April, 08:00 at +07:00): 'Rabu (22/4/2026)' 22 April, 'Senin (13/4/2026)' 13 April, 'pekan depan' 27 April–4 May.",
  "speakers": "Role-and-name speakers span the name and verb ('Hendra Wijaya mengatakan', 'Bambang Sutejo mengatakan', 'Sri Wahyuni mengatakan', 'Ramon Villanueva said', 'Yohanes Ading mengatakan', 'Marthen Lado mengatakan', 'Iwan Setiawan mengatakan'); the inverted 'kata juru bicara Penjaga Pantai Filipina Ramon Villanueva' spans from 'kata' to the name; 'Menurut Hendra', 'Raka said', 'Mwangi said', 'Villanueva said' (the second occurrence, the first lying inside 'Ramon Villanueva said'), 'Menurut Villanueva' and 'Menurut Yohanes' are the people named before. Unnamed speakers span speaker to verb, through a comma-set 'who asked not to be named' ('A company spokesman, who asked not to be named, said'), or to the 'namanya' that closes them ('kata seorang petugas bandara yang enggan disebut namanya', 'Menurut seorang pejabat Kementerian Perdagangan yang tidak mau disebut namanya', 'kata seorang pejabat KBRI yang enggan disebut namanya', 'Seorang pedagang yang enggan disebut namanya mengatakan', 'Menurut seorang anggota panitia yang tidak mau disebut namanya'). t09 and t10 carry three 'the company said' each (occurrences 0, 1, 2).",
  "participants": "Badan Geologi / the Geological Agency is the party of the raised alert (t01 'Badan Geologi menaikkan status', t02 'The Geological Agency raised'); the eruption, the evacuation and the airport closure have none. The final's parties are both pairs (Raka Pratama, Yosua Halim, Lim Wei Jie, Tan Boon Keat) in t03 and t04; 'the pair' (t03) and 'keduanya' (t04) of the Hylo Open are Raka Pratama and Yosua Halim; the fans have none. The countries signing are the parties of the signing sentence (Indonesia and Kenya in both t05 and t06), the ministers those of the sentence naming who signed (Sri Wahyuni and Daniel Mwangi in both); the talks and the entry into force have none. The ferry's operator is the party of its running aground (t07 Sibuyan Sea Ferries, t08 Romblon Star Shipping); the Philippine Coast Guard / Penjaga Pantai Filipina of the rescue; the Maritime Industry Authority and 'the company' (Sibuyan Sea Ferries) of the suspension; KBRI Manila of the staff sent. Hoshino Motor Corp of both recalls; the dealers of the repair are unnamed. BMKG of the warning; the Pemerintah Kota Kupang of the aid; Anatolia Sky Balloons of the suspended flights and, as 'The company', of the inspection; Ujang Saepudin and Dede Rohman of the recount's result, Dede Rohman of the objection, Ujang Saepudin of the inauguration. Residents, evacuees, passengers, crew, traders, soldiers and volunteers, officers and the recount committee are no parties.",
  "event place": "A sentence that refers back by description takes the named site where the act happened: the traders moved to Terminal Oebobo take Kota Kupang too; the handout 'at shelters including the Gedung Pancasila hall in Sintang' and t12's evacuees at Gedung Pancasila take Sintang. The evacuees take where they were taken (Gedung Serbaguna Jailolo, Jailolo), not the villages they left (Kecamatan Ibu); the rescue takes the port the rescued were brought to (Odiongan); the injured the hospital's town (Nevşehir); the ash fall Ternate; the Hylo Open Saarbrücken; the start of talks Jakarta. The alert raised for the volcano, the entry into force, the suspension of sailings, the recall's repair date, the BMKG warning, the aid, the suspended balloon flights, the inspection, the recount's result, the objection (lodged with the DPMD, an office) and the inauguration name no place.",
  "disagreements": "Four disagreements between independent outlets: the Mount Ibu evacuation's count (t01 'lebih dari 5.000 warga', '(Antara)'; t02 'About 1,800 residents', 'AFP/rs'; the eruption on 13 October, the ash column of 4,000 metres, the shelters in Jailolo, the raised alert and the closure of the Ternate airport until 15 October agree); the Denmark Open final's day (t03 'on Sunday' = 25 October, '— Reuters', stamped past local midnight at +08:00; t04 'Sabtu (24/10/2026)', 'Sumber: AP'; the four players, Odense, and the Hylo Open in Saarbrücken in the week of 2 November agree); the Indonesia–Kenya trade agreement's signing (t05 'di Nairobi, Kenya', t06 'in the port city of Mombasa': two cities, neither within the other; 10 September, more than 200 tariff lines, the two ministers, the talks begun in Jakarta in March and the entry into force in January 2027 agree); the Romblon ferry's operator (t07 'operated by Sibuyan Sea Ferries', t08 'milik perusahaan pelayaran Romblon Star Shipping'; 17 July, Tablas Island in Romblon, the coast guard's rescue of 212 passengers and 18 crew brought to Odiongan agree). The Sintang flood (t11 English, 'according to Reuters'; t12 Indonesian, no wire) agrees in every value told by both: the start on 8 November ('since Sunday', 'sejak Minggu (8/11/2026)'), 14 villages in Sintang regency, West Kalimantan / Kalimantan Barat, about 3,000 displaced, two elderly residents drowned in Kelam Permai on 9 November ('on Monday', 'kemarin'), Gedung Pancasila, the BMKG warning until 13 November ('until Friday', 'hingga Jumat'); t11's food handout and t12's evacuation to shelters are different happenings at one site, not a conflict.",
  "copies": "t09/t10 (the Hoshino recall, a Reuters text opening 'REUTERS -' and another outlet's copy ending '(Reuters)', with a new headline, the repair sentence lightly reworded and the sentence on last month's recall in Japan dropped) are a near-copy pair (copyGroup 'hoshino'); they agree on every value, t10's stamp being past UTC midnight at -05:00 while its local day is still Wednesday 4 March.",
  "spam": "t13 carries one injected gambling paragraph between two paragraphs of the report (a hook question and a slot-site call with a brand token), annotated as two spans."
}
out = {"about": "Twelfth held-out set for the extraction evaluation: fifteen articles written for it (packages/bench/extraction/heldout-12/articles; seven Indonesian, eight English), annotated by hand without reading the extractor code, before the extractor was run on them. The events are modelled on real-world kinds; people, companies, the events and outlets are invented and every text is the set's own. Same format and conventions as heldout-7 and heldout-11. Spans are text plus occurrence index, as in the seed gold.",
       "guidelines": guidelines, "decisions": decisions, "articles": articles}
json.dump(out, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.json"), "w"), indent=1, ensure_ascii=False)
print(len(articles))
