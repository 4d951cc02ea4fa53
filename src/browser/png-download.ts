import { pngFileName, pngSize } from '../lib/downloads/png-file.ts';

/**
 * PNG downloads drawn by the reader's browser from the chart's SVG file (which carries its
 * title, view note and source line), instead of a PNG file per chart view on the server.
 * Without JavaScript the SVG link remains.
 */
async function download(button: HTMLButtonElement): Promise<void> {
  const source = button.dataset.pngFrom!;
  const svg = await (await fetch(source)).text();
  const size = pngSize(svg);
  if (!size) return;
  const image = new Image(size.width, size.height);
  // A data: address keeps the drawing same-origin, so the canvas may be read back.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  canvas.getContext('2d')!.drawImage(image, 0, 0, size.width, size.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = pngFileName(source);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

for (const wrapper of document.querySelectorAll<HTMLElement>('.png-download')) wrapper.hidden = false;
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-png-from]');
  if (button) void download(button);
});
