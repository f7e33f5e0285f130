import { ApiError } from "../../lib/api-error";

/**
 * Reads a request body of at most `limit` bytes. The Content-Length is checked first; a chunked
 * body is counted while it streams and abandoned as soon as it passes the limit, so memory stays
 * bounded whatever the client sends.
 */
export async function readBounded(req: Request, limit: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new ApiError("payload_too_large", `NDJSON import bodies are limited to ${limit} bytes`);
  const declared = Number(req.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) throw tooLarge();
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}
