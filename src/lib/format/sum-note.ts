import type { IndicatorValue } from '../../contracts/indicator.ts';
import { html, type Html } from './html.ts';

/** What a summed value says of itself wherever it is shown: the site added it up, the report did not write it. */
export function sumLabel(value: Pick<IndicatorValue, 'facts'>): string {
  return value.facts.length > 1 ? `合计，${value.facts.length}个数字相加` : '';
}

/**
 * `合计，3个数字相加：1 2 3`, each number linked to the figure it adds, so a reader can check
 * every part; nothing for a value the report states once.
 */
export function sumNote(value: Pick<IndicatorValue, 'facts'>, link: (factId: string) => string): Html | '' {
  const label = sumLabel(value);
  if (!label) return '';
  const parts = value.facts.map((id, i) => html`<a href="${link(id)}" aria-label="${`第${i + 1}个数字`}">${i + 1}</a>`);
  return html`<span class="sum-note">${label}：${parts.map((p, i) => (i === 0 ? p : html` ${p}`))}</span>`;
}
