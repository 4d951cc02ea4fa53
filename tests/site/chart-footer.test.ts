import { beforeAll, describe, expect, it, vi } from 'vitest';
import { chartFooter } from '../../src/lib/view/chart-footer.ts';

describe('chartFooter', () => {
  beforeAll(() => {
    vi.stubEnv('SITE', 'https://example.org');
  });

  it('says what a view’s figures are and gives the address that reopens that view', () => {
    const [note, source] = chartFooter('/indicators/aid-funds/', 'total', 'log');
    expect(note).toMatch(/^报告合计：/);
    expect(source).toMatch(/^来源：工会工作报告对比 https:\/\/example\.org\/indicators\/aid-funds\/\?per=total&scale=log$/);
  });

  it('leaves the default view’s address bare', () => {
    expect(chartFooter('/compare/a-vs-b/', 'year')[1]).toMatch(/\/compare\/a-vs-b\/$/);
    expect(chartFooter('/compare/a-vs-b/', 'member')[0]).toMatch(/^每万名会员：/);
  });

  it('keeps the reports a pair page names in its query, the view after them', () => {
    expect(chartFooter('/compare/a-vs-b/?a=a-2024&b=b-2025', 'total')[1]).toMatch(/\/compare\/a-vs-b\/\?a=a-2024&b=b-2025&per=total$/);
    expect(chartFooter('/compare/a-vs-b/?a=a-2024&b=b-2025', 'year')[1]).toMatch(/\/compare\/a-vs-b\/\?a=a-2024&b=b-2025$/);
  });
});
