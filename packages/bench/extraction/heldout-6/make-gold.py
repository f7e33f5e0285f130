# Writes gold.json from the hand annotation below (sixth held-out set; same helpers and format as
# ../heldout-5/make-gold.py). Run: python3 make-gold.py
import json, datetime as dt

def d(s):
    a = dt.date.fromisoformat(s); return {"start": s, "end": (a + dt.timedelta(days=1)).isoformat(), "precision": "day"}
def m(s):
    y, mo = map(int, s.split("-")); e = (y + (mo == 12), mo % 12 + 1)
    return {"start": f"{y:04d}-{mo:02d}-01", "end": f"{e[0]:04d}-{e[1]:02d}-01", "precision": "month"}
def y(n): return {"start": f"{n}-01-01", "end": f"{n+1}-01-01", "precision": "year"}
def w(s, e): return {"start": s, "end": e, "precision": "week"}
def D(text, interval, occ=0): return {"text": text, "occurrence": occ, "interval": interval}
def A(text, kind, entity=None, occ=0): return {"text": text, "occurrence": occ, "kind": kind, "entity": entity}
def E(text, entity): return {"text": text, "entity": entity, "all": True}
def P(text, occ=None):
    return {"text": text, "all": True} if occ is None else {"text": text, "occurrence": occ}
def C(text, kind, date=None, place=None, participants=None, quantity=None, occ=0):
    c = {"text": text, "occurrence": occ, "kind": kind}
    if date is not None: c["date"] = date
    if place is not None: c["place"] = place if isinstance(place, list) else [place]
    if participants: c["participants"] = participants
    if quantity: c["quantity"] = quantity
    return c
def Q(amount, unit): return {"amount": amount, "unit": unit}
UNRESOLVED = "unresolved"

articles = {}
hst_next_week = w("2025-01-20", "2025-01-27")
articles["s01-banjir-hst.txt"] = dict(
  outlet="Banua Kini", language="id", publishedAt="2025-01-14T19:20:00+08:00", timeZone=None, wire="Antara",
  dates=[D("Senin (13/1/2025) dini hari", d("2025-01-13")), D("kemarin sore", d("2025-01-13")),
    D("Senin pagi", d("2025-01-13")), D("pekan depan", hst_next_week)],
  attributions=[A("Ahmad Fauzan mengatakan", "named_person", "fauzan"),
    A("kata seorang pejabat yang enggan disebut namanya", "anonymous"), A("(Antara)", "wire")],
  entities=[E("Ahmad Fauzan", "fauzan")],
  otherNames=["BPBD Hulu Sungai Tengah", "Tim SAR gabungan", "Pemerintah Provinsi Kalimantan Selatan"],
  places=[P("Sungai Barabai"), P("Hulu Sungai Tengah"), P("Kabupaten Hulu Sungai Tengah"), P("Kalimantan Selatan"),
    P("Masjid Agung Riyadhus Shalihin"), P("Barabai"), P("Desa Pantai Hambawang"), P("Jalan Trans Kalimantan"), P("Kandangan")],
  claims=[C("Banjir merendam sedikitnya 1.400 rumah di tujuh kecamatan di Kabupaten Hulu Sungai Tengah", "other", d("2025-01-13"),
      ["Kabupaten Hulu Sungai Tengah", "Kalimantan Selatan", "Sungai Barabai"], quantity=Q(1400, "rumah")),
    C("sebanyak 2.500 warga mengungsi ke Masjid Agung Riyadhus Shalihin", "other",
      place=["Masjid Agung Riyadhus Shalihin", "Barabai"], quantity=Q(2500, "warga")),
    C("Tim SAR gabungan mengevakuasi warga lanjut usia dengan perahu karet di Desa Pantai Hambawang", "other", d("2025-01-13"),
      "Desa Pantai Hambawang"),
    C("Jalan Trans Kalimantan yang menghubungkan Barabai dan Kandangan tidak bisa dilalui", "other", d("2025-01-13"),
      ["Jalan Trans Kalimantan", "Barabai", "Kandangan"]),
    C("Pemerintah Provinsi Kalimantan Selatan akan mengirim bantuan logistik ke Barabai pekan depan", "other", hst_next_week,
      "Barabai", ["Pemerintah Provinsi Kalimantan Selatan"])],
  spam=[])
articles["s02-kalimantan-floods.txt"] = dict(
  outlet="Borneo Ledger", language="en", publishedAt="2025-01-15T00:30:00+08:00", timeZone=None, wire="AFP",
  dates=[D("early on Monday", d("2025-01-13")), D("on Monday afternoon", d("2025-01-13")), D("next week", hst_next_week)],
  attributions=[A("according to AFP", "wire"), A("officials in Hulu Sungai Tengah said", "anonymous"),
    A("Ahmad Fauzan, who heads the regency's disaster mitigation agency, said", "named_person", "fauzan"),
    A("Hydrologists at a university in Banjarmasin, who asked not to be named, said", "anonymous")],
  entities=[E("Indonesia", "indonesia"), E("Ahmad Fauzan", "fauzan")],
  places=[P("Indonesia"), P("South Kalimantan"), P("Hulu Sungai Tengah regency"), P("Hulu Sungai Tengah"), P("Barabai River"),
    P("Barabai"), P("Pantai Hambawang"), P("Banjarmasin")],
  claims=[C("Floods have submerged about 1,400 homes in Hulu Sungai Tengah regency", "other", d("2025-01-13"),
      ["Hulu Sungai Tengah regency", "South Kalimantan", "Indonesia", "Barabai River"], quantity=Q(1400, "homes")),
    C("About 4,000 residents were displaced and were sheltering in mosques and schools in the town of Barabai", "other",
      place="Barabai", quantity=Q(4000, "residents")),
    C("rescuers had used rubber boats to reach elderly villagers in Pantai Hambawang on Monday afternoon", "other",
      d("2025-01-13"), "Pantai Hambawang"),
    C("The provincial government will send food and clean water to the town next week", "other", hst_next_week, "Barabai",
      ["the provincial government"])],
  spam=[])
