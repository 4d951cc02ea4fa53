import { describe, expect, it } from 'vitest';
import { ACCESS_PLACEHOLDER, accessDay, citations } from '../../src/lib/format/cite.ts';

const page = { title: '昌黎县 · 历年报告', updated: '2026-12-07' };
const URL = 'https://example.org/regions/changli/';
const whole = (c: ReturnType<typeof citations>[number], day: string) => `${c.before}${day}${c.between}${URL}${c.after}`;

describe('citations', () => {
  it('cites an online page in GB/T 7714 with its date of change and the day of access', () => {
    const [gbt] = citations(page);
    expect(whole(gbt!, accessDay('GB/T 7714', '2026-12-08'))).toBe('工会工作报告对比. 昌黎县 · 历年报告[EB/OL]. (2026-12-07)[2026-12-08]. https://example.org/regions/changli/.');
  });

  it('cites it in APA with the date in its own form and a retrieval day', () => {
    const [, apa] = citations(page);
    expect(whole(apa!, accessDay('APA', '2026-12-08'))).toBe('工会工作报告对比. (2026, December 7). 昌黎县 · 历年报告. Retrieved December 8, 2026, from https://example.org/regions/changli/');
  });

  it('leaves the date of change out where the data records none, and says so in APA', () => {
    const [gbt, apa] = citations({ ...page, updated: null });
    expect(whole(gbt!, ACCESS_PLACEHOLDER)).toBe('工会工作报告对比. 昌黎县 · 历年报告[EB/OL]. [引用日期]. https://example.org/regions/changli/.');
    expect(apa!.before).toContain('(n.d.)');
  });
});
