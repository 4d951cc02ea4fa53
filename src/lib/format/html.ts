import { escapeXml } from '../../charts/svg.ts';

/**
 * Markup written by `html` from our own templates. Pages that the reader's browser redraws
 * (a pair of reports chosen in the query) build it in the browser and at build time alike.
 */
export class Html {
  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  toString(): string {
    return this.text;
  }
}

export type HtmlPart = Html | string | number | null | undefined | false | readonly HtmlPart[];

function write(part: HtmlPart): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(write).join('');
  return escapeXml(String(part));
}

/** A template whose every interpolated text is escaped: report and catalog text never becomes markup. */
export function html(strings: TemplateStringsArray, ...parts: HtmlPart[]): Html {
  return new Html(strings.reduce((out, s, i) => out + s + (i < parts.length ? write(parts[i]!) : ''), ''));
}
