import type { ScaleKind } from '../../charts/value-scale.ts';

/** What a chart's figures are: per year (the default), as the reports total them, or per 万 members. */
export const PERS = ['year', 'total', 'member'] as const;
export type Per = (typeof PERS)[number];

export const PER_LABELS: Record<Per, string> = { year: '折合每年', total: '报告合计', member: '每万名会员' };

/** What a chart shows: the query string holds it, so a copied link reopens the same view. */
export interface ViewState {
  per: Per;
  scale: ScaleKind;
  /** Region ids, in the order the reader picked them. */
  highlight: string[];
}

/**
 * Per year by default: reports cover one year or five, and only per year do their figures
 * share a scale. A chart that has no per-year view (standing totals) shows its first view.
 */
export const DEFAULT_VIEW: ViewState = { per: 'year', scale: 'linear', highlight: [] };

const isPer = (value: string | null): value is Per => (PERS as readonly (string | null)[]).includes(value);

/** The view a query string asks for; unknown values and regions fall back to the default. */
export function parseViewState(search: string, regions: readonly string[]): ViewState {
  const params = new URLSearchParams(search);
  const per = params.get('per');
  const scale = params.get('scale');
  const highlight = (params.get('highlight') ?? '').split('~').filter((r, i, all) => regions.includes(r) && all.indexOf(r) === i);
  return {
    per: isPer(per) ? per : DEFAULT_VIEW.per,
    scale: scale === 'log' || scale === 'linear' ? scale : DEFAULT_VIEW.scale,
    highlight,
  };
}

/** `?per=total&scale=log&highlight=kuitun~changli`, naming only what differs from the default. */
export function viewStateQuery(state: ViewState): string {
  const parts: string[] = [];
  if (state.per !== DEFAULT_VIEW.per) parts.push(`per=${state.per}`);
  if (state.scale !== DEFAULT_VIEW.scale) parts.push(`scale=${state.scale}`);
  if (state.highlight.length > 0) parts.push(`highlight=${state.highlight.join('~')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The parameters a chart's view owns in a query string. */
export const VIEW_KEYS = ['per', 'scale', 'highlight'] as const;

/**
 * `search` with the parameters named in `keys` replaced by those of `query`, every other one
 * kept as written: a chart's view and a pair page's reports share one query string, and each
 * rewrites only its own.
 */
export function replaceQuery(search: string, keys: readonly string[], query: string): string {
  const params = (text: string) => text.replace(/^\?/, '').split('&').filter(Boolean);
  const kept = params(search).filter((p) => !keys.includes(p.split('=')[0]!));
  const all = [...kept, ...params(query)];
  return all.length > 0 ? `?${all.join('&')}` : '';
}

/** The view a chart shows for a state: the one asked for where the chart has it, else its nearest: same per, same scale, first. */
export function chosenView(state: Pick<ViewState, 'per' | 'scale'>, views: readonly string[]): string {
  return (
    views.find((v) => v === `${state.per}-${state.scale}`) ??
    views.find((v) => v.startsWith(`${state.per}-`)) ??
    views.find((v) => v.endsWith(`-${state.scale}`)) ??
    views[0]!
  );
}
