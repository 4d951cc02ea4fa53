import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/contracts/fact.ts';
import type { Indicator } from '../../src/contracts/indicator.ts';
import { regionPlaces } from '../../src/lib/data/regions.ts';
import { imageKey, reportPageKey, viewKey } from '../../src/lib/incremental/page-keys.ts';
import { CHANGLI, KUITUN, frontmatter } from '../helpers/frontmatter.ts';

// Only the fields a key reads as data: every field is hashed as it stands.
const fact = (id: string, value: number, indicator: string | null) => ({ id, report: 'changli-2025', value, unit: '名', indicator }) as unknown as Fact;
const indicator = (id: string, zh: string) => ({ id, zh }) as unknown as Indicator;

const BODY = '全县<Fact id="changli-2025-f001">51名</Fact>教师参赛。';
const FACTS = [fact('changli-2025-f001', 51, 'competition-participants'), fact('changli-2025-f002', 3, null)];
const INDICATORS = new Map([
  ['competition-participants', indicator('competition-participants', '技能竞赛参赛人数')],
  ['aid-funds', indicator('aid-funds', '帮扶慰问资金')],
]);
const place = regionPlaces([KUITUN, CHANGLI]).get('changli-2025')!;
const key = (changes: { body?: string; facts?: Fact[]; indicators?: Map<string, Indicator>; next?: boolean } = {}) =>
  reportPageKey(
    changes.body ?? BODY,
    CHANGLI,
    changes.next ? regionPlaces([KUITUN, CHANGLI, frontmatter('changli-2026', 2, 'changli', '昌黎县', [2026, 2026])]).get('changli-2025')! : place,
    changes.facts ?? FACTS,
    changes.indicators ?? INDICATORS,
  );

describe('reportPageKey', () => {
  it('is the same for the same report, facts and indicators', () => {
    expect(key()).toBe(key());
    expect(key({ indicators: new Map([...INDICATORS].reverse()) })).toBe(key());
  });

  it('changes with what the page shows: its text, a fact, the name of a fact’s indicator, a later report of its region', () => {
    const keys = [
      key({ body: BODY.replace('参赛', '参加比赛') }),
      key({ facts: [fact('changli-2025-f001', 52, 'competition-participants'), FACTS[1]!] }),
      key({ indicators: new Map([...INDICATORS, ['competition-participants', indicator('competition-participants', '竞赛参与人数')]]) }),
      key({ next: true }),
    ];
    for (const changed of keys) expect(changed).not.toBe(key());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('stays the same when an indicator none of its facts name changes', () => {
    expect(key({ indicators: new Map([...INDICATORS, ['aid-funds', indicator('aid-funds', '困难职工帮扶资金')]]) })).toBe(key());
  });
});

describe('imageKey', () => {
  it('is the drawing: the same SVG gives the same key, another SVG another', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>昌黎县</text></svg>';
    expect(imageKey(svg)).toBe(imageKey(svg));
    expect(imageKey(svg.replace('昌黎县', '奎屯市'))).not.toBe(imageKey(svg));
  });
});

describe('viewKey', () => {
  // A region's figures as a view might hold them: by indicator, in a map.
  const view = (value: number) => ({ region: 'changli', figures: new Map([['aid-funds', { value, unit: '元' }]]), years: new Set([2024, 2025]) });

  it('is the same for the same view, worked out again', () => {
    expect(viewKey(view(120000), 'per-year')).toBe(viewKey(view(120000), 'per-year'));
  });

  it('changes with what a map or a set holds, not only with plain fields', () => {
    expect(viewKey(view(130000))).not.toBe(viewKey(view(120000)));
    expect(viewKey({ ...view(120000), years: new Set([2025]) })).not.toBe(viewKey(view(120000)));
    expect(viewKey(view(120000), 'per-year')).not.toBe(viewKey(view(120000), 'total'));
  });
});
