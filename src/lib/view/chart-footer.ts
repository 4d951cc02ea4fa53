import type { ScaleKind } from '../../charts/value-scale.ts';
import { sourceLine } from '../links/site-url.ts';
import { DEFAULT_VIEW, type Order, type Per, VIEW_KEYS, replaceQuery, viewStateQuery } from './view-state.ts';

// A downloaded chart is seen without the page's notes, so it says under itself what its figures are.
const PER_NOTES: Record<Per, string> = {
  year: '折合每年：期内完成量除以报告年数（多年报告为年均值），年均数照录，存量不折算。',
  total: '报告合计：各报告所载数字，时期长短不同。',
  member: '每万名会员：折合每年的数字除以该报告所载或目录注明的会员数，再乘一万。',
};

/**
 * The lines under a downloaded chart of one view: what its figures are, and the address that
 * reopens the view (`path` may carry a query of its own: a pair page's reports).
 */
export function chartFooter(path: string, per: Per, scale: ScaleKind = 'linear', order: Order = DEFAULT_VIEW.order): string[] {
  const [page, query = ''] = path.split('?');
  return [PER_NOTES[per], sourceLine(`${page}${replaceQuery(query, VIEW_KEYS, viewStateQuery({ per, scale, order, highlight: [] }))}`)];
}
