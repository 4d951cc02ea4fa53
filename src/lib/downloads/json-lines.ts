/**
 * A data download as JSON with each item of its top-level lists on a line of its own: about
 * half the bytes of indented JSON, still read and compared line by line.
 */
export function jsonLines(data: Record<string, unknown[]>): string {
  const lists = Object.entries(data).map(([key, items]) => `${JSON.stringify(key)}: [\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`);
  return `{\n${lists.join(',\n')}\n}\n`;
}
