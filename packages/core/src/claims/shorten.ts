/** ClaimReview asks for a `claimReviewed` of at most 75 characters. */
export const CLAIM_REVIEWED_MAX = 75;

/** Cuts a sentence at a word boundary so it fits `max` characters with the ellipsis. */
export function shortenSentence(text: string, max = CLAIM_REVIEWED_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const cut = room.lastIndexOf(" ");
  const head = (cut > max / 2 ? room.slice(0, cut) : room).replace(/[\s,;:–-]+$/, "");
  return `${head}…`;
}
