import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import iconv from "iconv-lite";

/**
 * A small news site on 127.0.0.1 for fetching tests: article pages with the metadata real outlets
 * publish (JSON-LD NewsArticle, Open Graph), a page in windows-1252, redirect chains, a page
 * without readable text, a huge page, a slow page, a busy page (503 twice, then the story), and RSS 2.0 and Atom feeds with validators.
 */
export interface NewsSite {
  url: string;
  /** Requests seen, by path, with the conditional headers they carried. */
  requests: { path: string; ifNoneMatch?: string; ifModifiedSince?: string; userAgent?: string }[];
  /** Items currently in the RSS feed (tests add some between polls). */
  rssItems: { slug: string; title: string }[];
  close(): Promise<void>;
}

const paragraphs = (topic: string) =>
  [
    `JAKARTA — Banjir melanda ${topic} sejak Senin pagi setelah hujan deras mengguyur wilayah itu selama lebih dari enam jam tanpa henti, menurut Badan Penanggulangan Bencana Daerah setempat.`,
    `Kepala BPBD mengatakan sedikitnya 1.200 warga telah dievakuasi ke tempat pengungsian sementara di sekolah dan masjid terdekat, sementara petugas terus memantau ketinggian air di pintu air utama.`,
    `"Kami meminta warga yang tinggal di bantaran sungai untuk tetap waspada karena curah hujan diperkirakan masih tinggi hingga Rabu," kata juru bicara BPBD kepada wartawan di posko darurat.`,
    `Dinas Sosial menyiapkan dapur umum dan bantuan logistik, termasuk makanan siap saji, selimut, dan air bersih, bagi para pengungsi yang terdampak banjir di ${topic}.`,
  ]
    .map((p) => `<p>${p}</p>`)
    .join("\n");

const placeOf = (slug: string) => {
  const last = slug.split("-").at(-1) ?? slug;
  return last.charAt(0).toUpperCase() + last.slice(1);
};

export function articlePage(
  slug: string,
  origin: string,
  title = "Banjir rendam ribuan rumah di Bekasi",
): string {
  const canonical = `${origin}/berita/${slug}`;
  const jsonLd = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebSite", name: "Warta Contoh", url: origin },
      {
        "@type": "NewsArticle",
        headline: title,
        datePublished: "2024-01-18T09:30:00+07:00",
        inLanguage: "id",
        author: [{ "@type": "Person", name: "Rina Wulandari" }],
        publisher: { "@type": "Organization", name: "Warta Contoh" },
        mainEntityOfPage: canonical,
      },
    ],
  };
  return `<!doctype html>
<html lang="id"><head>
<meta charset="utf-8">
<title>${title} | Warta Contoh</title>
<link rel="canonical" href="${canonical}">
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="Warta Contoh">
<meta property="og:url" content="${canonical}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-01-18T09:30:00+07:00">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
</head><body>
<header><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/daerah">Daerah</a></nav></header>
<main><article>
<h1>${title}</h1>
<p class="byline">Oleh Rina Wulandari</p>
${paragraphs(placeOf(slug))}
</article></main>
<footer><p>© Warta Contoh</p><a href="/redaksi">Redaksi</a></footer>
</body></html>`;
}

/** Only Open Graph and plain meta tags, in windows-1252 (as older outlets still serve). */
function latinPage(origin: string): Buffer {
  const html = `<!doctype html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Café à Surabaya : la municipalité répond</title>
<meta property="og:title" content="Café à Surabaya : la municipalité répond">
<meta name="author" content="Amélie Dupré">
<meta property="article:published_time" content="2024-02-03T14:05:00+07:00">
<meta property="og:site_name" content="Le Journal Témoin">
<meta property="og:url" content="${origin}/fr/cafe">
</head><body><article>
<h1>Café à Surabaya : la municipalité répond</h1>
<p>La municipalité de Surabaya a annoncé mercredi qu’elle réexaminerait la décision concernant le café « Kopi Tua », fermé la semaine dernière après des plaintes répétées des riverains.</p>
<p>Selon l’adjoint au maire, « les propriétaires ont été reçus et un nouveau dossier sera étudié d’ici à la fin du mois », a-t-il déclaré devant la presse réunie à l’hôtel de ville.</p>
<p>Les habitués, déçus, espèrent une réouverture rapide : l’établissement, fondé en 1952, est l’un des plus anciens de la ville et attire de nombreux étudiants chaque après-midi.</p>
</article></body></html>`;
  return iconv.encode(html, "windows-1252");
}

const emptyPage = `<!doctype html><html><head><title>Masuk</title></head><body>
<nav><a href="/">Beranda</a></nav><form><input name="q"><button>Cari</button></form></body></html>`;

