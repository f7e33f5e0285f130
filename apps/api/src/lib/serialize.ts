/** ISO string of a timestamp column (contracts carry ISO 8601 strings, never Date objects). */
export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
