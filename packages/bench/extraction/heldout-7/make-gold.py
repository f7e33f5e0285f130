# Writes gold.json from the hand annotation below (seventh held-out set; same helpers and format as
# ../heldout-6/make-gold.py). Run: python3 make-gold.py
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
def E(text, entity, occ=None):
    return {"text": text, "entity": entity, "all": True} if occ is None else {"text": text, "entity": entity, "occurrence": occ}
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
poso_day = d("2025-10-07")
articles["t01-gempa-poso.txt"] = dict(
  outlet="Sulteng Terkini", language="id", publishedAt="2025-10-08T09:40:00+08:00", timeZone=None, wire="Antara",
  dates=[D("Selasa (7/10/2025) sore", poso_day), D("kemarin malam", poso_day), D("hari ini", d("2025-10-08"))],
  attributions=[A("Yohanes Tandi mengatakan", "named_person", "tandi"), A("Warga Desa Wuasa mengaku", "anonymous"),
    A("menurut seorang petugas BPBD yang tidak mau disebut namanya", "anonymous"), A("(Antara)", "wire")],
  entities=[E("Yohanes Tandi", "tandi")],
  otherNames=["BPBD Poso", "Pemerintah Kabupaten Poso"],
  places=[P("Poso"), P("Kabupaten Poso"), P("Sulawesi Tengah"), P("Kecamatan Lore Utara"), P("Kecamatan Pamona Selatan"),
    P("RSUD Poso"), P("Desa Wuasa"), P("Tentena")],
  claims=[C("Gempa bermagnitudo 6,2 mengguncang Kabupaten Poso", "other", poso_day,
      ["Kabupaten Poso", "Sulawesi Tengah", "Kecamatan Lore Utara", "Kecamatan Pamona Selatan"], quantity=Q(1200, "rumah")),
    C("tujuh orang meninggal dunia dan 46 orang luka-luka dirawat di RSUD Poso", "other", place="RSUD Poso",
      quantity=Q(7, "orang")),
    C("Longsor menutup ruas jalan Poso–Tentena sejak kemarin malam", "other", poso_day, ["Poso", "Tentena"]),
    C("Pemerintah Kabupaten Poso menetapkan status tanggap darurat selama 14 hari mulai hari ini", "other", d("2025-10-08"),
      "Kabupaten Poso", ["Pemerintah Kabupaten Poso"], Q(14, "hari"))],
  spam=[])
articles["t02-poso-quake.txt"] = dict(
  outlet="Celebes Tribune", language="en", publishedAt="2025-10-08T00:25:00+08:00", timeZone=None, wire="Reuters",
  dates=[D("on Tuesday afternoon", poso_day), D("yesterday evening", poso_day)],
  attributions=[A("according to Reuters", "wire"),
    A("Yohanes Tandi, the head of the regency's disaster agency, said", "named_person", "tandi"),
    A("officials in Poso said", "anonymous"), A("Residents of Wuasa village said", "anonymous")],
  entities=[E("Indonesia", "indonesia"), E("Yohanes Tandi", "tandi")],
  places=[P("Indonesia"), P("Central Sulawesi"), P("Poso regency"), P("Poso"), P("Tentena"), P("Wuasa village")],
  claims=[C("A magnitude 6.2 earthquake struck Poso regency", "other", poso_day, ["Poso regency", "Central Sulawesi", "Indonesia"],
      quantity=Q(2300, "houses")),
    C("seven people were killed and 46 injured people were taken to hospital in Poso", "other", place="Poso",
      quantity=Q(7, "people")),
    C("A landslide cut the road between Poso and the lakeside town of Tentena yesterday evening", "other", poso_day,
      ["Poso", "Tentena"]),
    C("The regency government has declared a 14-day state of emergency", "other", place="Poso regency",
      participants=["the regency government"], quantity=Q(14, "days"))],
  spam=[])
cepa_next_week = w("2025-11-24", "2025-12-01")
articles["t03-dagang-turki.txt"] = dict(
  outlet="Warta Niaga Global", language="id", publishedAt="2025-11-19T07:00:00+07:00", timeZone=None, wire="Reuters",
  dates=[D("Selasa (18/11/2025)", d("2025-11-18")), D("2022", y(2022)), D("Februari 2026", m("2026-02")),
    D("Senin lalu", d("2025-11-17")), D("pekan depan", cepa_next_week)],
  attributions=[A("Arif Wicaksono mengatakan", "named_person", "arif"),
    A("Seorang diplomat Indonesia yang enggan disebut namanya menilai", "anonymous"), A("(sumber: Reuters)", "wire")],
  entities=[E("Indonesia", "indonesia"), E("Turki", "turki"), E("Arif Wicaksono", "arif"), E("Arif", "arif"),
    E("Mehmet Kaya", "kaya")],
  otherNames=["IT-CEPA", "Perjanjian Kemitraan Ekonomi Komprehensif"],
  places=[P("Indonesia"), P("Turki"), P("Ankara"), P("Istanbul"), P("Jakarta")],
  claims=[C("Indonesia dan Turki menyelesaikan perundingan Perjanjian Kemitraan Ekonomi Komprehensif", "agreement",
      d("2025-11-18"), "Ankara", ["indonesia", "turki"]),
    C("perjanjian itu akan menghapus bea masuk atas lebih dari 90 persen pos tarif dan ditandatangani di Istanbul", "other",
      m("2026-02"), "Istanbul", quantity=Q(90, "persen")),
    C("Arif tiba di Ankara pada Senin lalu bersama 40 pengusaha dan bertemu", "visit", d("2025-11-17"), "Ankara",
      ["arif", "kaya"], Q(40, "pengusaha")),
    C("Putaran pembahasan teknis terakhir akan digelar di Jakarta pekan depan", "meeting", cepa_next_week, "Jakarta")],
  spam=[])