function rss(origin: string, items: { slug: string; title: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Warta Contoh</title><link>${origin}/</link><description>Berita terbaru</description>
${items
  .map(
    (i) =>
      `<item><title>${i.title}</title><link>${origin}/berita/${i.slug}</link><guid isPermaLink="false">warta-${i.slug}</guid><pubDate>Thu, 18 Jan 2024 02:30:00 GMT</pubDate></item>`,
  )
  .join("\n")}
</channel></rss>`;
}

function atom(origin: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Warta Contoh — Daerah</title><id>urn:warta:daerah</id><updated>2024-01-18T03:00:00Z</updated>
<entry><title>Jembatan putus di Garut</title><id>urn:warta:garut-jembatan</id><link rel="alternate" href="${origin}/berita/garut-jembatan"/><updated>2024-01-18T03:00:00Z</updated></entry>
</feed>`;
}

export async function startNewsSite(): Promise<NewsSite> {
  const requests: NewsSite["requests"] = [];
  const rssItems = [
    { slug: "banjir-bekasi", title: "Banjir rendam ribuan rumah di Bekasi" },
    { slug: "longsor-bogor", title: "Longsor tutup jalan di Bogor" },
  ];
  let origin = "";
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", origin).pathname;
    requests.push({
      path,
      ...(req.headers["if-none-match"] ? { ifNoneMatch: String(req.headers["if-none-match"]) } : {}),
      ...(req.headers["if-modified-since"]
        ? { ifModifiedSince: String(req.headers["if-modified-since"]) }
        : {}),
      ...(req.headers["user-agent"] ? { userAgent: req.headers["user-agent"] } : {}),
    });
    const html = (body: string | Buffer, type = "text/html; charset=utf-8") => {
      res.writeHead(200, { "content-type": type });
      res.end(body);
    };
    const berita = /^\/berita\/([a-z0-9-]+)$/.exec(path);
    if (berita) {
      const slug = berita[1] as string;
      const item = rssItems.find((i) => i.slug === slug);
      return html(articlePage(slug, origin, item?.title));
    }
    // A busy page: 503 twice (its first two requests), then the story.
    const busy = /^\/sibuk\/([a-z0-9-]+)$/.exec(path);
    if (busy) {
      if (requests.filter((r) => r.path === path).length <= 2) {
        res.writeHead(503, { "content-type": "text/plain", "retry-after": "1" });
        return res.end("sibuk");
      }
      return html(articlePage(busy[1] as string, origin));
    }
    // A mirror: the same story under another site's canonical URL.
    const mirror = /^\/cermin\/([a-z0-9-]+)$/.exec(path);
    if (mirror) return html(articlePage(mirror[1] as string, "https://cermin.example"));
    const hop = /^\/r\/(\d+)$/.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(n === 3 ? 301 : 302, { location: n === 1 ? "/berita/banjir-bekasi" : `/r/${n - 1}` });
      return res.end();
    }
    switch (path) {
      case "/fr/cafe":
        return html(latinPage(origin), "text/html");
      case "/masuk":
        return html(emptyPage);
      case "/gambar.png":
        res.writeHead(200, { "content-type": "image/png" });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
      case "/hilang":
        res.writeHead(404, { "content-type": "text/html" });
        return res.end("<h1>Tidak ditemukan</h1>");
      case "/loop":
        res.writeHead(302, { location: "/loop" });
        return res.end();
      case "/ke-jaringan-dalam":
        res.writeHead(302, { location: "http://10.1.2.3/admin" });
        return res.end();
      case "/ke-metadata":
        res.writeHead(307, { location: "http://169.254.169.254/latest/meta-data/" });
        return res.end();
      case "/raksasa": {
        // 6 MB in chunks, without a Content-Length, so only counting stops it.
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(64 * 1024, "<p>isi</p>");
        let sent = 0;
        const push = () => {
          while (sent < 96) {
            sent++;
            if (!res.write(chunk)) return res.once("drain", push);
          }
          res.end();
        };
        return push();
      }
      case "/lambat": {
        const timer = setTimeout(() => html(articlePage("lambat", origin)), 3000);
        res.on("close", () => clearTimeout(timer));
        return;
      }
      case "/feed/rss.xml": {
        const body = rss(origin, rssItems);
        const etag = `"rss-${rssItems.length}"`;
        if (req.headers["if-none-match"] === etag) {
          res.writeHead(304, { etag });
          return res.end();
        }
        res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag });
        return res.end(body);
      }
      case "/feed/atom.xml": {
        const lastModified = "Thu, 18 Jan 2024 03:00:00 GMT";
        if (
          req.headers["if-modified-since"] === lastModified ||
          req.headers["if-none-match"] === '"atom-1"'
        ) {
          res.writeHead(304, { etag: '"atom-1"', "last-modified": lastModified });
          return res.end();
        }
        res.writeHead(200, {
          "content-type": "application/atom+xml",
          etag: '"atom-1"',
          "last-modified": lastModified,
        });
        return res.end(atom(origin));
      }
      default:
        res.writeHead(404, { "content-type": "text/plain" });
        return res.end("not found");
    }
  };
  const server: Server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    requests,
    rssItems,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
