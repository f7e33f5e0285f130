# Writes gold.json from the hand annotation below (fourth held-out set; same helpers and format as
# ../heldout-3/make-gold.py). Run: python3 make-gold.py
import json, datetime as dt

import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from gold_helpers import *  # noqa: F401,F403 (d, m, y, w, D, A, E, P, C, Q, UNRESOLVED)

articles = {}
articles["p01-kebakaran-glodok.txt"] = dict(
  outlet="Kabar Ibu Kota", language="id", publishedAt="2025-01-16T21:30:00+07:00", timeZone=None, wire="Antara",
  dates=[D("Rabu (15/1/2025) malam", d("2025-01-15")), D("Kamis (16/1) pagi", d("2025-01-16")), D("kemarin", d("2025-01-15")),
    D("pekan depan", w("2025-01-20", "2025-01-27"))],
  attributions=[A("(ANTARA)", "wire"), A("Satriadi Gunawan mengatakan", "named_person", "satriadi"),
    A("Seorang pedagang di lantai dasar yang enggan disebut namanya mengatakan", "anonymous"),
    A("Polda Metro Jaya menyatakan", "named_org", "polda")],
  entities=[E("Satriadi Gunawan", "satriadi"), E("Polda Metro Jaya", "polda")],
  places=[P("JAKARTA"), P("Glodok Plaza"), P("Jalan Hayam Wuruk"), P("Kecamatan Taman Sari"), P("Jakarta Barat"),
    P("DKI Jakarta"), P("RS Polri Kramat Jati")],
  claims=[C("Kebakaran melanda gedung Glodok Plaza di Jalan Hayam Wuruk", "other", d("2025-01-15"),
      ["Glodok Plaza", "Jalan Hayam Wuruk", "Kecamatan Taman Sari", "Jakarta Barat"]),
    C("45 unit mobil pemadam dan 230 personel dikerahkan ke Glodok Plaza", "other", place="Glodok Plaza",
      quantity={"amount": 45, "unit": "unit mobil pemadam"}),
    C("Api baru bisa dipadamkan pada Kamis (16/1) pagi", "other", d("2025-01-16")),
    C("Keluarga korban mendatangi posko di RS Polri Kramat Jati sejak kemarin", "other", d("2025-01-15"), "RS Polri Kramat Jati"),
    C("penyelidikan penyebab kebakaran dimulai pekan depan", "other", w("2025-01-20", "2025-01-27"), participants=["polda"])],
  spam=[])
demak_tanggul = "Tanggul Sungai Wulan di Desa Ketanjung, Kecamatan Karanganyar, Kabupaten Demak"
demak_places = [P("Demak"), P("Sungai Wulan"), P("Desa Ketanjung"), P("Kecamatan Karanganyar"), P("Kabupaten Demak"),
  P("Masjid Agung Demak"), P("Jalur Pantura Demak-Kudus"), P("Desa Wonorejo")]
demak_attr = [A("Agus Nugroho mengatakan", "named_person", "agus"), A("Warga Desa Wonorejo mengaku", "anonymous"),
  A("Menurut BMKG", "named_org", "bmkg")]
demak_claims_tail = [
  C("sekitar 9.000 warga dari sebelas desa mengungsi ke Masjid Agung Demak", "other", place=["Masjid Agung Demak", "Kabupaten Demak"],
    quantity={"amount": 9000, "unit": "warga"}),
  None,
  C("Warga Desa Wonorejo mengaku air masuk ke rumah", "other", place="Desa Wonorejo"),
  C("hujan lebat masih berpotensi turun hingga Minggu", "other", d("2024-02-11"))]
def demak(road_anchor, first_anchor, first_places):
  cs = [C(first_anchor, "other", d("2024-02-08"), first_places)] + list(demak_claims_tail)
  cs[2] = C(road_anchor, "other", d("2024-02-08"), "Jalur Pantura Demak-Kudus", quantity={"amount": 60, "unit": "sentimeter"})
  return cs
articles["p02-tanggul-demak.txt"] = dict(
  outlet="Jateng Sepekan", language="id", publishedAt="2024-02-09T19:00:00+07:00", timeZone=None, wire="Antara", copyGroup="demak",
  dates=[D("Kamis (8/2/2024) dini hari", d("2024-02-08")), D("kemarin", d("2024-02-08")), D("hingga Minggu", d("2024-02-11"))],
  attributions=demak_attr + [A("(Antara)", "wire")],
  entities=[E("Agus Nugroho", "agus"), E("BMKG", "bmkg")],
  places=demak_places + [P("Jawa Tengah")],
  claims=demak("Jalur Pantura Demak-Kudus ditutup sejak kemarin", demak_tanggul + ", Jawa Tengah, jebol",
    ["Sungai Wulan", "Desa Ketanjung", "Kecamatan Karanganyar", "Kabupaten Demak", "Jawa Tengah"]),
  spam=[])