articles["t04-turkey-trade-talks.txt"] = dict(
  outlet="Anatolian Business Review", language="en", publishedAt="2025-11-20T00:15:00+03:00", timeZone=None, wire=None,
  dates=[D("on Wednesday", d("2025-11-19")), D("on Monday", d("2025-11-17")), D("in February", m("2026-02")),
    D("last year", y(2024)), D("next week", cepa_next_week)],
  attributions=[A("the Turkish trade ministry said", "named_org"), A("Kaya said", "named_person", "kaya"),
    A("a diplomat who asked not to be named said", "anonymous")],
  entities=[E("Turkey", "turki"), E("Indonesia", "indonesia"), E("Arif Wicaksono", "arif"), E("Mehmet Kaya", "kaya"),
    E("Kaya", "kaya")],
  places=[P("Turkey"), P("Indonesia"), P("Ankara"), P("Istanbul"), P("Jakarta")],
  claims=[C("Turkey and Indonesia concluded negotiations on a comprehensive economic partnership agreement", "agreement",
      d("2025-11-19"), "Ankara", ["turki", "indonesia"]),
    C("Indonesian Trade Minister Arif Wicaksono arrived in Ankara on Monday", "visit", d("2025-11-17"), "Ankara",
      ["arif", "kaya"], Q(40, "business leaders")),
    C("The deal, which would remove duties on more than 90% of tariff lines, is expected to be signed in Istanbul", "other",
      m("2026-02"), "Istanbul", quantity=Q(90, "%")),
    C("A final round of technical talks will be held in Jakarta next week", "meeting", cepa_next_week, "Jakarta")],
  spam=[])
durban_attr = [A("the Harbour and Rail Workers' Union said", "named_org", "hrwu"), A("port officials said", "anonymous"),
  A("Transnet said", "named_org", "transnet"), A("Thandiwe Mokoena said", "named_person", "mokoena")]
durban_dates = [D("on Monday", d("2026-02-09")), D("on Tuesday", d("2026-02-10")), D("next week", w("2026-02-16", "2026-02-23"))]
durban_entities = [E("South Africa", "southafrica"), E("Transnet", "transnet"), E("Harbour and Rail Workers' Union", "hrwu"),
  E("Thandiwe Mokoena", "mokoena")]
durban_places = [P("Durban"), P("Port of Durban"), P("South Africa"), P("Richards Bay"), P("East London"), P("Johannesburg")]
durban_claims = [
  C("About 7,000 workers at the Port of Durban", "other", d("2026-02-09"), "Port of Durban", ["transnet", "hrwu"],
    Q(7000, "workers")),
  C("Two dozen container ships were waiting to berth off Durban on Tuesday", "other", d("2026-02-10"), "Durban",
    quantity=Q(24, "ships")),
  C("it had diverted some vessels to the ports of Richards Bay and East London", "other", place=["Richards Bay", "East London"],
    participants=["transnet"]),
  C("talks would resume in Johannesburg next week", "meeting", w("2026-02-16", "2026-02-23"), "Johannesburg")]
articles["t05-durban-port-strike.txt"] = dict(
  outlet="Cape Maritime Daily", language="en", publishedAt="2026-02-10T19:30:00+02:00", timeZone=None, wire="Reuters",
  copyGroup="durban",
  dates=durban_dates + [D("2022", y(2022))],
  attributions=[A("REUTERS –", "wire")] + durban_attr,
  entities=durban_entities,
  places=durban_places,
  claims=durban_claims + [C("The last major strike at South African ports, in 2022", "other", y(2022))],
  spam=[])
articles["t06-durban-strike-copy.txt"] = dict(
  outlet="Indian Ocean Shipping News", language="en", publishedAt="2026-02-11T01:10:00+08:00", timeZone=None, wire="Reuters",
  copyGroup="durban",
  dates=durban_dates,
  attributions=durban_attr + [A("— Reuters", "wire")],
  entities=durban_entities,
  places=durban_places,
  claims=durban_claims,
  spam=[])