ferry_next_week = w("2025-03-10", "2025-03-17")
articles["s03-kapal-terbakar-lembar.txt"] = dict(
  outlet="Kabar Rinjani", language="id", publishedAt="2025-03-06T08:15:00+08:00", timeZone=None, wire=None,
  dates=[D("Rabu (5/3/2025) malam", d("2025-03-05")), D("pekan depan", ferry_next_week), D("kemarin sore", d("2025-03-05"))],
  attributions=[A("Lalu Wirajaya mengatakan", "named_person", "wirajaya"),
    A("kata seorang petugas syahbandar yang enggan disebut namanya", "anonymous")],
  entities=[E("Lalu Wirajaya", "wirajaya"), E("Kementerian Perhubungan", "kemenhub")],
  otherNames=["Kantor SAR Mataram", "KMP Bahari Nusa 7"],
  places=[P("Lembar"), P("Pelabuhan Lembar"), P("Kabupaten Lombok Barat"), P("Nusa Tenggara Barat"), P("Mataram"),
    P("RSUD Patut Patuh Patju"), P("Gerung"), P("Padang Bai")],
  claims=[C("Kapal motor penyeberangan (KMP) Bahari Nusa 7 terbakar sekitar empat mil dari Pelabuhan Lembar", "other",
      d("2025-03-05"), ["Pelabuhan Lembar", "Kabupaten Lombok Barat", "Nusa Tenggara Barat"], quantity=Q(4, "mil")),
    C("287 penumpang dan 24 awak kapal dievakuasi ke Pelabuhan Lembar", "other", place="Pelabuhan Lembar",
      quantity=Q(287, "penumpang")),
    C("Tiga penumpang meninggal dunia dan jenazahnya dibawa ke RSUD Patut Patuh Patju di Gerung", "other",
      place=["RSUD Patut Patuh Patju", "Gerung"], quantity=Q(3, "penumpang")),
    C("Kementerian Perhubungan akan memeriksa seluruh kapal di lintasan Lembar–Padang Bai mulai pekan depan", "other",
      ferry_next_week, ["Lembar", "Padang Bai"], ["kemenhub"]),
    C("Kapal itu berlayar dari Padang Bai sejak kemarin sore", "other", d("2025-03-05"), "Padang Bai",
      quantity=Q(38, "kendaraan"))],
  spam=[])
articles["s04-bali-ferry-fire.txt"] = dict(
  outlet="Harbor & Coast Review", language="en", publishedAt="2025-03-05T23:40:00-05:00", timeZone=None, wire="Reuters",
  dates=[D("late on Wednesday", d("2025-03-05")), D("next week", ferry_next_week)],
  attributions=[A("REUTERS –", "wire"), A("the national search and rescue agency said", "named_org"),
    A("officials in Karangasem said", "anonymous"), A("the agency said", "named_org"),
    A("Indonesia's transport ministry said", "named_org")],
  entities=[E("Indonesia", "indonesia")],
  otherNames=["KMP Bahari Nusa 7"],
  places=[P("Bali"), P("Padang Bai"), P("Karangasem"), P("Indonesia")],
  claims=[C("A passenger ferry carrying more than 300 people caught fire off Padang Bai port", "other", d("2025-03-05"),
      ["Padang Bai", "Bali"], quantity=Q(300, "people")),
    C("Fishing boats and a navy patrol vessel took 287 passengers and 24 crew members to Padang Bai", "other",
      place="Padang Bai", quantity=Q(287, "passengers")),
    C("it would inspect every ferry on the route from next week", "other", ferry_next_week, participants=["kemenhub"])],
  spam=[])
