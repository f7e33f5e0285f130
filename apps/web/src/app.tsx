import type { Health } from "@kroscek/schema";
import { useEffect, useState } from "react";

/** Landing page until the review screens arrive: what Kroscek is and whether the server is healthy. */
export function App() {
  const [health, setHealth] = useState<Health | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch("/api/health")
      .then((r) => r.json() as Promise<Health>)
      .then(setHealth)
      .catch((e: Error) => setError(e.message));
  }, []);
  return (
    <main
      style={{ fontFamily: "system-ui, sans-serif", maxWidth: 720, margin: "4rem auto", lineHeight: 1.5 }}
    >
      <h1>Kroscek</h1>
      <p>
        Cross-check what news outlets claim: archive articles, record who asserts what, review contradictions.
      </p>
      <p>
        API documentation: <a href="/api/docs">/api/docs</a>
      </p>
      <p aria-live="polite">
        {health
          ? `Server ${health.status}, database ${health.database}, migration ${health.migration}`
          : error
            ? `Server unreachable: ${error}`
            : "Checking the server…"}
      </p>
    </main>
  );
}
