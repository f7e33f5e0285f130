// RFC 4180 CSV (read back by csv-parse in csv.test.ts): CRLF line ends, fields quoted when
// they hold a comma, quote, CR or LF, quotes doubled. Text cells are also made safe against
// formula injection (OWASP "CSV injection"): a cell opening with = + - @ TAB or CR would be run
// as a formula by spreadsheet programs, so it gets a leading apostrophe, which they display as text.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell. Numbers are written as numbers (a negative number is not a formula); text is neutralised. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (typeof value === "number") text = Number.isFinite(value) ? String(value) : "";
  else if (typeof value === "boolean") text = value ? "true" : "false";
  else {
    text = typeof value === "string" ? value : JSON.stringify(value);
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export const csvRow = (cells: readonly unknown[]): string => `${cells.map(csvCell).join(",")}\r\n`;

/** Joins small strings into chunks of about `size` characters: fewer, larger writes to the socket. */
export async function* chunked(parts: AsyncIterable<string>, size = 64 * 1024): AsyncGenerator<string> {
  let buffer = "";
  for await (const part of parts) {
    buffer += part;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}
