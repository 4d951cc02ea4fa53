/**
 * ERROR_REPORT_URL: where a reader reports a wrong figure. Either a new-issue address holding
 * `{title}` and `{body}` (`https://git.example.org/x/issues/new?title={title}&body={body}`),
 * or a `mailto:` address, to which the subject and body are added. Unset, the site shows no
 * 报告错误 link at all, never a broken one. The build checks it before anything is staged.
 */
export function errorReportTemplate(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (/^mailto:[^\s?]+@[^\s?]+$/i.test(value)) return value;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol) || !value.includes('{title}') || !value.includes('{body}')) {
    throw new Error(
      `ERROR_REPORT_URL "${value.slice(0, 200)}": give a new-issue address with {title} and {body} where the report goes (https://…/issues/new?title={title}&body={body}), or mailto:someone@example.org`,
    );
  }
  return value;
}

/** The prefilled report: the template with its title and body filled in, each encoded for an address. */
export function errorReportUrl(template: string, title: string, body: string): string {
  if (template.startsWith('mailto:')) return `${template}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  return template.replaceAll('{title}', encodeURIComponent(title)).replaceAll('{body}', encodeURIComponent(body));
}