articles["s05-menlu-wellington.txt"] = dict(
  outlet="Warta Diplomasi", language="id", publishedAt="2025-05-13T21:00:00+07:00", timeZone=None, wire=None,
  dates=[D("Senin (12/5/2025)", d("2025-05-12")), D("tahun depan", y(2026)), D("Minggu malam", d("2025-05-11")),
    D("Rabu", d("2025-05-14"))],
  attributions=[A("kata juru bicara Kementerian Luar Negeri Rina Kusuma", "named_person", "rina"),
    A("Seorang diplomat yang tidak mau disebut namanya mengatakan", "anonymous")],
  entities=[E("Dimas Prasetyo", "dimas"), E("Dimas", "dimas"), E("Selandia Baru", "nz"), E("Helen Marsh", "marsh"),
    E("Indonesia", "indonesia"), E("Rina Kusuma", "rina")],
  otherNames=["Kementerian Luar Negeri", "Perdana Menteri Selandia Baru"],
  places=[P("Selandia Baru"), P("Gedung Parlemen Selandia Baru"), P("Wellington"), P("Indonesia"), P("Canberra"), P("Auckland"),
    P("Jakarta")],
  claims=[C("Menteri Luar Negeri Dimas Prasetyo bertemu Menteri Luar Negeri Selandia Baru Helen Marsh", "meeting",
      d("2025-05-12"), ["Gedung Parlemen Selandia Baru", "Wellington"], ["dimas", "marsh"]),
    C("Kedua menteri sepakat membiayai beasiswa bagi 200 mahasiswa Indonesia mulai tahun depan", "agreement", y(2026),
      participants=["dimas", "marsh"], quantity=Q(200, "mahasiswa")),
    C("Dimas tiba di Wellington pada Minggu malam", "visit", d("2025-05-11"), "Wellington", ["dimas"]),
    C("Dimas dijadwalkan bertemu Perdana Menteri Selandia Baru di Auckland pada Rabu", "meeting", d("2025-05-14"), "Auckland",
      ["dimas", "Perdana Menteri Selandia Baru"])],
  spam=[])
articles["s06-wellington-talks.txt"] = dict(
  outlet="Capital Harbour News", language="en", publishedAt="2025-05-15T00:05:00+12:00", timeZone=None, wire=None,
  dates=[D("on Tuesday", d("2025-05-13")), D("next year", y(2026)), D("on Sunday evening", d("2025-05-11")),
    D("on Friday", d("2025-05-16"))],
  attributions=[A("Marsh's office said", "named_org"), A("A senior official familiar with the talks said", "anonymous")],
  entities=[E("Indonesia", "indonesia"), E("New Zealand", "nz"), E("Dimas Prasetyo", "dimas"), E("Dimas", "dimas"),
    E("Helen Marsh", "marsh"), E("Marsh", "marsh")],
  places=[P("Indonesia"), P("New Zealand"), P("Parliament House"), P("Wellington"), P("Canberra"), P("Auckland")],
  claims=[C("Indonesian Foreign Minister Dimas Prasetyo met his New Zealand counterpart Helen Marsh", "meeting", d("2025-05-13"),
      ["Parliament House", "Wellington"], ["dimas", "marsh"]),
    C("The two ministers agreed to fund scholarships for 200 Indonesian students from next year", "agreement", y(2026),
      participants=["dimas", "marsh"], quantity=Q(200, "students")),
    C("Dimas arrived in Wellington from Canberra on Sunday evening", "visit", d("2025-05-11"), "Wellington", ["dimas"]),
    C("Dimas is due to fly home from Auckland on Friday", "other", d("2025-05-16"), "Auckland", ["dimas"])],
  spam=[])
articles["s07-sandiganbayan-verdict.txt"] = dict(
  outlet="Manila Bay Chronicle", language="en", publishedAt="2025-08-23T00:35:00+08:00", timeZone=None, wire="AP",
  dates=[D("on Friday", d("2025-08-22")), D("2021", y(2021)), D("last month", m("2025-07"))],
  attributions=[A("Prosecutors said", "anonymous"),
    A("Villareal, who was arrested at his home in Balanga City last month, said", "named_person", "villareal"),
    A("The Office of the Ombudsman, which prosecuted the case, said", "named_org", "ombudsman"), A("— AP", "wire")],
  entities=[E("Sandiganbayan", "sandiganbayan"), E("Philippines", "philippines"), E("Ramon Villareal", "villareal"),
    E("Villareal", "villareal"), E("Office of the Ombudsman", "ombudsman")],
  places=[P("MANILA"), P("Philippines"), P("Bataan"), P("Quezon City"), P("Balanga City")],
  claims=[C("The Sandiganbayan, the Philippines' anti-graft court, sentenced former Bataan governor Ramon Villareal", "other",
      d("2025-08-22"), "Quezon City", ["sandiganbayan", "villareal"], Q(10, "years")),
    C("the money had been diverted through three shell companies in 2021", "other", y(2021)),
    C("who was arrested at his home in Balanga City last month", "other", m("2025-07"), "Balanga City", ["villareal"]),
    C("it would ask the court to freeze two of his properties in Bataan", "other", place="Bataan", participants=["ombudsman"]),
    C("About two dozen supporters waited outside the courthouse", "other", place="Quezon City", quantity=Q(24, "supporters"))],
  spam=[])
