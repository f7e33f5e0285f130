import iconv from "iconv-lite";

/**
 * The page's charset, by the order browsers use: a byte-order mark, the Content-Type header, a
 * `<meta charset>` or `http-equiv` declaration in the first kilobytes; UTF-8 when none is given.
 * Labels iconv-lite does not know fall back to UTF-8 as well.
 */
export function pageCharset(bytes: Uint8Array, contentType: string | undefined): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
  if (fromHeader && iconv.encodingExists(fromHeader)) return normalise(fromHeader);
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const declared =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  if (declared && iconv.encodingExists(declared)) return normalise(declared);
  return "utf-8";
}

// As browsers do (WHATWG Encoding): a page labelled ISO-8859-1 or ASCII is read as windows-1252.
function normalise(label: string): string {
  const l = label.toLowerCase();
  if (l === "iso-8859-1" || l === "latin1" || l === "us-ascii" || l === "ascii") return "windows-1252";
  return l;
}

/** Decodes the bytes with the page's charset. */
export function decodePage(
  bytes: Uint8Array,
  contentType: string | undefined,
): { text: string; charset: string } {
  const charset = pageCharset(bytes, contentType);
  return { text: iconv.decode(Buffer.from(bytes), charset), charset };
}
