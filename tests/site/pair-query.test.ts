import { describe, expect, it } from 'vitest';
import { choiceFromQuery } from '../../src/lib/view/pair-query.ts';

const choices = [
  { key: 'kuitun-2025~changli-2024', href: '/compare/kuitun-vs-changli/kuitun-2025/changli-2024/' },
  { key: 'kuitun-2025~changli-2025', href: '/compare/kuitun-vs-changli/' },
];

describe('choiceFromQuery', () => {
  it('opens the page of the reports a shared link names, keeping its chart view', () => {
    expect(choiceFromQuery('?a=kuitun-2025&b=changli-2024&per=total', choices)).toBe('/compare/kuitun-vs-changli/kuitun-2025/changli-2024/?per=total');
    expect(choiceFromQuery('?b=kuitun-2025&a=changli-2024', choices)).toBe('/compare/kuitun-vs-changli/kuitun-2025/changli-2024/');
  });

  it('stays put for a query without both reports, or with reports the page does not offer', () => {
    expect(choiceFromQuery('?a=kuitun-2025', choices)).toBeNull();
    expect(choiceFromQuery('?a=kuitun-2025&b=javascript:alert(1)', choices)).toBeNull();
    expect(choiceFromQuery('', choices)).toBeNull();
  });
});
