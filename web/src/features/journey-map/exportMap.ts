import { saveUrl } from '../../api/saveBlob';

/** Captures the whole map, including the parts scrolled out of view, as a PNG data URL. */
async function capture(node: HTMLElement): Promise<{ dataUrl: string; width: number; height: number }> {
  const { toPng } = await import('html-to-image');
  const width = node.scrollWidth;
  const height = node.scrollHeight;
  node.classList.add('is-exporting');
  try {
    const dataUrl = await toPng(node, {
      width,
      height,
      backgroundColor: '#ffffff',
      pixelRatio: Math.min(2, Math.max(1, 6000 / width)),
      style: { overflow: 'visible', width: `${width}px`, height: `${height}px` },
      filter: (el) => !(el instanceof HTMLElement && el.dataset.exportIgnore === 'true'),
    });
    return { dataUrl, width, height };
  } finally {
    node.classList.remove('is-exporting');
  }
}

export async function exportMapAsPng(node: HTMLElement, fileName: string): Promise<void> {
  const { dataUrl } = await capture(node);
  saveUrl(dataUrl, fileName);
}

/** One landscape page the size of the map, so nothing is cut and the PDF zooms cleanly on a projector. */
export async function exportMapAsPdf(node: HTMLElement, fileName: string, title: string): Promise<void> {
  const [{ dataUrl, width, height }, { jsPDF }] = await Promise.all([capture(node), import('jspdf')]);
  const margin = 24;
  const header = 28;
  const pdf = new jsPDF({
    orientation: width >= height ? 'landscape' : 'portrait',
    unit: 'px',
    format: [width + 2 * margin, height + 2 * margin + header],
    hotfixes: ['px_scaling'],
  });
  pdf.setFontSize(16);
  pdf.text(title, margin, margin + 12);
  pdf.addImage(dataUrl, 'PNG', margin, margin + header, width, height);
  pdf.save(fileName);
}