articles["p03-tanggul-demak-salinan.txt"] = dict(
  outlet="Portal Pantura Timur", language="id", publishedAt="2024-02-10T00:30:00+08:00", timeZone=None, wire="Antara", copyGroup="demak",
  dates=[D("Kamis (8/2) dini hari", d("2024-02-08")), D("sejak Kamis", d("2024-02-08")), D("hingga Minggu", d("2024-02-11"))],
  attributions=demak_attr + [A("Sumber: Antara", "wire")],
  entities=[E("Agus Nugroho", "agus"), E("BMKG", "bmkg")],
  places=demak_places,
  claims=demak("Jalur Pantura Demak-Kudus ditutup sejak Kamis", demak_tanggul + ", jebol",
    ["Sungai Wulan", "Desa Ketanjung", "Kecamatan Karanganyar", "Kabupaten Demak"]),
  spam=[])
articles["p04-vonis-tipikor.txt"] = dict(
  outlet="Warta Hukum", language="id", publishedAt="2025-02-12", timeZone="Asia/Jakarta", wire=None,
  dates=[D("kemarin", d("2025-02-11")), D("Senin lalu", d("2025-02-10"))],
  attributions=[A("Rudi Hartono mengatakan", "named_person", "rudi"), A("Kuasa hukum terdakwa menyatakan", "anonymous"),
    A("Sejumlah pegawai dinas yang hadir di ruang sidang mengatakan", "anonymous")],
  entities=[E("Hendra Kusuma", "hendra"), E("Rudi Hartono", "rudi"), E("Komisi Pemberantasan Korupsi", "kpk"), E("KPK", "kpk")],
  places=[P("Bekasi"), P("Jakarta Pusat"), P("Kabupaten Bekasi"), P("Kecamatan Cikarang Utara")],
  claims=[C("Majelis hakim Pengadilan Tindak Pidana Korupsi Jakarta Pusat menjatuhkan vonis enam tahun penjara", "other",
      d("2025-02-11"), "Jakarta Pusat", ["Pengadilan Tindak Pidana Korupsi Jakarta Pusat", "hendra"], {"amount": 6, "unit": "tahun"}),
    C("terdakwa terbukti menerima suap Rp 4,2 miliar terkait proyek jalan di Kecamatan Cikarang Utara", "other",
      place="Kecamatan Cikarang Utara", participants=["hendra"], quantity={"amount": 4200000000, "unit": "rupiah"}),
    C("Jaksa penuntut umum Komisi Pemberantasan Korupsi (KPK) menuntut delapan tahun penjara dalam sidang Senin lalu", "other",
      d("2025-02-10"), participants=["kpk"], quantity={"amount": 8, "unit": "tahun"})],
  spam=[])
articles["p05-pasar-youtefa.txt"] = dict(
  outlet="Cenderawasih Online", language="id", publishedAt="2025-06-14T00:40:00+09:00", timeZone=None, wire=None,
  dates=[D("Jumat malam", d("2025-06-13")), D("bulan depan", m("2025-07"))],
  attributions=[A("Para pedagang menduga", "anonymous"),
    A("Seorang petugas pemadam yang tidak mau disebut namanya mengatakan", "anonymous")],
  entities=[],
  places=[P("Pasar Youtefa"), P("Distrik Abepura"), P("Kota Jayapura"), P("Papua"), P("Jalan Raya Abepura")],
  claims=[C("Kebakaran melanda Pasar Youtefa di Distrik Abepura, Kota Jayapura, Papua", "other", d("2025-06-13"),
      ["Pasar Youtefa", "Distrik Abepura", "Kota Jayapura", "Papua"], quantity={"amount": 300, "unit": "kios"}),
    C("delapan mobil pemadam dikerahkan dari Jalan Raya Abepura", "other", place=["Jalan Raya Abepura", "Pasar Youtefa"],
      quantity={"amount": 8, "unit": "mobil pemadam"}),
    C("Pemerintah Kota Jayapura akan membangun kios sementara mulai bulan depan", "other", m("2025-07"), "Kota Jayapura",
      ["Pemerintah Kota Jayapura"])],
  spam=[{"text": "Klik link di bio untuk jackpot tiap jam"}, {"text": "daftar di gacor777vip sekarang juga!"}])
