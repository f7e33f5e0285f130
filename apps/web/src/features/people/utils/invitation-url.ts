/**
 * The link to hand the invited person: the UI's own origin plus the one-time path the API answered.
 * Only a same-origin path is accepted, so a tampered answer cannot turn it into a link elsewhere.
 */
export function invitationUrl(acceptPath: string, origin: string): string {
  if (!acceptPath.startsWith("/") || acceptPath.startsWith("//")) {
    throw new Error(`not a path on this site: ${acceptPath}`);
  }
  return new URL(acceptPath, origin).toString();
}
