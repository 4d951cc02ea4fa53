import type { IndicatorValue } from '../../contracts/indicator.ts';
import { type PairPage, choicePath } from '../data/region-pairs.ts';
import type { ReportRef } from '../data/report-figures.ts';
import { type Html, html } from '../format/html.ts';
import { LEVEL_LABELS, periodLabel, shortRegionName, statedLabel, valueLabel } from '../format/labels.ts';
import { sitePath } from '../links/site-url.ts';
import { sumNote } from '../format/sum-note.ts';
import { reviewShort, valueReviewLabel } from '../format/review-labels.ts';
import { sharedShown } from './pair-comparison.ts';
import type { PairView } from './pair-view.ts';
import { PER_LABELS } from './view-state.ts';

/*
 * The parts of a pair page that change with the reports it compares. The page writes them
 * for the latest two at build time, and the reader's browser writes them again, with the
 * same functions, for two reports a shared link names: one wording, whichever shows it.
 */

const reportLink = (report: ReportRef, fact?: string) => sitePath(`/reports/${report.id}/${fact ? `#${fact}` : ''}`);

/** Each side's region, level, period, count of figures and membership, with its source. */
export function pairMeta(view: PairView): Html {
  return html`${view.sides.map(({ report, members }) => {
    const source = members?.fact ? html`<a href="${reportLink(report, members.fact)}">报告所载</a>` : `来源：${members?.source}`;
    return html`<dt><a href="${reportLink(report)}">${report.region.name}</a></dt><dd>${LEVEL_LABELS[report.region.level]} · ${periodLabel(report.period)} · ${report.counts.facts}个数字 · ${
      members ? html`会员${valueLabel(members.value, '人', members.qualifier)}（${members.year}年，${source}）` : '无会员数'
    }</dd>`;
  })}`;
}

/** Which reports the page compares, and every other report of either region to compare instead. */
export function pairChoice(page: PairPage, view: PairView): Html {
  const [a, b] = view.sides.map((s) => s.report) as [ReportRef, ReportRef];
  const several = page.regions.some((r) => r.reports.length > 1);
  const note = view.latest ? (several ? '（两地各自最新的报告）' : '') : '（非最新报告）';
  const shown = html`<p>本页比较${shortRegionName(a.region.name)}<a href="${reportLink(a)}">${periodLabel(a.period)}</a>的报告与${shortRegionName(b.region.name)}<a href="${reportLink(b)}">${periodLabel(b.period)}</a>的报告${note}。</p>`;
  if (!several) return shown;
  const options = page.regions.map((region, side) => {
    const links = region.reports.map((report) => {
      const choice = side === 0 ? { a: report.id, b: b.id } : { a: a.id, b: report.id };
      if (report.id === (side === 0 ? a : b).id) return html`<strong>${periodLabel(report.period)}</strong>`;
      return html`<a href="${sitePath(choicePath(page, choice))}" data-choose="${choice.a}~${choice.b}">${periodLabel(report.period)}</a>`;
    });
    return html`${region.name}：${links.map((link, i) => html`${i > 0 ? '、' : ''}${link}`)}`;
  });
  return html`${shown}<p>换一份报告比较：${options[0]!}；${options[1]!}。</p>`;
}

/** A warning where the two reports' periods end in different years. */
export function pairWarning(view: PairView): Html {
  const [a, b] = view.sides.map((s) => s.report) as [ReportRef, ReportRef];
  const apart = Math.abs(a.period.end - b.period.end);
  if (apart === 0) return html``;
  return html`<p class="warning">两份报告的时期相隔${apart}年（${shortRegionName(a.region.name)}${periodLabel(a.period)}，${shortRegionName(b.region.name)}${periodLabel(b.period)}）：数字反映的是不同年份的工作。</p>`;
}

/** The shared indicators' table: each figure as stated and in the chart's other views, linked to its place in its report. */
export function pairTable(view: PairView): Html {
  const [nameA, nameB] = view.sides.map((s) => shortRegionName(s.report.region.name));
  const caption = view.pers.map((p) => PER_LABELS[p]).filter((l) => l !== PER_LABELS.total).join('、');
  const [regionA, regionB] = view.sides.map((s) => s.report.region.id);
  const rows = view.comparison.shared.map((s) => {
    const [years, members] = [sharedShown(s, view.sides, 'year'), sharedShown(s, view.sides, 'member')];
    const cell = (i: 0 | 1, value: IndicatorValue) => {
      const [year, member] = [years[i], members[i]];
      return html`<td class="num" data-sort="${year.number ?? ''}"><a href="${reportLink(view.sides[i].report, value.facts[0])}">${statedLabel(value)}</a>${sumNote(value, (id) => reportLink(view.sides[i].report, id))}${
        year.label !== statedLabel(value) ? html`<span class="sub">${year.label}</span>` : ''
      }${view.pers.includes('member') ? html`<span class="sub">${member.label}</span>` : ''}<span class="sub">${valueReviewLabel(value)}</span></td>`;
    };
    const indicator = sitePath(`/indicators/${s.indicator.id}/?highlight=${regionA}~${regionB}`);
    return html`<tr><th scope="row"><a href="${indicator}">${s.indicator.zh}</a></th>${cell(0, s.a)}${cell(1, s.b)}</tr>`;
  });
  return html`<div class="table-scroll"><table class="data" data-sortable><caption>共同指标：报告所载与${caption}</caption><thead><tr><th scope="col">指标</th><th scope="col" data-numeric>${nameA}</th><th scope="col" data-numeric>${nameB}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The indicators only one of the two reports gives, a column per side. */
export function pairOnly(view: PairView): Html {
  const { onlyA, onlyB } = view.comparison;
  return html`${view.sides.map(({ report }, i) => {
    const only = i === 0 ? onlyA : onlyB;
    const id = `only-${report.region.id}`;
    const items = only.map(
      ({ indicator, value }) =>
        html`<li><a href="${sitePath(`/indicators/${indicator.id}/`)}">${indicator.zh}</a> <a href="${reportLink(report, value.facts[0])}"><strong>${statedLabel(value)}</strong></a> ${reviewShort(value)} ${sumNote(value, (id) => reportLink(report, id))}</li>`,
    );
    return html`<section class="column" aria-labelledby="${id}"><h3 id="${id}">只有${shortRegionName(report.region.name)}</h3>${
      only.length === 0 ? html`<p class="muted">无。</p>` : html`<ul class="fact-list">${items}</ul>`
    }</section>`;
  })}`;
}

/** Said above the comparison when a shared link's reports cannot be shown, and the latest two stay. */
export const PAIR_NOTICES = {
  unknown: '链接所指的报告不属于这两个地区，本页显示两地各自最新的报告。',
  failed: '未能载入所选报告的数字，本页显示两地各自最新的报告。',
} as const;
