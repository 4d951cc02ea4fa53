import { describe, expect, it } from 'vitest';
import { findFigure, type PlacedFigure } from '../../scripts/review/find-figure.ts';

const BLOCKS = ['全年签订工资专项集体合同427家，签订女职工专项集体合同427家。', '培训职工1200人，慰问困难职工80人。'];
const figure = (id: string, block: number, text: string): PlacedFigure => {
  const start = BLOCKS[block]!.indexOf(text, id.endsWith('b') ? BLOCKS[block]!.indexOf(text) + 1 : 0);
  return { id, text, position: { block, start, end: start + text.length } };
};
const FIGURES = [figure('r-a', 0, '427家'), figure('r-b', 0, '427家'), figure('r-c', 1, '1200人'), figure('r-d', 1, '80人')];

describe('findFigure: a review finds its figure by words, never by number', () => {
  it('finds the one figure its quote holds, even where the same figure stands twice in the sentence', () => {
    expect(findFigure(BLOCKS, FIGURES, '427家', '工资专项集体合同427家')).toEqual({ id: 'r-a' });
    expect(findFigure(BLOCKS, FIGURES, '427家', '女职工专项集体合同427家')).toEqual({ id: 'r-b' });
  });

  it('reads either punctuation form', () => {
    expect(findFigure(BLOCKS, FIGURES, '1200人', '培训职工1200人,慰问')).toEqual({ id: 'r-c' });
  });

  it('reports a quote that is gone, occurs twice, or holds no such figure, and guesses nothing', () => {
    expect(findFigure(BLOCKS, FIGURES, '427家', '劳动合同427家')).toEqual({ problem: expect.stringContaining('no longer in the report') });
    expect(findFigure(BLOCKS, FIGURES, '427家', '427家')).toEqual({ problem: expect.stringContaining('occurs 2 times') });
    expect(findFigure(BLOCKS, FIGURES.filter((f) => f.id !== 'r-d'), '80人', '困难职工80人')).toEqual({ problem: expect.stringContaining('no figure 80人') });
  });

  it('follows its figure when the figures before it change their running numbers', () => {
    const renumbered = FIGURES.map((f, i) => ({ ...f, id: `r-${i + 10}` })).slice(1);
    expect(findFigure(BLOCKS, renumbered, '80人', '困难职工80人')).toEqual({ id: 'r-13' });
  });
});
