// Pure functions of a text that detection calls again on each write for the same texts (an
// article's body, an attribution, a quote): their answers are kept for the texts seen last.

/**
 * `fn` with its answers kept by argument; past `limit` texts the kept answers are dropped and
 * collected again. Only for functions whose answer depends on the text alone and is not changed by
 * callers (a string, a number, null, or a value the caller copies).
 */
export function memoized<R>(limit: number, fn: (text: string) => R): (text: string) => R {
  const kept = new Map<string, R>();
  return (text) => {
    if (kept.has(text)) return kept.get(text) as R;
    const answer = fn(text);
    if (kept.size >= limit) kept.clear();
    kept.set(text, answer);
    return answer;
  };
}
