import { chartFrame } from '../charts/chart-frame.ts';
import { pngSize } from '../lib/downloads/png-file.ts';

/**
 * SVG and PNG downloads made in the reader's browser from the chart on show: its drawing on
 * the page, framed with its title and description on white, the notes the page prints beside
 * it, and the lines that say what the figures are and where they come from. No image file
 * per chart view sits on the server; without JavaScript the chart stays on the page and its
 * CSV is a link.
 */
function standaloneSvg(view: HTMLElement, note: string): string | null {
  const svg = view.querySelector<SVGSVGElement>('.chart-wide svg') ?? view.querySelector<SVGSVGElement>('svg');
  const body = svg?.querySelector(':scope > g');
  if (!svg || !body) return null;
  // XML, not innerHTML: the HTML serializer writes entities (&nbsp;) an SVG file cannot hold.
  const markup = new XMLSerializer().serializeToString(body);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${chartFrame(
    {
      id: 'chart',
      title: svg.querySelector(':scope > title')?.textContent ?? '',
      description: svg.querySelector(':scope > desc')?.textContent ?? undefined,
      width: Number(svg.getAttribute('width')),
      height: Number(svg.getAttribute('height')),
      standalone: true,
      // The caveats the page prints beside the chart travel with the file, ahead of its source lines.
      footer: [note, ...(view.dataset.footer ?? '').split('\n')].filter(Boolean),
    },
    markup,
  )}\n`;
}

async function pngBlob(svg: string): Promise<Blob | null> {
  const size = pngSize(svg);
  if (!size) return null;
  const image = new Image(size.width, size.height);
  // A data: address keeps the drawing same-origin, so the canvas may be read back.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  canvas.getContext('2d')!.drawImage(image, 0, 0, size.width, size.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

function save(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function download(button: HTMLButtonElement): Promise<void> {
  const figure = button.closest('figure');
  const view = figure?.querySelector<HTMLElement>('[data-file]:not([hidden])');
  const svg = view ? standaloneSvg(view, figure?.dataset.note ?? '') : null;
  if (!view || !svg) return;
  const name = view.dataset.file!;
  if (button.dataset.download === 'svg') return save(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
  const png = await pngBlob(svg);
  if (png) save(png, `${name}.png`);
}

for (const wrapper of document.querySelectorAll<HTMLElement>('.chart-download')) wrapper.hidden = false;
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-download]');
  if (button) void download(button);
});
