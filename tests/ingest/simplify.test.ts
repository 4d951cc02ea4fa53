import { describe, expect, it } from 'vitest';
import { isTraditional, simplify, traditionalShare } from '../../scripts/ingest/simplify.ts';

describe('simplify', () => {
  it('converts the traditional seed text to simplified', () => {
    expect(simplify('全區已建立基層工會組織3.9萬個,覆蓋單位10.3萬個')).toBe('全区已建立基层工会组织3.9万个,覆盖单位10.3万个');
    expect(simplify('各級職工書屋433家')).toBe('各级职工书屋433家');
  });

  it('tells a traditional report from a simplified one', () => {
    expect(isTraditional('五年來,新疆工會工作聚焦中心有探索、服務大局有拓展、重點工作有突破')).toBe(true);
    expect(isTraditional('城中区各级工会在区委区政府的坚强领导下,在省市总工会正确指导下')).toBe(false);
    expect(traditionalShare('')).toBe(0);
  });
});
