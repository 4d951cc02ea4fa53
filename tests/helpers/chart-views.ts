import { PAGE_WIDTHS, type PackedSpecs, drawChart, unpackSpec } from '../../src/charts/chart-spec.ts';

/**
 * One view of a page's chart as a reader sees it: the SVG the page holds for its default
 * view, or, for another view, the SVG drawn from the page's specs as src/browser/chart-view.ts
 * draws it. None for a view the chart does not offer.
 */
export function viewSvg(page: string, figureId: string, view: string, width: keyof typeof PAGE_WIDTHS = 'wide'): string | null {
  const start = page.indexOf(`id="${figureId}"`);
  if (start < 0) return null;
  const figure = page.slice(start, page.indexOf('</figure>', start));
  const drawn = new RegExp(`<div class="chart-view" data-view="${view}"[^>]*>[\\s\\S]*?<div class="chart-${width}">(<svg[\\s\\S]*?</svg>)</div>`).exec(figure);
  if (drawn) return drawn[1]!;
  const specs = /<script type="application\/json" data-chart-specs>([\s\S]*?)<\/script>/.exec(figure);
  const spec = specs ? unpackSpec(JSON.parse(specs[1]!) as PackedSpecs, view) : null;
  return spec ? drawChart(spec, PAGE_WIDTHS[width]) : null;
}