articles["p06-topan-yagi.txt"] = dict(
  outlet="Dunia Hari Ini", language="id", publishedAt="2024-09-09T00:15:00+08:00", timeZone=None, wire="Reuters",
  dates=[D("Sabtu (7/9/2024)", d("2024-09-07")), D("kemarin", d("2024-09-08")), D("sejak Sabtu malam", d("2024-09-07")),
    D("Minggu pagi", d("2024-09-08"))],
  attributions=[A("Kementerian Pertanian dan Pembangunan Pedesaan menyatakan", "named_org"),
    A("Warga di Hanoi mengatakan", "anonymous"), A("sumber: Reuters", "wire")],
  entities=[E("Vietnam", "vietnam"), E("Pham Minh Chinh", "pham")],
  places=[P("Vietnam"), P("Provinsi Quang Ninh"), P("Kota Hai Phong"), P("Provinsi Lao Cai"), P("Distrik Bat Xat"), P("Hanoi"),
    P("Bandara Internasional Noi Bai")],
  claims=[C("Topan Yagi menghantam Provinsi Quang Ninh dan Kota Hai Phong", "other", d("2024-09-07"),
      ["Provinsi Quang Ninh", "Kota Hai Phong", "Vietnam"], quantity={"amount": 149, "unit": "kilometer per jam"}),
    C("sedikitnya 59 orang tewas, sebagian besar akibat tanah longsor di Provinsi Lao Cai", "other", place=["Provinsi Lao Cai", "Vietnam"],
      quantity={"amount": 59, "unit": "orang"}),
    C("Perdana Menteri Pham Minh Chinh meninjau lokasi longsor di Distrik Bat Xat kemarin", "visit", d("2024-09-08"),
      ["Distrik Bat Xat", "Provinsi Lao Cai"], ["pham"]),
    C("listrik padam sejak Sabtu malam", "other", d("2024-09-07"), "Hanoi"),
    C("Bandara Internasional Noi Bai dibuka kembali pada Minggu pagi", "other", d("2024-09-08"), ["Bandara Internasional Noi Bai", "Hanoi"])],
  spam=[])
articles["p07-taiwan-quake.txt"] = dict(
  outlet="Harbour Times", language="en", publishedAt="2024-04-04T00:30:00+08:00", timeZone=None, wire="Reuters",
  dates=[D("on Wednesday morning", d("2024-04-03")), D("on Thursday", d("2024-04-04"))],
  attributions=[A("REUTERS –", "wire"), A("the island's fire agency said", "named_org"), A("Chen Chien-jen said", "named_person", "chen"),
    A("Chip maker TSMC said", "named_org", "tsmc"), A("Residents in Taipei said", "anonymous")],
  entities=[E("Taiwan", "taiwan"), E("Chen Chien-jen", "chen"), E("TSMC", "tsmc")],
  places=[P("Taiwan"), P("Hualien City"), P("Hualien County"), P("Taroko Gorge"), P("Hualien"), P("Taipei"), P("Hsinchu")],
  claims=[C("A magnitude 7.4 earthquake struck off the east coast of Taiwan on Wednesday morning", "other", d("2024-04-03"),
      ["Taiwan", "Hualien City", "Hualien County"], quantity={"amount": 7.4, "unit": "magnitude"}),
    C("The quake's epicentre was about 18 kilometres south of Hualien City", "other", place="Hualien City",
      quantity={"amount": 18, "unit": "kilometres"}),
    C("Rescuers in Hualien County were trying to reach dozens of workers trapped in the Taroko Gorge", "other",
      place=["Taroko Gorge", "Hualien County"]),
    C("rail services between Hualien and Taipei would resume on Thursday", "other", d("2024-04-04"), ["Hualien", "Taipei"]),
    C("it had evacuated some fabrication plants in Hsinchu", "other", place="Hsinchu", participants=["tsmc"]),
    C("buildings swayed for about a minute", "other", place="Taipei")],
  spam=[])