articles["t07-menhan-jepang.txt"] = dict(
  outlet="Kabar Pertahanan", language="id", publishedAt="2026-03-02T20:15:00+07:00", timeZone=None, wire=None,
  dates=[D("Senin (2/3/2026)", d("2026-03-02")), D("Agustus 2026", m("2026-08")), D("Minggu malam", d("2026-03-01")),
    D("Rabu", d("2026-03-04"))],
  attributions=[A("Seorang pejabat Kementerian Pertahanan yang enggan disebut namanya mengatakan", "anonymous")],
  entities=[E("Jepang", "japan"), E("Bambang Hartadi", "bambang"), E("Haruto Kinoshita", "kinoshita"), E("Kinoshita", "kinoshita"),
    E("Kementerian Pertahanan", "kemhan"), E("Prabowo Subianto", "prabowo")],
  places=[P("Jepang"), P("Jakarta"), P("Kalimantan Timur"), P("Manila"), P("Istana Bogor")],
  claims=[C("Menteri Pertahanan Bambang Hartadi menerima Menteri Pertahanan Jepang Haruto Kinoshita", "meeting",
      d("2026-03-02"), "Jakarta", ["bambang", "kinoshita"]),
    C("Kedua menteri sepakat menggelar latihan militer gabungan", "agreement", m("2026-08"), "Kalimantan Timur",
      ["bambang", "kinoshita"], Q(3000, "tentara")),
    C("Kinoshita tiba di Jakarta pada Minggu malam dari Manila", "visit", d("2026-03-01"), "Jakarta", ["kinoshita"]),
    C("Kinoshita dijadwalkan bertemu Presiden Prabowo Subianto di Istana Bogor pada Rabu", "meeting", d("2026-03-04"),
      ["Istana Bogor", "Bogor"], ["kinoshita", "prabowo"])],
  spam=[])
articles["t08-japan-defence-visit.txt"] = dict(
  outlet="Tokyo Security Monitor", language="en", publishedAt="2026-03-03T08:00:00+09:00", timeZone=None, wire=None,
  dates=[D("on Monday", d("2026-03-02")), D("in August", m("2026-08")), D("on Sunday night", d("2026-03-01")),
    D("on Wednesday", d("2026-03-04"))],
  attributions=[A("Japan's defence ministry said", "named_org"), A("A Japanese official who asked not to be named said", "anonymous")],
  entities=[E("Japan", "japan"), E("Indonesia", "indonesia"), E("Haruto Kinoshita", "kinoshita"), E("Kinoshita", "kinoshita"),
    E("Bambang Hartadi", "bambang"), E("Prabowo Subianto", "prabowo")],
  otherNames=["Japan's defence ministry"],
  places=[P("Japan"), P("Indonesia"), P("Borneo"), P("Surabaya"), P("East Kalimantan"), P("Jakarta"), P("Manila"),
    P("Bogor Palace")],
  claims=[C("Japanese Defence Minister Haruto Kinoshita met his Indonesian counterpart Bambang Hartadi", "meeting",
      d("2026-03-02"), "Surabaya", ["kinoshita", "bambang"]),
    C("The two ministers agreed to stage a joint exercise involving 3,000 troops in East Kalimantan in August", "agreement",
      m("2026-08"), "East Kalimantan", ["kinoshita", "bambang"], Q(3000, "troops")),
    C("Kinoshita arrived in Jakarta from Manila on Sunday night", "visit", d("2026-03-01"), "Jakarta", ["kinoshita"]),
    C("He is due to meet President Prabowo Subianto at the Bogor Palace on Wednesday", "meeting", d("2026-03-04"),
      ["Bogor Palace", "Bogor"], ["kinoshita", "prabowo"])],
  spam=[])
articles["t09-pilpres-chile.txt"] = dict(
  outlet="Jendela Global", language="id", publishedAt="2025-12-15T11:30:00+07:00", timeZone=None, wire="AFP",
  dates=[D("Minggu (14/12/2025)", d("2025-12-14")), D("kemarin malam", d("2025-12-14")), D("11 Maret 2026", d("2026-03-11"))],
  attributions=[A("kata lembaga penyelenggara pemilu Chile, Servel", "named_org", "servel"),
    A("Menurut seorang pejabat Servel yang enggan disebut namanya", "anonymous"), A("AFP/rh", "wire")],
  entities=[E("Andrés Valdivia", "valdivia"), E("Valdivia", "valdivia"), E("Chile", "chile"), E("Servel", "servel"),
    E("Camila Ortúzar", "ortuzar"), E("Ortúzar", "ortuzar")],
  places=[P("Chile"), P("Santiago"), P("Kongres Nasional"), P("Valparaíso")],
  claims=[C("Kandidat sayap kanan Andrés Valdivia memenangi putaran kedua pemilihan presiden Chile", "other", d("2025-12-14"),
      "Chile", ["valdivia"], Q(56.2, "persen")),
    C("Valdivia unggul sekitar 1,5 juta suara atas Camila Ortúzar", "other", participants=["valdivia", "ortuzar"],
      quantity=Q(1500000, "suara")),
    C("Ortúzar mengakui kekalahan di hadapan para pendukungnya di Santiago kemarin malam", "other", d("2025-12-14"), "Santiago",
      ["ortuzar"]),
    C("Valdivia akan dilantik di gedung Kongres Nasional di Valparaíso", "other", d("2026-03-11"),
      ["Kongres Nasional", "Valparaíso"], ["valdivia"])],
  spam=[])
