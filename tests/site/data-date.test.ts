import { describe, expect, it } from 'vitest';
import { latestDay, latestOf, reportDays } from '../../src/lib/data/data-date.ts';
import { CHANGLI, KUITUN } from '../helpers/frontmatter.ts';

const reviewed = (report: string, date: string) => ({ report, review: { decision: 'confirmed' as const, reviewer: '编辑甲', date, reason: null, machine: null } });

describe('reportDays', () => {
  it('takes the latest of the catalog’s day of change, the day of publication and the review days', () => {
    const changli = { ...CHANGLI, updated: '2026-03-01', source: { published: '2026-01-20' } };
    const days = reportDays([changli, KUITUN], [reviewed(CHANGLI.id, '2026-02-11'), reviewed(CHANGLI.id, '2026-04-02'), { report: KUITUN.id, review: null }]);
    expect(days.get(CHANGLI.id)).toBe('2026-04-02');
    expect(days.get(KUITUN.id)).toBeNull();
  });
});

describe('latestDay', () => {
  it('compares days as written and ignores what is not a day', () => {
    expect(latestDay(['2025-12-31', '2026-01-02', null, undefined, 'soon'])).toBe('2026-01-02');
    expect(latestDay([])).toBeNull();
  });
});

describe('latestOf', () => {
  it('dates a page by the last change to any report it draws on', () => {
    const days = new Map([['a', '2026-03-01'], ['b', null], ['c', '2026-05-09']]);
    expect(latestOf([{ id: 'a' }, { id: 'b' }, { id: 'c' }], days)).toBe('2026-05-09');
    expect(latestOf([{ id: 'b' }, { id: 'unknown' }], days)).toBeNull();
  });
});
