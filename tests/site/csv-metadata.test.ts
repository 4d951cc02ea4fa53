import { beforeAll, describe, expect, it, vi } from 'vitest';
import { csvMetadata } from '../../src/lib/downloads/csv-metadata.ts';
import { KUITUN } from '../helpers/frontmatter.ts';

describe('csvMetadata', () => {
  beforeAll(() => {
    vi.stubEnv('SITE', 'https://example.org');
  });

  const source = { name: 'indicator-ind', title: '追回欠薪：各报告数值', page: '/indicators/ind/', reports: [KUITUN] };
  const read = (text: string) => JSON.parse(text) as { csv: string; page: string; citation: string; notes: string; reports: Array<{ id: string; page: string }> };

  it('names the CSV, the page that charts it and each report it draws on, by full address', () => {
    const metadata = read(csvMetadata(source));
    expect(metadata.csv).toBe('https://example.org/charts/indicator-ind.csv');
    expect(metadata.citation).toBe('工会工作报告对比：追回欠薪：各报告数值。https://example.org/indicators/ind/');
    expect(metadata.reports).toEqual([expect.objectContaining({ id: KUITUN.id, page: `https://example.org/reports/${KUITUN.id}/` })]);
  });

  it('says what the table leaves out after what every note says', () => {
    const noted = read(csvMetadata({ ...source, note: '只列出提到该指标的报告。' }));
    expect(noted.notes).toBe(`${read(csvMetadata(source)).notes}只列出提到该指标的报告。`);
  });
});
