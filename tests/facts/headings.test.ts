import { describe, expect, it } from 'vitest';
import { nearestFirst, NO_HEADINGS, underHeading } from '../../scripts/facts/headings.ts';
import type { Block } from '../../scripts/ingest/blocks.ts';

const heading = (level: 2 | 3, text: string): Block => ({ kind: 'heading', level, marker: null, text, original: text, credit: null, line: 1 });

describe('underHeading and nearestFirst', () => {
  it('reads no heading above the first one', () => {
    expect(nearestFirst(NO_HEADINGS)).toEqual([]);
  });

  it('puts a sub-head before the section it stands in', () => {
    const section = underHeading(NO_HEADINGS, heading(2, '一、加强组织建设'));
    const sub = underHeading(section, heading(3, '(一)扩大工会覆盖面'));
    expect(nearestFirst(sub)).toEqual(['(一)扩大工会覆盖面', '一、加强组织建设']);
    expect(nearestFirst(underHeading(sub, heading(3, '(二)规范建会')))).toEqual(['(二)规范建会', '一、加强组织建设']);
  });

  it('starts a section without the sub-head of the one before', () => {
    const sub = underHeading(underHeading(NO_HEADINGS, heading(2, '一、组织建设')), heading(3, '(一)建会'));
    expect(nearestFirst(underHeading(sub, heading(2, '二、维权服务')))).toEqual(['二、维权服务']);
  });

  it('keeps a sub-head with no section above it alone', () => {
    const first = underHeading(NO_HEADINGS, heading(3, '(一)建会'));
    expect(nearestFirst(underHeading(first, heading(3, '(二)入会')))).toEqual(['(二)入会']);
  });

  it('reads headings with folded punctuation', () => {
    expect(nearestFirst(underHeading(NO_HEADINGS, heading(2, '一、服务职工，建功立业')))).toEqual(['一、服务职工,建功立业']);
  });
});
