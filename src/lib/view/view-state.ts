import type { ScaleKind } from '../../charts/value-scale.ts';

export type Per = 'total' | 'year';

/** What a chart shows: the query string holds it, so a copied link reopens the same view. */
export interface ViewState {
  per: Per;
  scale: ScaleKind;
  /** Region ids, in the order the reader picked them. */
  highlight: string[];
}

export const DEFAULT_VIEW: ViewState = { per: 'total', scale: 'linear', highlight: [] };

/** The view a query string asks for; unknown values and regions fall back to the default. */
export function parseViewState(search: string, regions: readonly string[]): ViewState {
  const params = new URLSearchParams(search);
  const per = params.get('per');
  const scale = params.get('scale');
  const highlight = (params.get('highlight') ?? '').split('~').filter((r, i, all) => regions.includes(r) && all.indexOf(r) === i);
  return {
    per: per === 'year' || per === 'total' ? per : DEFAULT_VIEW.per,
    scale: scale === 'log' || scale === 'linear' ? scale : DEFAULT_VIEW.scale,
    highlight,
  };
}

/** `?per=year&scale=log&highlight=kuitun~changli`, naming only what differs from the default. */
export function viewStateQuery(state: ViewState): string {
  const parts: string[] = [];
  if (state.per !== DEFAULT_VIEW.per) parts.push(`per=${state.per}`);
  if (state.scale !== DEFAULT_VIEW.scale) parts.push(`scale=${state.scale}`);
  if (state.highlight.length > 0) parts.push(`highlight=${state.highlight.join('~')}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
