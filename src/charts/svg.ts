export type Attributes = Record<string, string | number | null | undefined | false>;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for XML content and attribute values: report text goes into charts verbatim. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** Numbers rounded to a hundredth of a pixel, so output is short and identical across runs. */
function attributeValue(value: string | number): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : escapeXml(value);
}

/**
 * One SVG element as a string. Children are already-rendered markup; text content must
 * come through `text()` so that nothing from a report is ever read as markup.
 */
export function el(name: string, attributes: Attributes = {}, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined && entry[1] !== false)
    .map(([key, value]) => ` ${key}="${attributeValue(value)}"`)
    .join('');
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join('')}</${name}>`;
}

/** Escaped text content. */
export function text(content: string): string {
  return escapeXml(content);
}
