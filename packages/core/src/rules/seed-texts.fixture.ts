// The five seed articles (shared/seed-articles), copied verbatim so tests never read shared files.
// Test data only; not exported from the package.

/** 000_371d03295c727928.txt */
export const SEED_000_HIMALAYAPOST = `Himalayapost.id – Moskow, 18 Januari 2024 – Rusia dan Korea Utara sepakat untuk meningkatkan hubungan bilateral di semua bidang, termasuk bidang-bidang sensitif, kata juru bicara Kremlin Dmitry Peskov kepada wartawan pada Rabu, 17 Januari 2024.
Kesepakatan tersebut dicapai setelah pertemuan Presiden Rusia Vladimir Putin dengan Menteri Luar Negeri Korea Utara Choe Son Hui di Moskow pada Selasa.
Peskov mengatakan, situasi di Semenanjung Korea telah dibahas dalam pertemuan tersebut, namun fokus utama kedua pemimpin adalah pada pengembangan hubungan bilateral.
“Kedua pemimpin sepakat untuk meningkatkan kerja sama di bidang-bidang seperti ekonomi, perdagangan, dan budaya,” kata Peskov. “Mereka juga membahas kemungkinan kerja sama di bidang-bidang sensitif, seperti militer dan keamanan.”
Kesepakatan ini merupakan kelanjutan dari peningkatan hubungan antara Rusia dan Korea Utara dalam beberapa tahun terakhir. Pada September 2023, Putin dan pemimpin Korea Utara Kim Jong-un bertemu di Rusia dan menandatangani sejumlah kesepakatan kerja sama.
Peningkatan hubungan antara Rusia dan Korea Utara telah menimbulkan kekhawatiran di kalangan negara-negara Barat, yang menganggap Korea Utara sebagai negara pelanggar hak asasi manusia dan ancaman bagi keamanan regional.
Peningkatan hubungan antara Rusia dan Korea Utara berpotensi memiliki dampak signifikan terhadap situasi di Semenanjung Korea dan kawasan Asia-Pasifik.
Di satu sisi, peningkatan kerja sama ekonomi dan perdagangan antara kedua negara dapat membantu Korea Utara untuk mengatasi krisis ekonominya. Hal ini dapat mengurangi ketergantungan Korea Utara pada China, yang telah menjadi mitra dagang utama negara tersebut selama beberapa dekade terakhir.
Di sisi lain, peningkatan kerja sama militer dan keamanan antara Rusia dan Korea Utara dapat meningkatkan ketegangan di Semenanjung Korea. Hal ini dapat mendorong Korea Selatan dan Amerika Serikat untuk meningkatkan kerja sama militer mereka, yang dapat meningkatkan risiko terjadinya konflik.
Selain itu, peningkatan hubungan Rusia-Korea Utara juga dapat berdampak pada dinamika geopolitik di kawasan Asia-Pasifik. Hal ini dapat memperkuat posisi Rusia di kawasan tersebut, yang dapat menjadi ancaman bagi kepentingan negara-negara Barat. (Ly)`;

