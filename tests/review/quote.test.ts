import { describe, expect, it } from 'vitest';
import { findFigure } from '../../scripts/review/find-figure.ts';
import { quoteFor } from '../../scripts/review/quote.ts';

const at = (blocks: string[], block: number, text: string, from = 0) => {
  const start = blocks[block]!.indexOf(text, from);
  return { block, start, end: start + text.length };
};

describe('quoteFor', () => {
  it('takes a few words on each side, within the sentence', () => {
    const blocks = ['上半年工作。全年追回欠薪44.9万元，惠及职工120人。'];
    expect(quoteFor(blocks, at(blocks, 0, '44.9万元'))).toBe('全年追回欠薪44.9万元，惠及职工120');
  });

  it('lengthens a quote until it occurs once, and the quote finds its figure again', () => {
    const blocks = ['签订工资专项集体合同427家，签订女职工专项集体合同427家。', '另有集体合同427家待续签。'];
    const second = at(blocks, 0, '427家', 20);
    const quote = quoteFor(blocks, second)!;
    expect(quote).toContain('427家');
    const figures = [at(blocks, 0, '427家'), second, at(blocks, 1, '427家')].map((position, i) => ({ id: `f${i}`, text: '427家', position }));
    expect(findFigure(blocks, figures, '427家', quote)).toEqual({ id: 'f1' });
  });

  it('never holds the same figure twice, so the review names one figure', () => {
    const blocks = ['新建职工书屋3处、职工之家3处,成功申报示范点。'];
    const second = at(blocks, 0, '3处', 8);
    const quote = quoteFor(blocks, second)!;
    expect(quote.split('3处')).toHaveLength(2);
    const figures = [at(blocks, 0, '3处'), second].map((position, i) => ({ id: `f${i}`, text: '3处', position }));
    expect(findFigure(blocks, figures, '3处', quote)).toEqual({ id: 'f1' });
    expect(findFigure(blocks, figures, '3处', quoteFor(blocks, at(blocks, 0, '3处'))!)).toEqual({ id: 'f0' });
  });

  it('gives none when the whole sentence stands twice in the report', () => {
    const blocks = ['慰问职工80人。', '慰问职工80人。'];
    expect(quoteFor(blocks, at(blocks, 0, '80人'))).toBeNull();
  });
});