articles["s08-dagang-peru.txt"] = dict(
  outlet="Bisnis Lintas Benua", language="id", publishedAt="2025-08-12T06:30:00+07:00", timeZone=None, wire="Reuters",
  dates=[D("Senin (11/8/2025)", d("2025-08-11")), D("Januari 2026", m("2026-01")), D("Sabtu lalu", d("2025-08-09")),
    D("2022", y(2022))],
  attributions=[A("Yudha Pratama mengatakan", "named_person", "yudha"),
    A("Menurut seorang sumber yang mengetahui jalannya perundingan", "anonymous"), A("(sumber: Reuters)", "wire")],
  entities=[E("Indonesia", "indonesia"), E("Peru", "peru"), E("Yudha Pratama", "yudha"), E("Yudha", "yudha"),
    E("Carlos Mendoza", "mendoza")],
  otherNames=["IP-CEPA", "Menteri Perdagangan Luar Negeri Peru"],
  places=[P("Indonesia"), P("Peru"), P("Istana Pemerintahan"), P("Lima"), P("Jakarta")],
  claims=[C("Indonesia dan Peru menandatangani Perjanjian Kemitraan Ekonomi Komprehensif", "agreement", d("2025-08-11"),
      ["Istana Pemerintahan", "Lima"], ["indonesia", "peru"]),
    C("perjanjian itu mulai berlaku pada Januari 2026", "other", m("2026-01"), quantity=Q(1200000, "ton")),
    C("Yudha tiba di Lima pada Sabtu lalu dan sempat bertemu", "visit", d("2025-08-09"), "Lima", ["yudha", "mendoza"]),
    C("Perundingan perjanjian itu dimulai di Jakarta pada 2022", "other", y(2022), "Jakarta")],
  spam=[])
articles["s09-mogok-sepatu.txt"] = dict(
  outlet="Suara Buruh Banten", language="id", publishedAt="2025-07-16T21:10:00+07:00", timeZone=None, wire=None,
  dates=[D("Senin lalu", d("2025-07-14")), D("kemarin", d("2025-07-15")), D("kemarin siang", d("2025-07-15")),
    D("pekan depan", w("2025-07-21", "2025-07-28"))],
  attributions=[A("Eko Wahyudi mengatakan", "named_person", "eko"),
    A("Seorang pejabat Dinas Tenaga Kerja yang enggan disebut namanya mengatakan", "anonymous")],
  entities=[E("PT Langkah Jaya Footwear", "langkah"), E("Serikat Pekerja Nasional", "spn"), E("SPN", "spn"),
    E("Eko Wahyudi", "eko")],
  otherNames=["Dinas Tenaga Kerja Kabupaten Tangerang", "Dinas Tenaga Kerja"],
  places=[P("Tangerang"), P("Kecamatan Pasar Kemis"), P("Kabupaten Tangerang"), P("Banten"), P("Kantor Bupati Tangerang"),
    P("Tigaraksa")],
  claims=[C("Sekitar 3.200 buruh PT Langkah Jaya Footwear di Kecamatan Pasar Kemis", "other", d("2025-07-14"),
      ["Kecamatan Pasar Kemis", "Kabupaten Tangerang", "Banten"], ["langkah"], Q(3200, "buruh")),
    C("perundingan dengan manajemen di kantor Dinas Tenaga Kerja Kabupaten Tangerang kemarin berakhir buntu", "other",
      d("2025-07-15"), "Kabupaten Tangerang", ["spn", "langkah"]),
    C("Sekitar 500 buruh juga berunjuk rasa di depan Kantor Bupati Tangerang di Tigaraksa", "other", d("2025-07-15"),
      ["Kantor Bupati Tangerang", "Tigaraksa"], quantity=Q(500, "buruh")),
    C("pemerintah daerah akan memanggil pemilik perusahaan pekan depan", "other", w("2025-07-21", "2025-07-28"),
      participants=["pemerintah daerah", "langkah"])],
  spam=[{"text": "Main slot gacor, pasti jackpot!"},
    {"text": "Daftar sekarang di kilatbet88 dan nikmati bonus deposit 200%."}])
reshuffle_attr = [A("the palace said", "named_org"), A("A source familiar with the matter said", "anonymous")]
reshuffle_dates = [D("on Wednesday", d("2025-09-17")), D("last week", w("2025-09-08", "2025-09-15")),
  D("last month", m("2025-08")), D("on Friday", d("2025-09-19"))]
reshuffle_claims = [
  C("Indonesian President Prabowo Subianto replaced his finance and energy ministers on Wednesday", "other", d("2025-09-17"),
    ["Istana Negara", "Jakarta"], ["prabowo"], Q(5, "cabinet members")),
  C("Economist Hadi Kurniawan, a former deputy finance minister, was named finance minister", "other",
    participants=["hadi", "surya"]),
  C("Prabowo had told the outgoing ministers of his decision last week", "other", w("2025-09-08", "2025-09-15"),
    participants=["prabowo"]),
  C("Students and labour groups staged protests outside the House of Representatives in Jakarta last month", "other",
    m("2025-08"), ["House of Representatives", "Jakarta"]),
  C("Prabowo is due to chair his first cabinet meeting with the new ministers on Friday", "meeting", d("2025-09-19"),
    participants=["prabowo"])]
reshuffle_entities = [E("Prabowo Subianto", "prabowo"), E("Prabowo", "prabowo"), E("Hadi Kurniawan", "hadi"),
  E("Surya Atmaja", "surya")]
articles["s10-cabinet-reshuffle.txt"] = dict(
  outlet="Archipelago Markets Daily", language="en", publishedAt="2025-09-17T18:40:00+07:00", timeZone=None, wire="Reuters",
  copyGroup="reshuffle",
  dates=reshuffle_dates,
  attributions=[A("(Reuters)", "wire")] + reshuffle_attr,
  entities=[E("Indonesia", "indonesia")] + reshuffle_entities,
  places=[P("Indonesia"), P("JAKARTA"), P("Istana Negara"), P("Jakarta"), P("House of Representatives")],
  claims=reshuffle_claims,
  spam=[])