/** 001_89a80fa865018799.txt */
export const SEED_001_UNDATED_PUTIN = `Kemitraan Strategis Rusia dengan Korea Utara sebagai Tanda Stabilitas Regional

Kemitraan Strategis Rusia dengan Korea Utara sebagai Tanda Stabilitas Regional

Presiden Vladimir Putin menyatakan pada hari Kamis bahwa perjanjian kemitraan strategis Rusia dengan Korea Utara merupakan indikasi stabilitas di kawasan tersebut. Pernyataan ini disampaikan Putin dalam konteks pertemuan tingkat tinggi dengan pemimpin Korea Utara, Kim Jong-un.

Putin menekankan bahwa perjanjian kemitraan strategis ini bertujuan untuk memperkuat hubungan bilateral di berbagai bidang, termasuk ekonomi, politik, dan budaya. Kedua negara sepakat untuk meningkatkan kerja sama dalam pengembangan infrastruktur, perdagangan, dan investasi, serta dalam bidang teknologi dan pendidikan.

"Kemitraan strategis antara Rusia dan Korea Utara adalah tanda stabilitas dan perkembangan positif di kawasan," ujar Putin dalam pernyataan resmi yang dikeluarkan oleh Kremlin. "Kemitraan ini akan memungkinkan kita untuk membangun hubungan yang saling menguntungkan dan memperkuat keamanan bersama di Asia Timur Laut."

Putin juga mengatakan bahwa Rusia akan terus mendukung upaya diplomatik untuk mencapai denuklirisasi Semenanjung Korea. Ia menegaskan kembali komitmen Rusia untuk mencari solusi damai dan diplomatik terhadap krisis nuklir Korea Utara.

Terkait dengan kemungkinan latihan militer bersama dengan Korea Utara, Putin menyatakan bahwa hal tersebut masih belum dapat dipastikan. "Kami akan mengevaluasi semua kemungkinan opsi, termasuk latihan militer, dengan mempertimbangkan kepentingan nasional kami dan situasi keamanan regional," jelasnya.

Pernyataan Putin ini muncul di tengah meningkatnya ketegangan antara Korea Utara dan Amerika Serikat. Amerika Serikat telah meningkatkan sanksi terhadap Korea Utara dan memperkuat kehadiran militernya di kawasan tersebut. Korea Utara, di sisi lain, terus mengembangkan program nuklir dan misil balistiknya, yang memicu kekhawatiran internasional.

Kemitraan strategis antara Rusia dan Korea Utara telah menuai beragam reaksi di komunitas internasional. Beberapa pihak menilai bahwa kemitraan ini merupakan langkah yang positif dan dapat membantu menstabilkan situasi di kawasan. Namun, ada juga yang memperingatkan bahwa kemitraan ini dapat memperkuat pengaruh Rusia di Asia Timur Laut dan memperumit upaya denuklirisasi Korea Utara.

Penganalisis politik menilai bahwa kemitraan strategis ini dapat menjadi faktor penting dalam dinamika geopolitik regional. Rusia dapat memanfaatkan kemitraan ini untuk memperkuat pengaruhnya di Asia Timur Laut dan meningkatkan kemampuannya untuk bersaing dengan Amerika Serikat di kawasan tersebut.

Di sisi lain, Korea Utara dapat menggunakan kemitraan ini untuk mendapatkan dukungan politik dan ekonomi dari Rusia, serta untuk menekan Amerika Serikat agar meringankan sanksi dan memulai kembali dialog.

Masa depan kemitraan strategis ini masih belum jelas. Akan tetapi, kemitraan ini kemungkinan akan terus menjadi topik diskusi dan perdebatan di komunitas internasional, terutama dalam konteks meningkatnya ketegangan di Semenanjung Korea dan persaingan strategis antara Rusia dan Amerika Serikat.`;

/** 002_38682418aceb3944.txt */
export const SEED_002_REPUBLIKA = `Kamis 18 Jan 2024 08:25 WIB

Kremlin: Rusia Kian Perkuat Hubungan dengan Korut

Pengembangan dilakukan di berbagai bidang, termasuk yang sensitif.

Rep: Lintar Satria/ Red: Setyanavidita livicansera
Juru bicara Kremlin Dmitry Peskov berbicara kepada wartawan di Moskow, Rusia, pada 23 Desember 2021.
Foto: AP Photo
Juru bicara Kremlin Dmitry Peskov berbicara kepada wartawan di Moskow, Rusia, pada 23 Desember 2021.

REPUBLIKA.CO.ID, MOSKOW -- Juru bicara Kremlin Dmitry Peskov mengatakan Rusia mengembangkan hubungan dengan Korea Utara (Korut) di semua bidang. Termasuk di bidang-bidang yang "sensitif."

Menteri Luar Negeri Korut Choe Son-hui memuji hubungan dekat dengan Rusia sebelum menggelar pembicaraan dengan Presiden Vladimir Putin di Kremlin pada Selasa (16/1/2024). Pemimpin Korut Kim Jong-un mengundang Putin untuk mengunjungi negara tertutup yang memiliki senjata nuklir tersebut.

Baca Juga

Saat ditanya mengenai pertemuan di Moskow, Peskov mengatakan situasi di Semenanjung Korea turut dibahas. Tapi fokusnya adalah pengembangan hubungan bilateral. "Republik Demokratik Rakyat Korea merupakan mitra kami yang sangat penting, dan kami fokus pada pengembangan lebih lanjut hubungan kami di semua bidang, termasuk bidang-bidang sensitif," kata Peskov, Rabu (17/1/2024).

Putin memperdalam hubungan dengan Korut sejak ia mengirimkan pasukan ke Ukraina pada 2022 lalu. Amerika Serikat (AS) dan sekutu-sekutunya juga mengecam apa yang mereka sebut peningkatan signifikan pengiriman rudal Korut ke Rusia untuk membantu perang Moskow di Ukraina.

Baik Rusia maupun Korut berulang kali membantah kritik tersebut. Moskow mengatakan mereka akan mengembangkan hubungan pada negara manapun yang menginginkannya dan kerja sama dengan Pyongyang tidak melanggar kesepakatan internasional.

Rusia gencar mempublikasikan upayanya memperkuat hubungan dengan Korut termasuk hubungan militer. Kedua negara sudah menjalin hubungan sejak 1948 ketika Uni Soviet mendukung pendirian Korut.

Bagi Putin yang mengatakan Rusia terkunci perang eksistensial dengan Barat, memiliki hubungan dengan Kim Jong-un memungkinkannya dapat menyerang Washington dan sekutu-sekutu AS di Asia. Sambil mengamankan pasokan artileri untuk perang di Ukraina.

sumber : reuters
Advertisement
Berita Lainnya
Advertisement
Advertisement
Advertisement`;

