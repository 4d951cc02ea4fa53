import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, viewStateQuery } from '../../src/lib/view/view-state.ts';

const regions = ['kuitun', 'xinjiang', 'chengzhong', 'changli'];

describe('view state in the query string', () => {
  it('reads per, scale and highlighted regions', () => {
    expect(parseViewState('?per=year&scale=log&highlight=changli~kuitun', regions)).toEqual({ per: 'year', scale: 'log', highlight: ['changli', 'kuitun'] });
  });

  it('falls back to the default for anything it does not know', () => {
    expect(parseViewState('?per=month&scale=sqrt&highlight=atlantis~kuitun~kuitun', regions)).toEqual({ ...DEFAULT_VIEW, highlight: ['kuitun'] });
    expect(parseViewState('', regions)).toEqual(DEFAULT_VIEW);
  });

  it('writes only what differs from the default, and reads back what it wrote', () => {
    expect(viewStateQuery(DEFAULT_VIEW)).toBe('');
    const state = { per: 'year', scale: 'log', highlight: ['kuitun', 'changli'] } as const;
    const query = viewStateQuery({ ...state, highlight: [...state.highlight] });
    expect(query).toBe('?per=year&scale=log&highlight=kuitun~changli');
    expect(parseViewState(query, regions)).toEqual(state);
  });
});
