import { ITEM_END } from './evidence.ts';
import { type KindReading, readKind } from './kind.ts';
import type { FigureAt } from './paragraph.ts';
import type { Reference } from './refers-to.ts';
import type { Vocabulary } from './taxonomy.ts';

/**
 * A figure's kind. A part's own kind is read after its 其中: a `现有` before it tells the
 * whole's (`园区现有企业…,新发展会员2.1万人,其中青年职工1.6万人` counts new members, not a
 * standing total); a part whose own words tell no kind is of its whole's.
 */
export function figureKind(at: FigureAt, { governing, partWord, whole }: Reference, vocabulary: Vocabulary): KindReading {
  const { q, evidence } = at;
  const own = readKind(
    q.unit,
    {
      since: evidence.before,
      clause: evidence.clause.text.slice(0, evidence.clause.at),
      segment: partWord ? governing.slice(partWord.end) : governing,
      after: evidence.after.split(ITEM_END)[0],
    },
    vocabulary,
  );
  return partWord && whole && own.marker === null ? whole.reading : own;
}