/** 003_34edceaa19d6d523.txt */
export const SEED_003_LAVROV = `
Pemerintah Rusia menyatakan kesiapannya untuk memperkuat kerja sama bilateral dengan pemimpin Korea Utara Kim Jong-un di berbagai bidang strategis, termasuk ekonomi, militer, dan politik. Pernyataan ini disampaikan langsung oleh Presiden Rusia, Vladimir Putin, dalam kunjungan resmi delegasi Rusia ke Pyongyang pekan ini.
Langkah ini dinilai sebagai sinyal kuat bahwa hubungan kedua negara terus berkembang, di tengah situasi geopolitik dunia yang semakin dinamis, terutama menyusul ketegangan antara Rusia dan negara-negara Barat akibat konflik di Ukraina.
Kunjungan pejabat tinggi Rusia ke Korea Utara dipimpin oleh Menteri Luar Negeri Rusia, Sergei Lavrov, yang disambut langsung oleh pemimpin tertinggi Korea Utara, Kim Jong-un. Dalam pertemuan tersebut, kedua negara membahas peluang kerja sama lebih lanjut dalam bidang:
- Perdagangan dan ekonomi
- Energi dan infrastruktur
- Kerja sama pertahanan dan militer
- Ilmu pengetahuan dan teknologi
Menurut laporan media pemerintah Rusia, Presiden Putin bahkan telah mengirimkan surat pribadi kepada Kim Jong-un yang berisi komitmen Rusia untuk membangun kemitraan strategis jangka panjang dengan Korea Utara.
“Rusia dan Korea Utara memiliki sejarah panjang dalam menjalin hubungan yang saling menghormati. Kini saatnya mempererat kerja sama untuk menghadapi tantangan global bersama,” ujar Lavrov dalam konferensi pers.
Rusia dan Korea Utara memang memiliki hubungan diplomatik yang kuat sejak era Perang Dingin. Keduanya sama-sama menghadapi sanksi dan tekanan internasional, terutama dari negara-negara Barat dan aliansi NATO.

Kerja sama ini dinilai sebagai bentuk solidaritas politik dan langkah untuk memperkuat posisi masing-masing di panggung global. Korea Utara, yang masih berada dalam isolasi ekonomi akibat sanksi internasional, melihat Rusia sebagai mitra strategis yang bisa memberikan akses teknologi, energi, dan pangan.
Sementara itu, Rusia memandang Korea Utara sebagai sekutu potensial di kawasan Asia Timur, yang bisa menambah pengaruh geopolitik Moskow di wilayah tersebut.
Pernyataan kesiapan Rusia untuk memperkuat hubungan dengan Korea Utara tentu menarik perhatian dunia internasional. Beberapa negara Barat, terutama Amerika Serikat dan sekutunya di Asia seperti Korea Selatan dan Jepang, menyatakan kekhawatiran atas kemungkinan kerja sama militer antara kedua negara.
Pemerintah Amerika Serikat melalui Departemen Luar Negeri menyebut bahwa pihaknya akan memantau dengan ketat perkembangan kerja sama ini, terutama jika ada indikasi pelanggaran terhadap resolusi Dewan Keamanan PBB yang melarang bantuan militer ke Korea Utara.
“Kami berharap Rusia tetap mematuhi komitmen internasionalnya dan tidak memperburuk situasi di kawasan Semenanjung Korea,” ujar juru bicara Gedung Putih.
Di luar isu militer, kerja sama Rusia dan Korea Utara juga mencakup bidang ekonomi yang dianggap penting bagi kedua negara. Salah satu pembahasan utama adalah kemungkinan Rusia menyalurkan bantuan pangan dan energi kepada Korea Utara, yang selama ini mengalami kekurangan karena sanksi dan bencana alam.
Sebagai imbalannya, Korea Utara disebut bersedia meningkatkan ekspor tenaga kerja dan komoditas tertentu ke Rusia. Meski demikian, kerja sama ini masih dalam tahap penjajakan dan akan disesuaikan dengan peraturan internasional yang berlaku.
Langkah Rusia untuk mempererat hubungan dengan Korea Utara merupakan bagian dari strategi global menghadapi isolasi dan tekanan dari negara-negara Barat. Hubungan ini berpotensi mengubah peta geopolitik, khususnya di Asia Timur, dan memunculkan dinamika baru dalam hubungan antarnegara besar. vipqiuqiu99
Meski kerja sama ini masih dalam tahap awal, sinyal yang diberikan Rusia cukup jelas: mereka siap membuka babak baru dalam hubungan bilateral dengan Korea Utara, baik di bidang ekonomi maupun pertahanan.
Dunia kini menanti langkah konkret berikutnya, sambil tetap mewaspadai potensi dampak dari kolaborasi dua negara yang sama-sama menjadi sorotan dunia.`;