articles["s11-reshuffle-copy.txt"] = dict(
  outlet="Asia Pacific Ledger", language="en", publishedAt="2025-09-18T00:20:00+09:00", timeZone=None, wire="Reuters",
  copyGroup="reshuffle",
  dates=reshuffle_dates,
  attributions=reshuffle_attr + [A("Source: Reuters", "wire")],
  entities=reshuffle_entities,
  places=[P("Istana Negara"), P("Jakarta"), P("House of Representatives")],
  claims=reshuffle_claims,
  spam=[])
articles["s12-corinth-wildfire.txt"] = dict(
  outlet="Continental Herald", language="en", publishedAt="2025-07-28T00:40:00+03:00", timeZone=None, wire=None,
  dates=[D("on Saturday", d("2025-07-26")), D("yesterday", d("2025-07-27")), D("on Sunday", d("2025-07-27")),
    D("on Tuesday", d("2025-07-29"))],
  attributions=[A("Greece's fire service said", "named_org"), A("officials in Corinth said", "anonymous"),
    A("Nikos Andreou said", "named_person", "andreou"), A("The fire service said", "named_org")],
  entities=[E("Greece", "greece"), E("Nikos Andreou", "andreou")],
  places=[P("Corinth"), P("Xylokastro"), P("Greece"), P("Derveni"), P("Olympia Odos motorway"), P("Patras")],
  claims=[C("A wildfire that broke out on Saturday in pine forests near the town of Xylokastro", "other", d("2025-07-26"),
      ["Xylokastro", "Corinth"], quantity=Q(24, "homes")),
    C("About 300 firefighters backed by 12 water-dropping aircraft battled the flames throughout yesterday", "other",
      d("2025-07-27"), ["Xylokastro", "Corinth"], quantity=Q(300, "firefighters")),
    C("a man had been arrested in the nearby village of Derveni", "other", place="Derveni"),
    C("The Olympia Odos motorway between Corinth and Patras was closed for several hours on Sunday", "other", d("2025-07-27"),
      ["Olympia Odos motorway", "Corinth", "Patras"]),
    C("winds of up to 70 km/h were expected to ease on Tuesday", "other", d("2025-07-29"))],
  spam=[])
articles["s13-kebakaran-korintus.txt"] = dict(
  outlet="Kabar Mancanegara", language="id", publishedAt="2025-07-28T10:15:00+07:00", timeZone=None, wire="AFP",
  dates=[D("Sabtu (26/7/2025)", d("2025-07-26")), D("Minggu (27/7/2025)", d("2025-07-27")), D("kemarin", d("2025-07-27"))],
  attributions=[A("kata dinas pemadam kebakaran Yunani", "named_org"), A("Nikos Andreou mengatakan", "named_person", "andreou"),
    A("AFP/xy", "wire")],
  entities=[E("Yunani", "greece"), E("Nikos Andreou", "andreou")],
  places=[P("Korintus"), P("Xylokastro"), P("Yunani"), P("Desa Derveni"), P("Olympia Odos"), P("Patras")],
  claims=[C("Kebakaran hutan yang berkobar sejak Sabtu (26/7/2025) di dekat kota Xylokastro", "other", d("2025-07-26"),
      ["Xylokastro", "Korintus", "Yunani"], quantity=Q(40, "rumah")),
    C("Sekitar 300 petugas pemadam dibantu 12 pesawat pengebom air berjibaku memadamkan api", "other", d("2025-07-27"),
      "Xylokastro", quantity=Q(300, "petugas")),
    C("seorang pria ditangkap di Desa Derveni", "other", place="Desa Derveni"),
    C("Jalan tol Olympia Odos yang menghubungkan Korintus dan Patras ditutup", "other", d("2025-07-27"),
      ["Olympia Odos", "Korintus", "Patras"])],
  spam=[])
articles["s14-ktt-d8.txt"] = dict(
  outlet="Kabar Istana Kini", language="id", publishedAt="2024-12-20T05:45:00+07:00", timeZone=None, wire="AFP",
  dates=[D("Kamis (19/12/2024)", d("2024-12-19")), D("Rabu malam", d("2024-12-18")), D("hari ini", d("2024-12-20"))],
  attributions=[A("kata seorang diplomat yang enggan disebut namanya", "anonymous"), A("Sumber: AFP", "wire")],
  entities=[E("Prabowo Subianto", "prabowo"), E("Prabowo", "prabowo"), E("D-8", "d8"), E("Mesir", "egypt"),
    E("Abdel Fattah el-Sisi", "sisi")],
  otherNames=["Konferensi Tingkat Tinggi (KTT) D-8"],
  places=[P("Mesir"), P("Ibu Kota Administratif Baru"), P("Kairo"), P("Jakarta")],
  claims=[C("Presiden Prabowo Subianto menghadiri Konferensi Tingkat Tinggi (KTT) D-8", "meeting", d("2024-12-19"),
      ["Ibu Kota Administratif Baru", "Kairo", "Mesir"], ["prabowo", "d8"]),
    C("Prabowo mendesak negara-negara anggota membentuk cadangan pangan bersama", "other", participants=["prabowo"]),
    C("Para pemimpin negara anggota D-8 sepakat membentuk dana kerja sama", "agreement", participants=["d8"],
      quantity=Q(1200000000, "US$")),
    C("Prabowo tiba di Kairo pada Rabu malam", "visit", d("2024-12-18"), "Kairo", ["prabowo"]),
    C("Prabowo dijadwalkan bertemu Presiden Mesir Abdel Fattah el-Sisi di Kairo hari ini", "meeting", d("2024-12-20"), "Kairo",
      ["prabowo", "sisi"])],
  spam=[])