articles["p08-la-wildfires.txt"] = dict(
  outlet="Pacific Coast Courier", language="en", publishedAt="2025-01-08T21:00:00-08:00", timeZone=None, wire="AP",
  dates=[D("on Tuesday", d("2025-01-07")), D("by Wednesday evening", d("2025-01-08")), D("next week", w("2025-01-13", "2025-01-20")),
    D("on Thursday", d("2025-01-09"))],
  attributions=[A("according to AP", "wire"), A("Anthony Marrone said", "named_person", "marrone"), A("Several residents said", "anonymous"),
    A("Gavin Newsom said", "named_person", "newsom"), A("Forecasters warned", "anonymous")],
  entities=[E("Anthony Marrone", "marrone"), E("Gavin Newsom", "newsom")],
  places=[P("Los Angeles"), P("Los Angeles County"), P("Pacific Palisades"), P("Altadena"), P("Sunset Boulevard")],
  claims=[C("A fast-moving wildfire tore through the Pacific Palisades on Tuesday", "other", d("2025-01-07"),
      ["Pacific Palisades", "Los Angeles"], quantity={"amount": 30000, "unit": "residents"}),
    C("a second blaze near Altadena had burned 10,600 acres by Wednesday evening", "other", d("2025-01-08"), "Altadena",
      quantity={"amount": 10600, "unit": "acres"}),
    C("Drivers abandoned cars on Sunset Boulevard", "other", place="Sunset Boulevard"),
    C("he would visit the burn areas next week", "visit", w("2025-01-13", "2025-01-20"), participants=["newsom"]),
    C("gusts of up to 100 mph could return on Thursday", "other", d("2025-01-09"), quantity={"amount": 100, "unit": "mph"})],
  spam=[])
articles["p09-cyclone-alfred.txt"] = dict(
  outlet="Southern Cross Daily", language="en", publishedAt="2025-03-09T07:30:00+10:00", timeZone=None, wire="AFP",
  dates=[D("late on Saturday", d("2025-03-08")), D("until Tuesday", d("2025-03-11")), D("last Thursday", d("2025-03-06"))],
  attributions=[A("the Bureau of Meteorology said", "named_org", "bom"), A("according to the electricity provider Energex", "named_org"),
    A("David Crisafulli said", "named_person", "crisafulli"),
    A("Anthony Albanese, who visited the state emergency centre last Thursday, said", "named_person", "albanese"), A("— AFP", "wire")],
  entities=[E("Bureau of Meteorology", "bom"), E("David Crisafulli", "crisafulli"), E("Anthony Albanese", "albanese")],
  places=[P("Gold Coast"), P("Bribie Island"), P("Queensland"), P("Brisbane"), P("Lismore"), P("New South Wales")],
  claims=[C("Tropical Cyclone Alfred was downgraded to a tropical low as it crossed the coast near Bribie Island late on Saturday", "other",
      d("2025-03-08"), ["Bribie Island", "Queensland"]),
    C("More than 300,000 homes and businesses in south-east Queensland remained without power", "other", place="Queensland",
      quantity={"amount": 300000, "unit": "homes and businesses"}),
    C("schools in Brisbane and on the Gold Coast would stay closed until Tuesday", "other", d("2025-03-11"), ["Brisbane", "Gold Coast"]),
    C("who visited the state emergency centre last Thursday", "visit", d("2025-03-06"), participants=["albanese"],
      quantity={"amount": 1000, "unit": "defence personnel"}),
    C("Residents of Lismore in northern New South Wales were told to leave low-lying streets", "other", place=["Lismore", "New South Wales"])],
  spam=[])
articles["p10-nepal-floods.txt"] = dict(
  outlet="Himalayan Observer", language="en", publishedAt="2024-09-28T23:50:00+05:45", timeZone=None, wire="Reuters",
  dates=[D("Sept 28", d("2024-09-28")), D("on Saturday", d("2024-09-28")), D("on Friday", d("2024-09-27")), D("next month", m("2024-10"))],
  attributions=[A("(Reuters)", "wire"), A("police said", "named_org"),
    A("an official at the district administration office said on condition of anonymity", "anonymous"),
    A("Ramesh Lekhak said", "named_person", "lekhak"), A("the education ministry said", "named_org"), A("Forecasters expect", "anonymous")],
  entities=[E("Nepal", "nepal"), E("Ramesh Lekhak", "lekhak")],
  places=[P("KATHMANDU"), P("Nepal"), P("Kathmandu Valley"), P("Bagmati River"), P("Prithvi Highway"), P("Dhading district")],
  claims=[C("Floods and landslides killed at least 112 people across Nepal on Saturday", "other", d("2024-09-28"), "Nepal",
      quantity={"amount": 112, "unit": "deaths"}),
    C("Sixty-four people were missing, most of them in the Kathmandu Valley, where the Bagmati River burst its banks on Friday", "other",
      d("2024-09-27"), ["Bagmati River", "Kathmandu Valley"], quantity={"amount": 64, "unit": "missing"}),
    C("A bus was buried by a landslide on the Prithvi Highway in Dhading district", "other", place=["Prithvi Highway", "Dhading district"]),
    C("Forecasters expect the monsoon to withdraw next month", "other", m("2024-10"))],
  spam=[])
