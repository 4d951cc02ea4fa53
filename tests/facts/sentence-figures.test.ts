import { describe, expect, it } from 'vitest';
import { addFigure, classesOf, figureBefore, figureOfValue, type SentenceFigures, setFigure } from '../../scripts/facts/sentence-figures.ts';
import { snippetFacts, taxonomy } from '../helpers/snippet-facts.ts';

const classes = classesOf(taxonomy);

/** The figures of a one-sentence snippet, filed as extraction files them, and their texts. */
function filed(text: string) {
  const facts = snippetFacts(text).facts;
  const figures: SentenceFigures = new Map();
  for (const e of facts) addFigure(figures, e, classes, taxonomy.vocabulary.parts.set);
  const end = (figure: string) => facts.find((e) => e.fact.text === figure)!.position.end;
  return { figures, text: (e: (typeof facts)[number] | undefined) => e?.fact.text, end };
}

describe('classesOf', () => {
  it('gives a measure word the classes it counts in, and an unlisted one a class of its own', () => {
    expect(classes('名')).toEqual(new Set(['persons']));
    expect(classes('个')).toEqual(new Set(['organisations', 'items']));
    expect(classes('台')).toEqual(new Set(['台']));
  });
});

describe('the figures of a sentence', () => {
  it('finds the nearest earlier figure of the same sort that ends by a place', () => {
    const { figures, text, end } = filed('全年发展会员4100名,新建工会12家,培训职工800名,建成站点30个。');
    expect(text(figureBefore(figures, ['persons'], end('800名')))).toBe('800名');
    expect(text(figureBefore(figures, ['persons'], end('800名') - 1))).toBe('4100名');
    expect(figureBefore(figures, ['persons'], end('4100名') - 1)).toBeUndefined();
  });

  it('files a measure word of two classes under both, and finds the latest across the classes asked for', () => {
    const { figures, text, end } = filed('新建工会12家,建成站点30个,培训职工800名。');
    expect(text(figureBefore(figures, ['organisations'], end('800名')))).toBe('30个');
    expect(text(figureBefore(figures, ['items'], end('800名')))).toBe('30个');
    expect(text(figureBefore(figures, ['organisations', 'items'], end('30个') - 1))).toBe('12家');
  });

  it('remembers the last figure whose clause names a set, which a selection is taken from', () => {
    const { figures, text } = filed('申报项目1468条,新建站点3个,征集建议300条,新增会员20名。');
    expect(text(setFigure(figures, ['items']))).toBe('300条');
    expect(setFigure(figures, ['persons'])).toBeUndefined();
  });

  it('remembers the last figure of each value, which a figure said again points back to', () => {
    const { figures, text } = filed('全年发展会员4100名、新建4100家、表彰劳模4100名。');
    expect(text(figureOfValue(figures, ['persons'], 4100))).toBe('4100名');
    expect(figureOfValue(figures, ['persons'], 4100)!.fact.id).toMatch(/f003$/u);
    expect(text(figureOfValue(figures, ['organisations'], 4100))).toBe('4100家');
    expect(figureOfValue(figures, ['persons'], 12)).toBeUndefined();
  });
});