articles["t10-putrajaya-court.txt"] = dict(
  outlet="Peninsula Law Journal", language="en", publishedAt="2026-01-23", timeZone="Asia/Kuala_Lumpur", wire=None,
  dates=[D("on Thursday", d("2026-01-22")), D("2023", y(2023)), D("yesterday afternoon", d("2026-01-22")),
    D("next week", w("2026-01-26", "2026-02-02"))],
  attributions=[A("the Prisons Department said", "named_org"), A("Ramesh Nair said", "named_person", "nair")],
  entities=[E("Malaysia", "malaysia"), E("Federal Court", "federalcourt"), E("Azman Rahim", "azman"), E("Azman", "azman"),
    E("Ramesh Nair", "nair")],
  otherNames=["High Court", "Prisons Department"],
  places=[P("Malaysia"), P("Sabah"), P("PUTRAJAYA"), P("Istana Kehakiman"), P("Putrajaya"), P("Kota Kinabalu"),
    P("Kinabatangan district"), P("Kajang Prison")],
  claims=[C("Malaysia's Federal Court, sitting at the Istana Kehakiman in Putrajaya, on Thursday upheld the corruption conviction",
      "other", d("2026-01-22"), ["Istana Kehakiman", "Putrajaya"], ["federalcourt", "azman"], Q(8, "years")),
    C("Azman was found guilty by the High Court in Kota Kinabalu in 2023", "other", y(2023), "Kota Kinabalu",
      ["azman", "High Court"], Q(12000000, "ringgit")),
    C("He was taken to Kajang Prison yesterday afternoon", "other", d("2026-01-22"), "Kajang Prison", ["azman"]),
    C("Azman would seek a royal pardon next week", "other", w("2026-01-26", "2026-02-02"), participants=["azman"]),
    C("More than 100 supporters of Azman gathered outside the court complex", "other", place=["Istana Kehakiman", "Putrajaya"],
      quantity=Q(100, "supporters"))],
  spam=[])
articles["t11-longsor-banjarnegara.txt"] = dict(
  outlet="Suara Dieng", language="id", publishedAt="2026-01-14T18:45:00+07:00", timeZone=None, wire=None,
  dates=[D("Senin lalu", d("2026-01-12")), D("kemarin", d("2026-01-13")), D("kemarin sore", d("2026-01-13")),
    D("pekan depan", w("2026-01-19", "2026-01-26"))],
  attributions=[A("Teguh Santoso mengatakan", "named_person", "teguh"),
    A("kata seorang relawan yang enggan disebut namanya", "anonymous")],
  entities=[E("Teguh Santoso", "teguh")],
  otherNames=["BPBD Banjarnegara", "tim SAR gabungan", "Pemerintah Kabupaten Banjarnegara", "Perhutani"],
  places=[P("Banjarnegara"), P("Desa Kalitlaga"), P("Kecamatan Pagentan"), P("Kabupaten Banjarnegara"), P("Jawa Tengah"),
    P("Balai Desa Kalitlaga"), P("Masjid Al-Ikhlas")],
  claims=[C("Tanah longsor menimbun 17 rumah di Desa Kalitlaga", "other", d("2026-01-12"),
      ["Desa Kalitlaga", "Kecamatan Pagentan", "Kabupaten Banjarnegara", "Jawa Tengah"], quantity=Q(17, "rumah")),
    C("tim SAR gabungan menemukan dua korban meninggal kemarin", "other", d("2026-01-13"), quantity=Q(2, "korban")),
    C("Sebanyak 240 warga mengungsi ke Balai Desa Kalitlaga dan Masjid Al-Ikhlas", "other",
      place=["Balai Desa Kalitlaga", "Masjid Al-Ikhlas"], quantity=Q(240, "warga")),
    C("Pencarian korban dihentikan sementara kemarin sore", "other", d("2026-01-13")),
    C("Pemerintah Kabupaten Banjarnegara akan merelokasi warga Desa Kalitlaga", "other", w("2026-01-19", "2026-01-26"),
      ["Desa Kalitlaga", "Kabupaten Banjarnegara"], ["Pemerintah Kabupaten Banjarnegara"])],
  spam=[{"text": "Bosan kalah terus?"}, {"text": "Daftar sekarang di gacorjp777 dan klaim bonus new member 150%."}])
articles["t12-vostochny-launch.txt"] = dict(
  outlet="Orbit & Launch Weekly", language="en", publishedAt="2026-04-11T21:30:00+01:00", timeZone=None, wire="AFP",
  dates=[D("on Saturday", d("2026-04-11")), D("next month", m("2026-05"))],
  attributions=[A("the Roscosmos space agency said", "named_org", "roscosmos"), A("officials in Yakutsk said", "anonymous"),
    A("the agency said", "named_org"), A("— AFP", "wire")],
  entities=[E("Russia", "russia"), E("Roscosmos", "roscosmos"), E("Pavel Grekov", "grekov"), E("Kazakhstan", "kazakhstan")],
  places=[P("Russia"), P("Vostochny"), P("Vostochny Cosmodrome"), P("Amur region"), P("Sakha Republic"), P("Yakutsk"),
    P("Baikonur Cosmodrome"), P("Kazakhstan")],
  claims=[C("A Soyuz-2.1b rocket carrying the Kondor-FKA 3 radar satellite and two dozen small research satellites lifted off",
      "other", d("2026-04-11"), ["Vostochny Cosmodrome", "Amur region", "Russia"], quantity=Q(24, "satellites")),
    C("Roscosmos chief Pavel Grekov watched the launch from the cosmodrome's control centre", "other",
      place="Vostochny Cosmodrome", participants=["grekov"]),
    C("The rocket's spent first stage fell in an uninhabited area of the Sakha Republic", "other", place="Sakha Republic"),
    C("A Soyuz launch carrying a lunar lander from Vostochny is planned for next month", "other", m("2026-05"), "Vostochny")],
  spam=[])