articles["s15-scottish-cup-final.txt"] = dict(
  outlet="Northern Sports Desk", language="en", publishedAt="2025-05-25T00:20:00+01:00", timeZone=None, wire=None,
  dates=[D("on Saturday", d("2025-05-24")), D("on Sunday", d("2025-05-25"))],
  attributions=[A("Police Scotland said", "named_org"), A("the club said", "named_org"),
    A("Fans who had travelled from Aberdeen said", "anonymous")],
  entities=[E("Ross Dunbar", "dunbar")],
  otherNames=["Aberdeen", "Celtic", "Police Scotland"],
  places=[P("Hampden Park"), P("Glasgow"), P("Pittodrie Stadium"), P("Aberdeen", 2), P("Aberdeen", 3)],
  claims=[C("Aberdeen beat Celtic 4-3 on penalties to win the Scottish Cup final at Hampden Park in Glasgow on Saturday", "other",
      d("2025-05-24"), ["Hampden Park", "Glasgow"], ["Aberdeen", "Celtic"], Q(47000, "spectators")),
    C("Goalkeeper Ross Dunbar saved two penalties in the shootout", "other", participants=["dunbar"]),
    C("11 people were arrested around the stadium before kick-off", "other", place="Hampden Park", quantity=Q(11, "people")),
    C("The team will parade the trophy on an open-top bus from Pittodrie Stadium in Aberdeen on Sunday", "other",
      d("2025-05-25"), ["Pittodrie Stadium", "Aberdeen"], ["Aberdeen"])],
  spam=[])
