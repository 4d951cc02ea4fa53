import { type CiteStyle, accessDay } from '../lib/format/cite.ts';

/**
 * Cite texts and embed codes: the reader's day of access and the address of the view they
 * are on written in, and copy buttons for each.
 */
const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
for (const span of document.querySelectorAll<HTMLElement>('[data-access-day]')) span.textContent = accessDay(span.dataset.accessDay as CiteStyle, today);
const here = new URL(location.href);
here.hash = '';
for (const span of document.querySelectorAll<HTMLElement>('[data-cite-url]')) span.textContent = here.href;

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-from]')) {
  const source = document.getElementById(button.dataset.copyFrom!);
  const status = button.closest('details')?.querySelector<HTMLElement>('[data-copy-status]');
  if (!source) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = source instanceof HTMLTextAreaElement ? source.value : (source.textContent ?? '');
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = '已复制';
    } catch {
      if (source instanceof HTMLTextAreaElement) source.select();
      if (status) status.textContent = '无法写入剪贴板，请手动选中复制';
    }
  });
}
