// Book objects are ISBNs, and the gold file mixes ISBN-13 and ISBN-10 while most listings use
// ISBN-10; mapping 978-prefixed ISBN-13s to ISBN-10 puts each book under one id.

/** ISBN-10 of a 978-prefixed ISBN-13 (check digit recomputed, mod 11, X = 10); null otherwise. */
export function isbn13to10(isbn13: string): string | null {
  if (!/^978\d{10}$/.test(isbn13)) return null;
  const core = isbn13.slice(3, 12);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (10 - i) * Number(core[i]);
  const check = (11 - (sum % 11)) % 11;
  return core + (check === 10 ? "X" : String(check));
}

/** One id per book: hyphens and spaces dropped, upper-case X, 978-ISBN-13 mapped to ISBN-10. */
export function normalizeIsbn(raw: string): string {
  const s = raw.replace(/[\s-]+/g, "").toUpperCase();
  return isbn13to10(s) ?? s;
}