guidelines = {
  "scope": "The whole stored body, headline line included, as in the seed gold.",
  "dates": "As in the seed gold. Intervals are local calendar days in the article's own time zone: the given timeZone, else the offset of publishedAt (timeZone null means 'the stamp's offset, no zone given'). A weekday in a future clause ('dijadwalkan bertemu … pada Rabu', 'is due to chair … on Friday', 'will parade … on Sunday', 'expected to ease on Tuesday') is the next such day on or after publication; a past weekday ('Senin lalu', 'Sabtu lalu', 'late on Wednesday', 'Minggu malam', 'on Sunday evening') the most recent such day; 'kemarin'/'yesterday' the day before the publication day in the article's zone, 'hari ini' that day. 'pekan depan'/'next week' is the Monday-to-Monday week after the publication week, 'last week' the one before it; 'last month' and 'bulan lalu' the calendar month before publication, 'tahun depan'/'next year' the calendar year after it. A year in 'in 2021', 'pada 2022' is one (the year).",
  "attributions": "As in the seed gold. Every wire credit (dateline credit, credit line, '(sumber: Reuters)', 'Sumber: AFP', 'Source: Reuters', '— AP', '(Antara)', 'AFP/xy', 'REUTERS –', 'according to AFP') is wire. People referred to only by role, in the plural or with an indefinite ('officials in Hulu Sungai Tengah', 'officials in Karangasem', 'officials in Corinth', 'Prosecutors', 'Hydrologists at a university in Banjarmasin, who asked not to be named', 'A source familiar with the matter', 'A senior official familiar with the talks', 'Fans who had travelled from Aberdeen', 'seorang pejabat yang enggan disebut namanya', 'seorang sumber yang mengetahui jalannya perundingan') are anonymous; an institution referred to by its function or name ('the national search and rescue agency', 'the agency', 'Indonesia's transport ministry', 'the palace', 'Greece's fire service', 'dinas pemadam kebakaran Yunani', 'Marsh's office', 'Police Scotland', 'the club', 'The Office of the Ombudsman') is named_org.",
  "places": "Every mention of a geographic name: country, region, province, regency, district, village, city, river, road, motorway, port, mosque, hospital, stadium, palace, parliament building or other named site ('Istana Negara', 'Istana Pemerintahan', 'Gedung Parlemen Selandia Baru', 'House of Representatives', 'Masjid Agung Riyadhus Shalihin', 'RSUD Patut Patuh Patju', 'Kantor Bupati Tangerang'), also as a modifier ('BPBD Hulu Sungai Tengah', 'Kantor SAR Mataram', 'Dinas Tenaga Kerja Kabupaten Tangerang', 'former Bataan governor', 'Menteri … Selandia Baru', 'Presiden Mesir', 'mahasiswa Indonesia', 'Greece's fire service', 'SPN) Tangerang'), and a dateline ('MANILA', 'JAKARTA'). Not places: demonyms ('Indonesian', 'Philippine', 'Scottish'), a place name inside an organisation's, team's or office's proper name ('Police Scotland', the team Aberdeen, 'Pemerintah Provinsi Kalimantan Selatan' keeps Kalimantan Selatan as a place as in heldout-5's 'Pemerintah Kabupaten Lebak'), a currency ('US$'), a description ('the town', 'the stadium', 'the courthouse', 'the archipelago', 'the route') and a spam token after 'di'. Matched on span overlap.",
  "entities": "Mentions of this set's ledger (ledger.json) as in the seed gold, short names included ('Dimas', 'Yudha', 'Villareal', 'Marsh', 'Prabowo' once named in full, and in a headline above the full name); a name inside a longer ledger name counts once, for the longer one. Institutions referred to by function ('the transport ministry', 'the court', 'the palace') are not mentions.",
  "claims": "One per kept sentence that reports an event (a meeting, visit, agreement, disaster, fire, strike, protest, arrest, ruling, match, appointment, a decision, a forecast credited to a source, a named source's statement about an event) and names at least one of: a date, the place where it happened, a participant (a person, organisation or country taking part, not the source merely cited). Slots: date (interval, or 'unresolved'), place (acceptable names: the site and/or its district, city or region), participants (ledger keys or names), quantity (not proposed by extraction; kept for reading values from quotes). A claim matches a suggestion whose span overlaps its anchor text; each slot value is scored on its own.",
  "wire": "The wire the article credits, or null.",
  "spam": "Injected spam tokens; no quote or suggestion span may include them."
}
decisions = {
  "as before": "The decisions of heldout-3, heldout-4 and heldout-5 apply unchanged: reported events take their own date, place and parties; a sentence whose only content is a number, a duration or a description is no claim ('Api … baru padam setelah lebih dari tiga jam', 'The KMP Bahari Nusa 7 had been carrying 38 vehicles when flames broke out in its engine room', 'The rupiah fell 1.2% against the dollar after the announcement', 'A crowd of 47,000 watched the final', 'pertemuan itu berlangsung hampir dua jam'); such a number goes to the neighbouring claim's quantity where it is the same event (47,000 spectators). Urging ('mendesak'), agreeing, announcing and scheduling are acts; saying, estimating ('diperkirakan naik dua kali lipat'), assessing ('said the river had been narrowed') are cues; headlines are not claims.",
  "durations": "'lebih dari tiga jam', 'lebih dari empat jam', 'hampir dua jam', 'for several hours', 'selama beberapa jam', 'per tahun', 'dalam lima tahun', '35-year wait', 'years of illegal sand mining' and 'this season' are not date expressions; 'waktu setempat' is not one either (the date before it is).",
  "relative days": "s02 is stamped 00:30 on Wednesday 15 January 2025 at +08:00 (still Tuesday in Jakarta and UTC): 'early on Monday' and 'on Monday afternoon' are 13 January, as s01's 'Senin (13/1/2025) dini hari' and 'kemarin sore' (s01 stamped Tuesday 14 January, 19:20 at +08:00); both outlets' 'next week'/'pekan depan' is 20–27 January. s04 is stamped 23:40 on Wednesday 5 March 2025 at -05:00 (already Thursday in Jakarta, Lombok and UTC): 'late on Wednesday' is 5 March and 'next week' 10–17 March, as s03's 'Rabu (5/3/2025) malam' and 'pekan depan' (stamped Thursday 6 March at +08:00). s06 is stamped 00:05 on Thursday 15 May at +12:00 (Wednesday in Jakarta): 'on Tuesday' is 13 May, 'on Sunday evening' 11 May, 'is due to fly home … on Friday' 16 May; s05 (Tuesday 13 May, 21:00 at +07:00) has 'Minggu malam' 11 May and the scheduled 'pada Rabu' 14 May. s07 is stamped 00:35 on Saturday 23 August at +08:00 (Friday in Jakarta and UTC): 'on Friday' is 22 August, 'last month' July 2025. s11 is stamped 00:20 on Thursday 18 September at +09:00 (Wednesday in Jakarta), so its 'on Wednesday' is 17 September, the day of s10's stamp; in both 'last week' is 8–15 September, 'last month' August 2025 and 'on Friday' 19 September. s12 is stamped 00:40 on Monday 28 July at +03:00 (Sunday in UTC): 'yesterday' and 'on Sunday' are 27 July, 'on Saturday' 26 July, 'expected to ease on Tuesday' 29 July; s13 (Monday 28 July at +07:00) gives 'kemarin' 27 July. s14 is stamped 05:45 on Friday 20 December 2024 at +07:00 (Thursday evening in UTC, just past midnight in Cairo): 'Rabu malam' is 18 December and 'hari ini' 20 December. s15 is stamped 00:20 on Sunday 25 May at +01:00 (Saturday in UTC): 'on Saturday' is 24 May and the future 'will parade … on Sunday' is 25 May, the publication day itself. s08's 'Sabtu lalu' (published Tuesday) is 9 August; s09's 'Senin lalu' (published Wednesday) is 14 July and its 'kemarin' and 'kemarin siang' are 15 July.",
  "speakers": "'officials in Hulu Sungai Tengah said', 'officials in Karangasem said', 'officials in Corinth said', 'Prosecutors said' and 'A source familiar with the matter said' name no one (anonymous); 'Hydrologists at a university in Banjarmasin, who asked not to be named, said' is anonymous and spans the people to the verb. 'the national search and rescue agency said' and 'the agency said' are Basarnas by function, 'Indonesia's transport ministry said' Kementerian Perhubungan by function (named_org, no ledger mention); 'the palace said' and 'the club said' named_org; 'Marsh's office said' named_org (its 'Marsh' is still a mention of Helen Marsh). Where a relative clause separates the name from 'said' (s02 Ahmad Fauzan; s07 Villareal, 'who was arrested at his home in Balanga City last month'; s07 'The Office of the Ombudsman, which prosecuted the case'), the attribution spans name to verb, and in s07 the clause is also a claim. 'kata juru bicara Kementerian Luar Negeri Rina Kusuma' is named_person; for 'Civil Protection Minister Nikos Andreou said' and 'Menteri … Nikos Andreou mengatakan' the span is the name and verb.",
  "participants": "Parties referred to by description take the named party: 'Kedua menteri'/'The two ministers' are Dimas Prasetyo and Helen Marsh; 'manajemen' and 'pemilik perusahaan' in s09 are PT Langkah Jaya Footwear; 'The team' that parades the trophy in s15 is Aberdeen. An institution that is both source and actor is a party (the Ombudsman asking the court; Kementerian Perhubungan inspecting ships, also in s04 where it is named by function); a government acting in a claim is a party under the words used ('Pemerintah Provinsi Kalimantan Selatan', 'the provincial government', 'pemerintah daerah'). Countries signing an agreement are parties and also places; Peru and Indonesia as the market and the origin of palm oil in s08's second sentence are not parties. The match's parties are the team names (Aberdeen, Celtic), which hold no place. Appointees are parties of their appointment (Hadi Kurniawan, Surya Atmaja). The D-8 members agreeing are the D-8.",
  "event place": "A sentence that refers back to a named site by description takes that site: the supporters 'outside the courthouse' take Quezon City (s07's 'its courthouse in Quezon City'); the arrests 'around the stadium' take Hampden Park; the firefighters battling 'the flames' (s12) take Xylokastro and Corinth; 'the town' of s02's aid takes Barabai. The Sandiganbayan's ruling takes Quezon City, where the court sat (not Bataan, where the governor served; the dateline MANILA is a place but not the ruling's). s03's inspection 'di lintasan Lembar–Padang Bai' takes both ports of the route; s04's 'on the route' takes none (the route is not named there). The flood claims take the regency, the province and the river; the evacuees take where they shelter; Wellington is the arrival's place, not Canberra where the minister came from.",
  "no claim": "The hydrologists' assessment (s02), the harbour officer's account of the fire's duration (s03), s04's last two sentences, the diplomat's remark on the meeting's length (s05) and the senior official's remark on the seasonal worker scheme (s06), the source's trade estimate (s08), 'Manajemen perusahaan belum dapat dikonfirmasi' (s09), the rupiah's fall (s10), the crowd figure and the fans' remark (s15) are no claims.",
  "disagreements": "Four events are reported by independent outlets that disagree: the Hulu Sungai Tengah flood's displaced (s01 'sebanyak 2.500 warga mengungsi', s02 'About 4,000 residents were displaced'; the 1,400 homes, the date 13 January and the aid next week agree); the KMP Bahari Nusa 7 fire (s03: about four miles from Pelabuhan Lembar, Lombok Barat, NTB, with the evacuees taken to Pelabuhan Lembar; s04: off Padang Bai port, Bali, with the evacuees taken to Padang Bai; the date 5 March, three dead, 287 passengers and 24 crew and the inspection from the week of 10 March agree); the Dimas–Marsh meeting in Wellington (s05 'Senin (12/5/2025)', s06 'on Tuesday' = 13 May; the arrival on 11 May and the 200 scholarships from 2026 agree); the wildfire near Xylokastro (s12 'two dozen homes', s13 '40 rumah'; the start on 26 July, the 300 firefighters on 27 July and the motorway closure on 27 July agree).",
  "copies": "s10/s11 (the cabinet reshuffle, a Reuters text with the dateline 'JAKARTA (Reuters) -' and another outlet's copy ending 'Source: Reuters', with a new headline, the dateline and the rupiah sentence dropped) are a near-copy pair (copyGroup 'reshuffle'); they agree on every value, s11's stamp being past midnight at +09:00.",
  "spam": "s09 carries one injected promotional paragraph between two paragraphs of the report, annotated as two spans (the hook and the registration call)."
}
out = {"about": "Sixth held-out set for the extraction evaluation: fifteen articles written for it (packages/bench/extraction/heldout-6/articles; seven Indonesian, eight English), annotated by hand without reading the extractor code, before the extractor was run on them. The events are modelled on real-world ones; people's names are partly invented and every text is the set's own. Same format and conventions as bench/heldout-5. Spans are text plus occurrence index, as in the seed gold.",
       "guidelines": guidelines, "decisions": decisions, "articles": articles}
json.dump(out, open("gold.json", "w"), indent=1, ensure_ascii=False)
print(len(articles))
