import { el, text } from './svg.ts';

/** Below this width charts lay out for a phone: names above bars, short column heads. */
export const NARROW = 480;

export const FONT_STACK = 'system-ui, "PingFang SC", "Hiragino Sans GB", "Noto Sans SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/** Width of a label in pixels: CJK characters take a full em, Latin letters and digits about half. */
export function textWidth(label: string, fontSize: number): number {
  return [...label].reduce((n, c) => n + (/[\u0000-\u00ff]/.test(c) ? 0.55 : 1), 0) * fontSize;
}

export interface FrameOptions {
  /** Unique on its page: the id of the accessible title. */
  id: string;
  width: number;
  height: number;
  /** Read out by screen readers; the figure's table carries the numbers. */
  title: string;
  /**
   * For a downloaded file: a white ground and the title printed at the top, since
   * such a file is seen without the page around it.
   */
  standalone: boolean;
}

export const STANDALONE_HEADER = 44;

/**
 * The `<svg>` around a chart's marks. Text uses `currentColor`, so an inline chart takes
 * the page's light or dark colour and a downloaded one prints black on white.
 */
export function chartFrame(options: FrameOptions, body: string): string {
  const top = options.standalone ? STANDALONE_HEADER : 0;
  const height = options.height + top;
  const titleId = `${options.id}-title`;
  const header = options.standalone
    ? el('rect', { width: options.width, height, fill: '#ffffff' }) +
      el('text', { x: 0, y: 26, 'font-size': 18, 'font-weight': 700, fill: '#1f2328' }, text(options.title))
    : '';
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${options.width} ${height}`,
      width: options.width,
      height,
      role: 'img',
      'aria-labelledby': titleId,
      'font-family': FONT_STACK,
      'font-size': 13,
      color: options.standalone ? '#1f2328' : null,
    },
    el('title', { id: titleId }, text(options.title)),
    header,
    el('g', { transform: top ? `translate(0,${top})` : null }, body),
  );
}