/** 004_26b4985e531ea79f.txt */
export const SEED_004_INDONESIAUPDATES = `INDONESIAUPDATES.COM, INTERNASIONAL – Pemimpin Korea Utara, Kim Jong Un, berjanji untuk memperkuat hubungan dengan Rusia saat melakukan pembicaraan dengan Kepala Keamanan Rusia, Sergei Shoigu, yang sedang melakukan kunjungan kenegaraan pada Sabtu (14/9/2024).
Negara-negara Barat telah menuduh Korea Utara yang kekurangan dana menjual amunisi kepada Rusia, yang sedang dihantam oleh berbagai sanksi akibat perang berkepanjangan di Ukraina. Tuduhan ini semakin menambah ketegangan di tengah situasi geopolitik yang rumit.
Korea Utara diketahui telah memperkuat hubungan militernya dengan Rusia dalam beberapa waktu terakhir. Pada Juni 2024, Presiden Rusia Vladimir Putin melakukan kunjungan langka ke Pyongyang. Dalam pertemuan tersebut, ia menandatangani perjanjian pertahanan bersama dengan Kim Jong Un.
Media pemerintah Korea Utara menampilkan foto Kim Jong Un dan Shoigu yang terlihat berpelukan serta tersenyum setelah pertemuan mereka. Kim juga mengirimkan ucapan selamat kepada Presiden Putin, mendoakan kesehatan dan kesuksesan dalam pekerjaannya.
Pasangan pemimpin ini disebutkan sedang melakukan pembicaraan yang “konstruktif” dalam suasana yang “hangat, bersahabat, dan penuh kepercayaan.” Namun, lokasi pasti pertemuan tersebut tidak diungkapkan. Para ahli menduga bahwa pertemuan ini berlangsung di Istana Tamu Kumsusan di Pyongyang, yang telah menjadi tempat pertemuan penting dengan para pemimpin dunia, termasuk Presiden China Xi Jinping.
Kim Jong Un menyatakan bahwa pemerintah Korea Utara, secara resmi disebut Republik Demokratik Rakyat Korea (DPRK), akan meningkatkan kerja sama dan kolaborasi dengan Rusia sesuai dengan perjanjian yang ditandatangani pada bulan Juni 2024.
Tuduhan Penjualan Senjata untuk Rusia
Sementara itu, pihak Dewan Keamanan Rusia mengatakan di situs resminya bahwa pertemuan antara Shoigu dan Kim ini akan memberikan kontribusi penting bagi implementasi pakta pertahanan antara kedua negara. Shoigu, yang sebelumnya menjabat sebagai Menteri Pertahanan Rusia, terakhir kali bertemu Kim pada Juli 2023 di Pyongyang untuk merayakan 70 tahun gencatan senjata Perang Korea.
Pertemuan ini terjadi hanya dua hari setelah Korea Utara menembakkan beberapa rudal balistik jarak pendek ke perairan timur Semenanjung Korea. Kepala Staf Gabungan Korea Selatan menyebutkan bahwa uji coba tersebut kemungkinan merupakan demonstrasi senjata yang ditujukan untuk diekspor ke Rusia, menambah spekulasi tentang kerja sama militer kedua negara dalam konflik di Ukraina.
Kunjungan Shoigu kali ini semakin memperkuat dugaan bahwa Korea Utara dapat menjadi pemasok amunisi bagi Rusia, yang sedang menghadapi kekurangan suplai akibat sanksi internasional.
Dampak Hubungan Korea Utara-Rusia
Meskipun pertemuan ini menegaskan hubungan kuat antara kedua negara, hal ini juga meningkatkan kekhawatiran internasional, terutama di kalangan negara-negara Barat dan sekutu regional seperti Korea Selatan dan Jepang. Mereka khawatir bahwa hubungan yang semakin erat antara Pyongyang dan Moskow dapat berdampak pada keamanan kawasan dan memperpanjang konflik di Ukraina.
Pertemuan ini menjadi salah satu contoh penting dari meningkatnya diplomasi militer di kawasan Asia Timur dan peran yang semakin besar dimainkan oleh Korea Utara dalam konstelasi geopolitik global.
Para pengamat berharap bahwa pertemuan ini akan memberi gambaran lebih jelas mengenai peran Korea Utara dalam konflik internasional dan implikasi lebih luas bagi stabilitas kawasan.
Pertanyaan Umum (FAQ): Hubungan Korea Utara dan Rusia
- Apa yang dibahas dalam pertemuan antara Kim Jong Un dan Sergei Shoigu?
- Dalam pertemuan tersebut, Kim Jong Un dan Sergei Shoigu membahas upaya memperkuat hubungan militer dan pertahanan antara Korea Utara dan Rusia. Mereka juga mendiskusikan situasi geopolitik global dan keamanan regional.
- Mengapa Korea Utara diduga menjual amunisi ke Rusia?
- Negara-negara Barat menuduh Korea Utara menjual amunisi ke Rusia untuk membantu Rusia dalam perang di Ukraina, karena Rusia menghadapi kekurangan suplai akibat sanksi internasional.
- Bagaimana tanggapan Korea Utara terhadap tuduhan penjualan amunisi?
- Meskipun Korea Utara tidak secara terbuka menanggapi tuduhan tersebut, pertemuan antara Kim Jong Un dan pejabat tinggi Rusia menunjukkan adanya kemungkinan kerja sama militer yang lebih erat antara kedua negara.
- Apa dampak dari pertemuan ini terhadap situasi geopolitik?
- Pertemuan ini memperkuat hubungan militer Korea Utara dan Rusia, yang dapat meningkatkan ketegangan internasional, terutama di kawasan Asia Timur dan konflik di Ukraina.
- Bagaimana respons negara-negara Barat terhadap perkembangan ini?
- Negara-negara Barat, khususnya Amerika Serikat dan sekutu regional Korea Utara, seperti Korea Selatan dan Jepang, mengkhawatirkan implikasi dari hubungan yang semakin erat ini terhadap stabilitas regional dan konflik di Ukraina.
- Apa itu perjanjian pertahanan yang ditandatangani antara Korea Utara dan Rusia pada Juni 2024?
- Perjanjian ini merupakan komitmen kedua negara untuk memperkuat kerja sama pertahanan dan militer, sebagai bagian dari aliansi strategis mereka di tengah ketegangan geopolitik global.
- Apakah pertemuan ini akan mempengaruhi situasi di Semenanjung Korea?
- Hubungan yang lebih erat antara Korea Utara dan Rusia dapat mempengaruhi stabilitas di Semenanjung Korea, terutama dalam konteks program senjata nuklir Korea Utara dan hubungan militer yang berkembang dengan Rusia.
- Apakah Korea Utara berperan dalam konflik di Ukraina?
- Meskipun belum ada bukti konkret yang mengonfirmasi keterlibatan Korea Utara dalam perang Ukraina, spekulasi bahwa negara tersebut mungkin mengekspor senjata ke Rusia telah menambah kekhawatiran internasional.
IKUTI INDONESIAUPDATES.COM DI GOOGLE NEWS`;
