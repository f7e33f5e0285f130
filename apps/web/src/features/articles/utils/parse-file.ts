/** The title of an uploaded article: its first Markdown heading, else the file name without extension. */
export function titleOfFile(name: string, text: string): string {
  if (/\.md$/i.test(name)) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/m.exec(text);
    if (heading?.[1]) return heading[1].trim();
  }
  return name.replace(/\.(txt|md)$/i, "");
}
