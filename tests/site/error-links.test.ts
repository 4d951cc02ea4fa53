import { afterEach, describe, expect, it } from 'vitest';
import { errorTemplate, figureErrorLink, pageErrorLink } from '../../src/lib/links/error-links.ts';

const TEMPLATE = 'https://git.example.org/x/issues/new?title={title}&body={body}';

afterEach(() => {
  delete process.env.ERROR_REPORT_URL;
});

describe('报告错误 links', () => {
  it('are absent without ERROR_REPORT_URL', () => {
    expect(errorTemplate()).toBeNull();
    process.env.ERROR_REPORT_URL = TEMPLATE;
    expect(errorTemplate()).toBe(TEMPLATE);
  });

  it('prefill a figure report with its page address, figure, sentence and reading', () => {
    const fact = { text: '427家', sentence: `女职工专项集体合同覆盖企业427家。${'很长'.repeat(200)}` };
    const url = new URL(figureErrorLink(TEMPLATE, fact, 'https://e.org/reports/c-2025/#c-2025-f031', '集体合同覆盖企业 427家（机器读取，未核对）'));
    expect(url.searchParams.get('title')).toBe('数字有误：427家');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('页面：https://e.org/reports/c-2025/#c-2025-f031');
    expect(body).toContain('原句：女职工专项集体合同覆盖企业427家。');
    expect(body).toContain('本站读作：集体合同覆盖企业 427家（机器读取，未核对）');
    expect(body.length).toBeLessThan(400);
  });

  it('prefill a page report with its title and address', () => {
    const url = new URL(pageErrorLink(TEMPLATE, '追回欠薪 · 指标对比', 'https://e.org/indicators/wage-arrears-recovered/'));
    expect(url.searchParams.get('title')).toBe('页面有误：追回欠薪 · 指标对比');
    expect(url.searchParams.get('body')).toContain('页面：https://e.org/indicators/wage-arrears-recovered/');
  });
});
