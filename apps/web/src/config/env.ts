/** The one place the web app reads its build-time environment. */
export const env = Object.freeze({
  /** Base of the API; the UI is served from the API's origin, so relative by default. */
  apiBase: (import.meta.env.VITE_API_BASE as string | undefined) ?? "",
  isDev: import.meta.env.DEV,
});
