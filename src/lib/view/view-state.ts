import type { ScaleKind } from '../../charts/value-scale.ts';

/** What a chart's figures are: per year (the default), as the reports total them, or per 万 members. */
export const PERS = ['year', 'total', 'member'] as const;
export type Per = (typeof PERS)[number];

export const PER_LABELS: Record<Per, string> = { year: '折合每年', total: '报告合计', member: '每万名会员' };

/** How a chart lists its reports: largest figure first (the default), or region by region as the catalogue has them. */
export const ORDERS = ['value', 'region'] as const;
export type Order = (typeof ORDERS)[number];

export const ORDER_LABELS: Record<Order, string> = { value: '按数值排序', region: '按地区排列' };

/** What a chart shows: the query string holds it, so a copied link reopens the same view. */
export interface ViewState {
  per: Per;
  scale: ScaleKind;
  order: Order;
  /** Region ids, in the order the reader picked them. */
  highlight: string[];
}

/**
 * Per year by default: reports cover one year or five, and only per year do their figures
 * share a scale. A chart that has no per-year view (standing totals) shows its first view.
 */
export const DEFAULT_VIEW: ViewState = { per: 'year', scale: 'linear', order: 'value', highlight: [] };

const isPer = (value: string | null): value is Per => (PERS as readonly (string | null)[]).includes(value);
const isOrder = (value: string | null): value is Order => (ORDERS as readonly (string | null)[]).includes(value);

/** The view a query string asks for; unknown values and regions fall back to the default. */
export function parseViewState(search: string, regions: readonly string[]): ViewState {
  const params = new URLSearchParams(search);
  const per = params.get('per');
  const scale = params.get('scale');
  const order = params.get('order');
  const highlight = (params.get('highlight') ?? '').split('~').filter((r, i, all) => regions.includes(r) && all.indexOf(r) === i);
  return {
    per: isPer(per) ? per : DEFAULT_VIEW.per,
    scale: scale === 'log' || scale === 'linear' ? scale : DEFAULT_VIEW.scale,
    order: isOrder(order) ? order : DEFAULT_VIEW.order,
    highlight,
  };
}

/** `?per=total&scale=log&order=region&highlight=kuitun~changli`, naming only what differs from the default. */
export function viewStateQuery(state: ViewState): string {
  const parts: string[] = [];
  if (state.per !== DEFAULT_VIEW.per) parts.push(`per=${state.per}`);
  if (state.scale !== DEFAULT_VIEW.scale) parts.push(`scale=${state.scale}`);
  if (state.order !== DEFAULT_VIEW.order) parts.push(`order=${state.order}`);
  if (state.highlight.length > 0) parts.push(`highlight=${state.highlight.join('~')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The parameters a chart's view owns in a query string. */
export const VIEW_KEYS = ['per', 'scale', 'order', 'highlight'] as const;

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

/** A view's name: `year-linear`, and `year-linear-region` for the same view in region order. */
export function viewName(per: Per, scale: ScaleKind, order: Order = DEFAULT_VIEW.order): string {
  return `${per}-${scale}${order === DEFAULT_VIEW.order ? '' : `-${order}`}`;
}

/** What a view's name says: its per, its scale and its order. */
export function viewParts(view: string): { per: string; scale: string; order: Order } {
  const [per = '', scale = '', order = null] = view.split('-');
  return { per, scale, order: isOrder(order) ? order : DEFAULT_VIEW.order };
}

/**
 * The view a chart shows for a state: the one asked for where the chart has it, else its
 * nearest: same per, same scale, first. A chart drawn in one order only shows that order.
 */
export function chosenView(state: Pick<ViewState, 'per' | 'scale'> & Partial<Pick<ViewState, 'order'>>, views: readonly string[]): string {
  const order = state.order ?? DEFAULT_VIEW.order;
  const ordered = views.filter((v) => viewParts(v).order === order);
  const pool = ordered.length > 0 ? ordered : views;
  const parts = (v: string) => viewParts(v);
  return (
    pool.find((v) => parts(v).per === state.per && parts(v).scale === state.scale) ??
    pool.find((v) => parts(v).per === state.per) ??
    pool.find((v) => parts(v).scale === state.scale) ??
    pool[0] ??
    views[0]!
  );
}