articles["p11-sq321-turbulence.txt"] = dict(
  outlet="Lion City Post", language="en", publishedAt="2024-05-21T23:40:00+08:00", timeZone=None, wire=None,
  dates=[D("on Tuesday", d("2024-05-21")), D("on Wednesday", d("2024-05-22"))],
  attributions=[A("the airline said", "named_org", "sia"), A("Chee Hong Tat said", "named_person", "chee"),
    A("Passengers told reporters", "anonymous")],
  entities=[E("Singapore Airlines", "sia"), E("Myanmar", "myanmar"), E("Chee Hong Tat", "chee")],
  places=[P("London"), P("Myanmar"), P("Suvarnabhumi Airport"), P("Bangkok"), P("Changi Airport")],
  claims=[C("A 73-year-old British man died and 30 others were injured after a Singapore Airlines flight from London hit severe turbulence over Myanmar on Tuesday",
      "other", d("2024-05-21"), "Myanmar", ["sia"], {"amount": 30, "unit": "injured"}),
    C("Flight SQ321, a Boeing 777-300ER carrying 211 passengers and 18 crew, diverted to Suvarnabhumi Airport in Bangkok", "other",
      place=["Suvarnabhumi Airport", "Bangkok"], quantity={"amount": 211, "unit": "passengers"}),
    C("a team had been sent to Bangkok", "other", place="Bangkok"),
    C("A relief flight carrying the remaining passengers is due to land at Changi Airport on Wednesday", "other", d("2024-05-22"),
      "Changi Airport")],
  spam=[])
