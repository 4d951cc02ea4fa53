import { el, text } from './svg.ts';

/** Below this width charts lay out for a phone: names above bars, short column heads. */
export const NARROW = 480;

export const FONT_STACK = 'system-ui, "PingFang SC", "Hiragino Sans GB", "Noto Sans SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/** Width of a label in pixels: CJK characters take a full em, Latin letters and digits about half. */
export function textWidth(label: string, fontSize: number): number {
  return [...label].reduce((n, c) => n + (/[\u0000-\u00ff]/.test(c) ? 0.55 : 1), 0) * fontSize;
}

/** What every chart takes: where it sits on its page, its title, and how it is filed. */
export interface ChartOptions {
  /** Unique on its page: the id of the accessible title. */
  id: string;
  title: string;
  /** What the chart shows, in words: its accessible description, as `<desc>`. */
  description?: string;
  width: number;
}

export interface FrameOptions extends ChartOptions {
  height: number;
  /**
   * For a downloaded file: a white ground and the title printed at the top, since
   * such a file is seen without the page around it.
   */
  standalone?: boolean;
  /** Lines under a downloaded chart: the notes the page shows beside it, what the figures are and where they come from; a long one is broken to the chart's width. */
  footer?: string[];
}

export const STANDALONE_HEADER = 44;
const FOOTER_LINE = 18;
export const FOOTER_FONT = 12;

/** A line broken where it would run past `width`, so a long note under a downloaded chart stays on the image. */
export function wrapLine(line: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const c of line) {
    if (current && textWidth(current + c, fontSize) > width) {
      lines.push(current);
      current = '';
    }
    current += c;
  }
  return current ? [...lines, current] : lines;
}

/**
 * The `<svg>` around a chart's marks. Text uses `currentColor` and the page's font, so an
 * inline chart takes the page's light or dark colour and a downloaded one prints black on white.
 */
export function chartFrame(options: FrameOptions, body: string): string {
  const top = options.standalone ? STANDALONE_HEADER : 0;
  const footer = options.standalone ? (options.footer ?? []).flatMap((line) => wrapLine(line, options.width, FOOTER_FONT)) : [];
  const footerTop = top + options.height + 12;
  const height = options.height + top + (footer.length > 0 ? 12 + footer.length * FOOTER_LINE : 0);
  const titleId = `${options.id}-title`;
  const descId = `${options.id}-desc`;
  const header = options.standalone
    ? el('rect', { width: options.width, height, fill: '#ffffff' }) +
      el('text', { x: 0, y: 26, 'font-size': 18, 'font-weight': 700, fill: '#1f2328' }, text(options.title))
    : '';
  const notes = footer.map((line, i) => el('text', { x: 0, y: footerTop + (i + 1) * FOOTER_LINE - 5, 'font-size': FOOTER_FONT, fill: '#5c6370' }, text(line))).join('');
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${options.width} ${height}`,
      width: options.width,
      height,
      role: 'img',
      'aria-labelledby': titleId,
      'aria-describedby': options.description ? descId : null,
      // Inline, a chart takes the page's font, as its colour; a file seen alone names its own.
      'font-family': options.standalone ? FONT_STACK : null,
      'font-size': 13,
      // Inherited by every label, which then takes the page's light or dark text colour.
      fill: 'currentColor',
      color: options.standalone ? '#1f2328' : null,
    },
    el('title', { id: titleId }, text(options.title)),
    options.description ? el('desc', { id: descId }, text(options.description)) : '',
    header,
    el('g', { transform: top ? `translate(0,${top})` : null }, body),
    notes,
  );
}