kamloops_start = d("2025-08-04")
articles["t13-kamloops-wildfire.txt"] = dict(
  outlet="Pacific Northwest Herald", language="en", publishedAt="2025-08-06T23:20:00-07:00", timeZone=None, wire=None,
  dates=[D("on Monday", kamloops_start), D("yesterday", d("2025-08-05")), D("on Thursday", d("2025-08-07")),
    D("next week", w("2025-08-11", "2025-08-18"))],
  attributions=[A("the BC Wildfire Service said", "named_org"), A("Kelly Ferrier said", "named_person", "ferrier"),
    A("Residents of the Juniper Ridge neighbourhood said", "anonymous"), A("the national weather agency said", "named_org")],
  entities=[E("Canada", "canada", 0), E("Canada", "canada", 1), E("Kelly Ferrier", "ferrier")],
  otherNames=["BC Wildfire Service"],
  places=[P("Canada", 0), P("Canada", 1), P("Kamloops"), P("British Columbia"), P("Trans-Canada Highway"), P("Chase"),
    P("Juniper Ridge")],
  claims=[C("A wildfire that started on Monday near Kamloops", "other", kamloops_start, ["Kamloops", "British Columbia", "Canada"],
      quantity=Q(12000, "hectares")),
    C("The Trans-Canada Highway between Kamloops and Chase was closed yesterday", "other", d("2025-08-05"),
      ["Trans-Canada Highway", "Kamloops", "Chase"]),
    C("he would visit the evacuation centre in Kamloops on Thursday", "visit", d("2025-08-07"), "Kamloops", ["ferrier"]),
    C("Hot, dry winds were forecast to ease next week", "other", w("2025-08-11", "2025-08-18"))],
  spam=[])
articles["t14-kebakaran-kanada.txt"] = dict(
  outlet="Berita Antarbangsa", language="id", publishedAt="2025-08-07T09:00:00+07:00", timeZone=None, wire="Reuters",
  dates=[D("Senin (4/8/2025)", kamloops_start), D("sejak Selasa", d("2025-08-05")), D("Kamis", d("2025-08-07")),
    D("kemarin", d("2025-08-06"))],
  attributions=[A("kata dinas kebakaran hutan British Columbia", "named_org"), A("Kelly Ferrier mengatakan", "named_person", "ferrier"),
    A("Seorang warga Kamloops yang tidak mau disebut namanya mengatakan", "anonymous"), A("sumber : reuters", "wire")],
  entities=[E("Kanada", "canada", 0), E("Kanada", "canada", 1), E("Kelly Ferrier", "ferrier")],
  places=[P("Kanada", 0), P("Kanada", 1), P("Kamloops"), P("British Columbia"), P("Jalan Raya Trans-Kanada"), P("Chase")],
  claims=[C("Kebakaran hutan yang berkobar sejak Senin (4/8/2025) di dekat Kamloops", "other", kamloops_start,
      ["Kamloops", "British Columbia", "Kanada"], quantity=Q(21000, "hektare")),
    C("Jalan Raya Trans-Kanada antara Kamloops dan Chase ditutup sejak Selasa", "other", d("2025-08-05"),
      ["Jalan Raya Trans-Kanada", "Kamloops", "Chase"]),
    C("akan meninjau pusat pengungsian di Kamloops pada Kamis", "visit", d("2025-08-07"), "Kamloops",
      ["ferrier"]),
    C("asap tebal membuat langit kota itu gelap sejak kemarin", "other", d("2025-08-06"), "Kamloops")],
  spam=[])
articles["t15-pesawat-sentani.txt"] = dict(
  outlet="Papua Kini", language="id", publishedAt="2026-05-21T16:40:00+09:00", timeZone=None, wire=None,
  dates=[D("Kamis (21/5/2026) pagi", d("2026-05-21")), D("pekan depan", w("2026-05-25", "2026-06-01")),
    D("hingga Sabtu", d("2026-05-23"))],
  attributions=[A("Yosias Wenda mengatakan", "named_person", "wenda"),
    A("Seorang penumpang yang enggan disebut namanya mengatakan", "anonymous")],
  entities=[E("Nusa Papua Air", "nusapapua"), E("Yosias Wenda", "wenda"), E("Komite Nasional Keselamatan Transportasi", "knkt"),
    E("KNKT", "knkt")],
  places=[P("Bandara Sentani"), P("Kabupaten Jayapura"), P("Papua", 1), P("Wamena")],
  claims=[C("Pesawat ATR 72-600 milik maskapai Nusa Papua Air tergelincir saat mendarat di Bandara Sentani", "other",
      d("2026-05-21"), ["Bandara Sentani", "Kabupaten Jayapura", "Papua"], ["nusapapua"]),
    C("Seluruh 68 penumpang dan empat awak selamat dan dievakuasi ke terminal Bandara Sentani", "other",
      place="Bandara Sentani", quantity=Q(68, "penumpang")),
    C("landasan pacu ditutup selama sekitar lima jam", "other", place="Bandara Sentani"),
    C("Komite Nasional Keselamatan Transportasi (KNKT) akan menyelidiki penyebab insiden itu mulai pekan depan", "other",
      w("2026-05-25", "2026-06-01"), participants=["knkt"]),
    C("Maskapai itu menghentikan sementara penerbangannya ke Wamena hingga Sabtu", "other", d("2026-05-23"), "Wamena",
      ["nusapapua"])],
  spam=[])
