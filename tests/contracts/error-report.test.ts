import { describe, expect, it } from 'vitest';
import { errorReportTemplate, errorReportUrl } from '../../src/contracts/error-report.ts';

describe('ERROR_REPORT_URL', () => {
  it('is absent when unset, so no link is shown', () => {
    expect(errorReportTemplate(undefined)).toBeNull();
    expect(errorReportTemplate('')).toBeNull();
  });

  it('fills a new-issue address with the title and body, encoded', () => {
    const template = errorReportTemplate('https://git.example.org/x/issues/new?title={title}&body={body}')!;
    const url = new URL(errorReportUrl(template, '数字有误：昌黎 854家', '页面：https://e.org/reports/c/#c-f001\n原句：…&…'));
    expect(url.searchParams.get('title')).toBe('数字有误：昌黎 854家');
    expect(url.searchParams.get('body')).toBe('页面：https://e.org/reports/c/#c-f001\n原句：…&…');
  });

  it('adds the subject and body to a mailto: address', () => {
    const url = errorReportUrl(errorReportTemplate('mailto:desk@example.org')!, '数字有误', '页面：x');
    expect(url).toBe(`mailto:desk@example.org?subject=${encodeURIComponent('数字有误')}&body=${encodeURIComponent('页面：x')}`);
  });

  it.each([['https://git.example.org/x/issues/new'], ['javascript:alert(1)'], ['ftp://x/{title}{body}'], ['mailto:']])('refuses %s with one line naming the setting', (value) => {
    expect(() => errorReportTemplate(value)).toThrow(/^ERROR_REPORT_URL ".*": give a new-issue address/);
  });
});