articles["p12-hurricane-otis.txt"] = dict(
  outlet="Gulf Coast Herald", language="en", publishedAt="2023-10-25T19:00:00-06:00", timeZone=None, wire=None,
  dates=[D("early on Wednesday", d("2023-10-25")), D("next week", w("2023-10-30", "2023-11-06"))],
  attributions=[A("Mexican officials said", "anonymous"), A("the Federal Electricity Commission said", "named_org", "cfe"),
    A("Hotel workers on the Costera Miguel Aleman avenue said", "anonymous"), A("The navy said", "named_org")],
  entities=[E("Andres Manuel Lopez Obrador", "amlo"), E("Federal Electricity Commission", "cfe")],
  places=[P("Acapulco"), P("Mexico-Acapulco highway"), P("Guerrero"), P("Costera Miguel Aleman"), P("Acapulco International Airport")],
  claims=[C("Hurricane Otis slammed into Acapulco early on Wednesday", "other", d("2023-10-25"), ["Acapulco", "Guerrero"],
      quantity={"amount": 27, "unit": "deaths"}),
    C("President Andres Manuel Lopez Obrador travelled by road to the resort city", "visit", place=["Acapulco", "Mexico-Acapulco highway"],
      participants=["amlo"]),
    C("About 500,000 homes in Guerrero state lost power", "other", place="Guerrero", quantity={"amount": 500000, "unit": "homes"}),
    C("windows were blown out across the seafront", "other", place="Costera Miguel Aleman"),
    C("it would fly in supplies to Acapulco International Airport next week", "other", w("2023-10-30", "2023-11-06"),
      ["Acapulco International Airport", "Acapulco"], ["the navy"])],
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
  "as before": "The decisions of heldout-3 apply unchanged: reported events take their own date, place and parties; a sentence whose only content is a number is no claim (its number goes to the neighbouring claim's quantity: 'Sedikitnya 300 kios hangus', 'Ramesh Lekhak said 3,000 security personnel had been deployed', 'Schools will remain closed for three days'); urging, announcing, pledging and demanding a sentence ('menuntut delapan tahun penjara') are acts, saying, assessing, suspecting ('menduga'), warning and expecting are cues; headlines are not claims.",
  "durations": "Durations ('dalam tujuh hari', 'for three days', 'two days of torrential rain', 'for about a minute') and clock times ('sekitar pukul 21.00 WIB') are not date expressions.",
  "relative days": "'kemarin' is the day before the publication day in the article's zone: p06 is stamped 00:15 on Monday at +08:00, so its 'kemarin' is Sunday 8 September although it is still Sunday in Jakarta. 'Senin lalu' in p04 (published Wednesday) is the Monday of the same week; 'last Thursday' in p09 (published Sunday) is the Thursday three days before. 'sejak Kamis' in p03 is the copy's replacement for p02's 'sejak kemarin' (same day). Past weekdays with a time of day ('Minggu pagi' in p06, 'by Wednesday evening' in p08) are the most recent such day; weekdays in future clauses ('hingga Minggu', 'until Tuesday', 'would resume on Thursday', 'could return on Thursday', 'on Wednesday' for a flight due to land) are the next such day on or after publication. 'pekan depan'/'next week' is the Monday-to-Monday week after the publication week; 'bulan depan'/'next month' the calendar month after it.",
  "dateline": "'KATHMANDU, Sept 28 (Reuters) -' gives a date expression and a place; 'JAKARTA (ANTARA) -' a place and a wire credit; 'REUTERS –' at the head of p07 is the wire credit with no place.",
  "speakers": "'police said', 'the education ministry said', 'The navy said', 'the island's fire agency said' and 'Kementerian Pertanian dan Pembangunan Pedesaan menyatakan' are institutions referred to by function or name (named_org); 'Forecasters', 'Passengers', 'Several residents', 'Hotel workers', 'Mexican officials', 'Para pedagang', 'Kuasa hukum terdakwa' and 'Sejumlah pegawai dinas' are people by role (anonymous), as is the official who spoke 'on condition of anonymity'. 'Residents of Lismore … were told' has no speaker. Where a relative clause separates the name from 'said' (p09, Albanese), the attribution spans name to verb and the clause inside it is also the claim.",
  "participants": "An institution that is both the source and the actor of the event it announces is a party (Polda Metro Jaya opening the investigation, TSMC evacuating its plants, the navy flying in supplies, Pemerintah Kota Jayapura building kiosks); a defendant referred to as 'terdakwa' is the named defendant (hendra). A court in a claim is a party under its full name; the city in its name is the place.",
  "event place": "As before: a bribe 'terkait proyek jalan di Kecamatan Cikarang Utara' takes the project's district; firefighters 'dikerahkan dari Jalan Raya Abepura' take the road and the market they were sent to; a journey 'to the resort city' takes the city named earlier (Acapulco) and the highway it went by; a turbulence incident 'over Myanmar' takes Myanmar, not London, where the flight began. The dateline JAKARTA of p01 is a place but not the fire's place (Jakarta Barat is).",
  "no claim": "The merchant's account in p01 (the fire seen from the seventh floor at 21.00) names no date and no place; the traders' suspicion in p05, the appeal announced in p04 (only a duration) and the employees' remark in p04 are no claims; 'Passengers told reporters …' in p11 names no date or place.",
  "places": "'Singapore Airlines' and 'Pengadilan Tindak Pidana Korupsi Jakarta Pusat' hold a place only where it is a modifier of an office or court (Jakarta Pusat is a place; Singapore inside the airline's name is not). 'British', 'Thai' and 'Mexican' are demonyms. 'Jalur Pantura Demak-Kudus' and 'Mexico-Acapulco highway' are each one road name. 'the island' (Taiwan) and 'the resort city' are descriptions, not names.",
  "copies": "p02/p03 (the Sungai Wulan levee breach in Demak, an Antara text credited '(Antara)' and another outlet's copy credited 'Sumber: Antara', with the province dropped, 'kemarin' turned into 'Kamis' and a new headline) are a near-copy pair (copyGroup 'demak'). p03 is stamped 00:30 at +08:00, before midnight in Jakarta.",
  "spam": "p05 carries one injected promotional sentence, annotated as two spans (the link bait and the registration call)."
}
out = {"about": "Fourth held-out set for the extraction evaluation: twelve articles written for it (packages/bench/extraction/heldout-4/articles), annotated by hand without reading the extractor code or its failure lists and before the extractor was run on them or changed after heldout-3. Same format and conventions as bench/heldout-3. Spans are text plus occurrence index, as in the seed gold.",
       "guidelines": guidelines, "decisions": decisions, "articles": articles}
json.dump(out, open("gold.json", "w"), indent=1, ensure_ascii=False)
print(len(articles))