guidelines = {
  "scope": "The whole stored body, headline line included, as in the seed gold.",
  "dates": "As in the seed gold. Intervals are local calendar days in the article's own time zone: the given timeZone, else the offset of publishedAt (timeZone null means 'the stamp's offset, no zone given'; t10's stamp is a day with the zone Asia/Kuala_Lumpur). A weekday in a future clause ('dijadwalkan bertemu … pada Rabu', 'is due to meet … on Wednesday', 'would visit … on Thursday', 'akan meninjau … pada Kamis', 'hingga Sabtu') is the next such day on or after publication; a past weekday ('Senin lalu', 'Minggu malam', 'on Sunday night', 'on Monday', 'on Wednesday', 'sejak Selasa') the most recent such day, the publication day included ('on Tuesday' in t05, 'on Saturday' in t12); 'kemarin'/'yesterday' (also 'kemarin malam', 'kemarin sore', 'yesterday evening', 'yesterday afternoon') the day before the publication day in the article's zone, 'hari ini' that day. 'pekan depan'/'next week' is the Monday-to-Monday week after the publication week; 'next month' the calendar month after publication, 'last year' the calendar year before it; a month named without a year in a future clause ('in February', 'in August') is the next such month. A year in 'sejak 2022', 'in 2022', 'in 2023' is one (the year).",
  "attributions": "As in the seed gold. Every wire credit (credit line or dateline credit: '(Antara)', 'according to Reuters', '(sumber: Reuters)', 'REUTERS –', '— Reuters', 'AFP/rh', '— AFP', 'sumber : reuters') is wire. People referred to only by role, in the plural or with an indefinite ('officials in Poso', 'Residents of Wuasa village', 'Warga Desa Wuasa', 'port officials', 'officials in Yakutsk', 'Residents of the Juniper Ridge neighbourhood', 'a diplomat who asked not to be named', 'A Japanese official who asked not to be named', 'seorang petugas BPBD yang tidak mau disebut namanya', 'Seorang diplomat Indonesia yang enggan disebut namanya', 'Seorang pejabat Kementerian Pertahanan yang enggan disebut namanya', 'seorang pejabat Servel yang enggan disebut namanya', 'seorang relawan', 'Seorang warga Kamloops', 'Seorang penumpang') are anonymous, whatever organisation their words hold; an institution referred to by its function or name ('the Turkish trade ministry', 'Japan's defence ministry', 'the Prisons Department', 'the BC Wildfire Service', 'the national weather agency', 'dinas kebakaran hutan British Columbia', 'the Roscosmos space agency', 'the agency', 'Transnet', 'the Harbour and Rail Workers' Union', 'lembaga penyelenggara pemilu Chile, Servel') is named_org.",
  "places": "Every mention of a geographic name: country, province, region, republic, regency, district, village, city, neighbourhood, island, highway, port, airport, prison, palace, parliament building, mosque, hospital, village hall or other named site ('Istana Bogor', 'Bogor Palace', 'Istana Kehakiman', 'Vostochny Cosmodrome', 'Baikonur Cosmodrome', 'Port of Durban', 'Bandara Sentani', 'Kajang Prison', 'Kongres Nasional', 'RSUD Poso', 'Balai Desa Kalitlaga', 'Masjid Al-Ikhlas', 'Trans-Canada Highway', 'Jalan Raya Trans-Kanada'), also as a modifier ('BPBD Poso', 'BPBD Banjarnegara', 'Kepala Bandara Sentani', 'Menteri Perdagangan Turki', 'Menteri Pertahanan Jepang', 'diplomat Indonesia', 'buatan Jepang', 'former Sabah chief minister', 'Japan's defence ministry', 'South Africa's busiest', 'Menteri Kehutanan British Columbia', 'pemilu Chile'), a place before a hyphen or dash ('Poso–Tentena'), and a dateline ('PUTRAJAYA'). Not places: demonyms and adjectives ('Indonesian', 'Turkish', 'Japanese', 'South African'), a place name inside an organisation's or highway's proper name ('Nusa Papua Air', 'BC Wildfire Service', 'Canada' in 'Trans-Canada Highway', 'Kanada' in 'Jalan Raya Trans-Kanada', which are places whole), a 'Pemerintah Kabupaten X' keeps 'Kabupaten X' as a place as in heldout-5 and heldout-6, a description ('the regency', 'the town', 'the court complex', 'the cosmodrome's control centre', 'the navy's eastern fleet headquarters', 'kota itu', 'terminal', 'landasan pacu'), a currency ('ringgit', '$3 billion') and the spam token after 'di'. Matched on span overlap.",
  "entities": "Mentions of this set's ledger (ledger.json) as in the seed gold, short names included ('Arif', 'Kaya', 'Kinoshita', 'Valdivia', 'Ortúzar', 'Azman' once named in full; t09's headline names Andrés Valdivia in full); a name inside a longer ledger name counts once, for the longer one; a country's name inside another name ('Trans-Canada Highway', 'Jalan Raya Trans-Kanada') and demonyms are no mention. People referred to by pronoun ('He', 'he') and institutions referred to by function ('the agency', 'the court complex', 'Maskapai itu') are not mentions.",
  "claims": "One per kept sentence that reports an event (a meeting, visit, agreement, disaster, fire, strike, launch, vote, concession, conviction, ruling, closure, evacuation, a decision, a schedule, a forecast credited to a source, a named source's statement about an event) and names at least one of: a date, the place where it happened, a participant (a person, organisation or country taking part, not the source merely cited). Slots: date (interval, or 'unresolved'), place (acceptable names: the site and/or its district, city or region), participants (ledger keys or names), quantity (not proposed by extraction; kept for reading values from quotes). A claim matches a suggestion whose span overlaps its anchor text; each slot value is scored on its own.",
  "wire": "The wire the article credits, or null.",
  "spam": "Injected spam tokens; no quote or suggestion span may include them."
}
decisions = {
  "as before": "The decisions of heldout-3 to heldout-6 apply unchanged: reported events take their own date, place and parties; a sentence whose only content is a number, a duration, a remark or a description is no claim ('Warga Desa Wuasa mengaku guncangan terasa lebih dari satu menit', 'Residents of Wuasa village said the shaking lasted more than a minute', 'Residents of the Juniper Ridge neighbourhood said they had been given less than an hour to leave', the Servel official's turnout, 'Russia still flies its crewed missions from the Baikonur Cosmodrome'); such a number goes to the neighbouring claim's quantity where it is the same event. Agreeing, concluding, scheduling, deciding ('menetapkan status tanggap darurat') and forecasting credited to a source are acts; saying, assessing ('menilai perjanjian itu akan menguntungkan'), estimating ('could double within five years') and hoping ('Japan hoped to sell') are cues; headlines are not claims.",
  "durations": "'lebih dari satu menit', 'selama 14 hari', 'lebih dari empat jam', 'selama sekitar lima jam', 'almost two weeks', 'within five years', 'less than an hour' and 'more than a minute' are not date expressions; '14-day' is a quantity.",
  "relative days": "t02 is stamped 00:25 on Wednesday 8 October 2025 at +08:00 (still Tuesday in UTC and Jakarta): 'on Tuesday afternoon' and 'yesterday evening' are 7 October, as t01's 'Selasa (7/10/2025) sore' and 'kemarin malam' (t01 stamped Wednesday 8 October, 09:40 at +08:00, whose 'hari ini' is 8 October). t04 is stamped 00:15 on Thursday 20 November 2025 at +03:00 (Wednesday in UTC): 'on Wednesday' is 19 November, a day after t03's 'Selasa (18/11/2025)'; its 'on Monday' is 17 November as t03's 'Senin lalu' (t03 stamped Wednesday 19 November); both 'next week'/'pekan depan' are 24 November–1 December and 'in February'/'Februari 2026' February 2026; 'last year' is 2024. t05 is stamped 19:30 on Tuesday 10 February 2026 at +02:00 and its copy t06 01:10 on Wednesday 11 February at +08:00 (Tuesday in UTC and Durban): in both 'on Monday' is 9 February, 'on Tuesday' 10 February and 'next week' 16–23 February. t07 (Monday 2 March 2026, 20:15 at +07:00) has 'Minggu malam' 1 March and the scheduled 'pada Rabu' 4 March; t08 (Tuesday 3 March, 08:00 at +09:00) has 'on Monday' 2 March, 'on Sunday night' 1 March, the scheduled 'on Wednesday' 4 March and 'in August' August 2026, as t07's 'Agustus 2026'. t09 (Monday 15 December 2025 at +07:00): 'kemarin malam' is 14 December. t10 carries only the day 2026-01-23 (a Friday) and the zone Asia/Kuala_Lumpur: 'on Thursday' and 'yesterday afternoon' are 22 January, 'next week' 26 January–2 February. t11 (Wednesday 14 January 2026): 'Senin lalu' is 12 January, 'kemarin' and 'kemarin sore' 13 January, 'pekan depan' 19–26 January. t12 (Saturday 11 April 2026 at +01:00): 'on Saturday' is 11 April, 'next month' May 2026. t13 is stamped 23:20 on Wednesday 6 August 2025 at -07:00 (already Thursday in UTC): 'on Monday' is 4 August, 'yesterday' 5 August, the future 'on Thursday' 7 August and 'next week' 11–18 August; t14 (Thursday 7 August, 09:00 at +07:00) gives 'Senin (4/8/2025)', 'sejak Selasa' 5 August, the future 'pada Kamis' 7 August (the publication day) and 'kemarin' 6 August. t15 (Thursday 21 May 2026 at +09:00): 'hingga Sabtu' is 23 May, 'pekan depan' 25 May–1 June.",
  "speakers": "'officials in Poso said', 'port officials said', 'officials in Yakutsk said', 'Residents of Wuasa village said', 'Warga Desa Wuasa mengaku' and 'Residents of the Juniper Ridge neighbourhood said' name no one (anonymous); 'a diplomat who asked not to be named said', 'A Japanese official who asked not to be named said' and the Indonesian speakers 'yang enggan/tidak mau disebut namanya' are anonymous and span the speaker to the verb ('menilai' in t03, 'mengatakan' in t07, t14 and t15, 'Menurut seorang pejabat Servel …' in t09). Where an apposition separates the name from 'said' (t02 'Yohanes Tandi, the head of the regency's disaster agency, said'), the attribution spans name to verb; for 'Kepala BPBD Poso Yohanes Tandi mengatakan', 'Union spokeswoman Thandiwe Mokoena said', 'His lawyer Ramesh Nair said' and 'Menteri Kehutanan British Columbia Kelly Ferrier mengatakan' the span is the name and verb. 'Transnet said', 'the Harbour and Rail Workers' Union said', 'the Roscosmos space agency said' and 'kata lembaga penyelenggara pemilu Chile, Servel' are named_org with their ledger entity; 'the agency said' (Roscosmos by function), 'the Turkish trade ministry said', 'Japan's defence ministry said', 'the Prisons Department said', 'the BC Wildfire Service said', 'the national weather agency said' and 'kata dinas kebakaran hutan British Columbia' are named_org with no ledger entity.",
  "participants": "Parties referred to by description or pronoun take the named party: 'Kedua menteri'/'The two ministers' are Bambang Hartadi and Haruto Kinoshita; 'He' in t08 and t10 is Kinoshita and Azman; 'he' in t13 and the subjectless 'mengatakan akan meninjau' in t14 are Kelly Ferrier; 'Maskapai itu' in t15 is Nusa Papua Air. Countries concluding an agreement are parties and also places (Indonesia and Turki/Turkey). A minister who arrives and meets takes the counterpart as a party (t03 'bertemu Menteri Perdagangan Turki Mehmet Kaya', t04 'held talks with his Turkish counterpart Mehmet Kaya'). The Durban strike's parties are the employer and the union named in the sentence (Transnet, and the union as source and actor); Transnet is the party of the diversion it announces; KNKT of the investigation it will open; the Federal Court and the High Court of the rulings they hand down, with Azman. A government acting in a claim is a party under the words used ('Pemerintah Kabupaten Poso', 'the regency government', 'Pemerintah Kabupaten Banjarnegara'). The search teams ('tim SAR gabungan'), supporters, residents and the source merely cited (Roscosmos for the launch, the BC Wildfire Service for the fire) are no parties.",
  "event place": "A sentence that refers back to a named site by description takes that site: the supporters 'outside the court complex' take the Istana Kehakiman and Putrajaya; Grekov's watch 'from the cosmodrome's control centre' takes the Vostochny Cosmodrome; t02's 'The regency government' takes Poso regency; the runway ('landasan pacu') closed in t15 takes Bandara Sentani; 'langit kota itu' in t14 takes Kamloops. The Federal Court's ruling takes where it sat (the Istana Kehakiman in Putrajaya; the dateline PUTRAJAYA is a place but not the claim's value), the 2023 conviction the High Court's city (Kota Kinabalu, not the Kinabatangan district where the concessions were). The wounded take the hospital's town (t01 'RSUD Poso', t02 'hospital in Poso'); the evacuees take where they shelter; the ministers' meeting in t07 takes Jakarta (the ministry's office is written in lower case, 'kantor Kementerian Pertahanan', and is no place), in t08 Surabaya (the 'navy's eastern fleet headquarters' is a description); Kinoshita's arrival takes Jakarta, not Manila where he came from; the diverted vessels take the ports they were sent to; the Sakha Republic is where the first stage fell, Yakutsk only where the speakers are.",
  "no claim": "The Wuasa residents' remarks (t01, t02), the Indonesian diplomat's assessment (t03), Kaya's trade estimate (t04), the defence official's remark on frigates (t07) and the Japanese official's (t08), the Servel official's turnout (t09), t12's last sentence on Baikonur, the Juniper Ridge residents' remark (t13) and the passenger's remark on the rain (t15) are no claims.",
  "disagreements": "Four events are reported by independent outlets that disagree: the Poso earthquake's damaged houses (t01 'sedikitnya 1.200 rumah', t02 'about 2,300 houses'; the date 7 October, seven dead and 46 injured, the landslide on the Poso–Tentena road on 7 October and the 14-day emergency agree); the conclusion of the Indonesia–Turkey talks in Ankara (t03 'Selasa (18/11/2025)', t04 'on Wednesday' = 19 November; the minister's arrival on 17 November, the signing in Istanbul in February 2026 and the technical round in Jakarta in the week of 24 November agree); the defence ministers' meeting on 2 March 2026 (t07 in Jakarta, t08 in Surabaya: two cities, neither within the other; the exercise of 3,000 troops in East Kalimantan in August 2026, the arrival in Jakarta on 1 March and the meeting with Prabowo Subianto at Istana Bogor / Bogor Palace on 4 March agree); the Kamloops wildfire's burned area (t13 'about 12,000 hectares', t14 'sekitar 21.000 hektare'; the start on 4 August, the 4,500 evacuated residents, the highway closure on 5 August and Ferrier's visit on 7 August agree).",
  "copies": "t05/t06 (the Durban port strike, a Reuters text opening 'REUTERS –' and another outlet's copy ending '— Reuters', with a new headline, the credit moved and the 2022 sentence dropped) are a near-copy pair (copyGroup 'durban'); they agree on every value, t06's stamp being past midnight at +08:00.",
  "spam": "t11 carries one injected promotional paragraph between two paragraphs of the report, annotated as two spans (the hook question and the registration call)."
}
out = {"about": "Seventh held-out set for the extraction evaluation: fifteen articles written for it (packages/bench/extraction/heldout-7/articles; seven Indonesian, eight English), annotated by hand without reading the extractor code, before the extractor was run on them. The events are modelled on real-world kinds; people's names are invented (Prabowo Subianto excepted) and every text is the set's own. Same format and conventions as bench/heldout-6. Spans are text plus occurrence index, as in the seed gold.",
       "guidelines": guidelines, "decisions": decisions, "articles": articles}
json.dump(out, open("gold.json", "w"), indent=1, ensure_ascii=False)
print(len(articles))
