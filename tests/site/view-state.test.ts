import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, VIEW_KEYS, chosenView, parseViewState, replaceQuery, viewName, viewParts, viewStateQuery } from '../../src/lib/view/view-state.ts';

const regions = ['kuitun', 'xinjiang', 'chengzhong', 'changli'];

describe('view state in the query string', () => {
  it('reads per, scale, order and highlighted regions', () => {
    expect(parseViewState('?per=member&scale=log&highlight=changli~kuitun', regions)).toEqual({ per: 'member', scale: 'log', order: 'value', highlight: ['changli', 'kuitun'] });
    expect(parseViewState('?order=region', regions).order).toBe('region');
  });

  it('opens sorted by value unless the link asks for region order', () => {
    expect(DEFAULT_VIEW.order).toBe('value');
    expect(parseViewState('?order=alphabet', regions).order).toBe('value');
  });

  it('opens per year unless the link says otherwise', () => {
    expect(DEFAULT_VIEW.per).toBe('year');
    expect(parseViewState('?per=total', regions).per).toBe('total');
  });

  it('falls back to the default for anything it does not know', () => {
    expect(parseViewState('?per=month&scale=sqrt&highlight=atlantis~kuitun~kuitun', regions)).toEqual({ ...DEFAULT_VIEW, highlight: ['kuitun'] });
    expect(parseViewState('', regions)).toEqual(DEFAULT_VIEW);
  });

  it('writes only what differs from the default, and reads back what it wrote', () => {
    expect(viewStateQuery(DEFAULT_VIEW)).toBe('');
    const state = { per: 'total', scale: 'log', order: 'value', highlight: ['kuitun', 'changli'] } as const;
    const query = viewStateQuery({ ...state, highlight: [...state.highlight] });
    expect(query).toBe('?per=total&scale=log&highlight=kuitun~changli');
    expect(parseViewState(query, regions)).toEqual(state);
    const regional = viewStateQuery({ ...DEFAULT_VIEW, order: 'region' });
    expect(regional).toBe('?order=region');
    expect(parseViewState(regional, regions)).toEqual({ ...DEFAULT_VIEW, order: 'region' });
  });

  it('shows a chart’s own first view where it lacks the one asked for', () => {
    const stocks = ['total-linear', 'total-log', 'member-linear', 'member-log'];
    expect(chosenView({ per: 'year', scale: 'log' }, stocks)).toBe('total-log');
    expect(chosenView({ per: 'member', scale: 'linear' }, stocks)).toBe('member-linear');
    expect(chosenView({ per: 'member', scale: 'log' }, ['year-linear', 'year-log'])).toBe('year-log');
    expect(chosenView({ per: 'total', scale: 'log' }, ['year-linear', 'total-linear'])).toBe('total-linear');
  });

  it('shows a view in region order where asked and the chart has it, else its view by value', () => {
    const views = ['year-linear', 'year-linear-region', 'year-log', 'year-log-region', 'total-linear', 'total-linear-region'];
    expect(chosenView({ per: 'year', scale: 'log', order: 'region' }, views)).toBe('year-log-region');
    expect(chosenView({ per: 'year', scale: 'log', order: 'value' }, views)).toBe('year-log');
    expect(chosenView({ per: 'total', scale: 'log', order: 'region' }, views)).toBe('total-linear-region');
    expect(chosenView({ per: 'total', scale: 'linear', order: 'region' }, ['total-linear', 'total-log'])).toBe('total-linear');
    expect(viewName('year', 'log', 'region')).toBe('year-log-region');
    expect(viewName('year', 'log', 'value')).toBe('year-log');
    expect(viewParts('total-log-region')).toEqual({ per: 'total', scale: 'log', order: 'region' });
    expect(viewParts('total-log')).toEqual({ per: 'total', scale: 'log', order: 'value' });
  });
});

describe('replaceQuery', () => {
  it('rewrites only the parameters it owns, keeping the others as written', () => {
    expect(replaceQuery('?a=kuitun-2025&b=changli-2024&per=total', VIEW_KEYS, '?per=member&highlight=changli~kuitun')).toBe(
      '?a=kuitun-2025&b=changli-2024&per=member&highlight=changli~kuitun',
    );
    expect(replaceQuery('?per=total&a=x&b=y', ['a', 'b'], '')).toBe('?per=total');
    expect(replaceQuery('', VIEW_KEYS, '')).toBe('');
    // A malformed escape is kept as text, never decoded.
    expect(replaceQuery('?q=%E0%A4%A&per=log', VIEW_KEYS, '')).toBe('?q=%E0%A4%A');
  });
});
