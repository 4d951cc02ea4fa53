/**
 * A data download as JSON with each top-level field, and each item of its top-level lists,
 * on a line of its own: about half the bytes of indented JSON, still read and compared line by line.
 */
export function jsonLines(data: Record<string, unknown>): string {
  const fields = Object.entries(data).map(
    ([key, value]) =>
      `${JSON.stringify(key)}: ${Array.isArray(value) ? `[\n${value.map((item) => JSON.stringify(item)).join(',\n')}\n]` : JSON.stringify(value)}`,
  );
  return `{\n${fields.join(',\n')}\n}\n`;
}
