/**
 * Copy-link and share buttons. The link copied is the address bar's, query string
 * included, so it reopens the chart view the reader set up.
 */
for (const box of document.querySelectorAll<HTMLElement>('.share')) {
  const status = box.querySelector<HTMLElement>('.share-status')!;
  const copy = box.querySelector<HTMLButtonElement>('[data-copy-link]')!;
  const share = box.querySelector<HTMLButtonElement>('[data-web-share]')!;
  box.hidden = false;
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = '链接已复制';
    } catch {
      status.textContent = `无法写入剪贴板，请手动复制：${location.href}`;
    }
  });
  if (typeof navigator.share === 'function') {
    share.hidden = false;
    share.addEventListener('click', () => {
      navigator.share({ title: box.dataset.shareTitle ?? document.title, url: location.href }).catch(() => undefined);
    });
  }
}
