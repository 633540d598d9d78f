/**
 * Hands a URL (a data: or blob: URL) to the browser as a download with the given file name.
 * @example saveUrl(await toPng(node), 'map.png');
 */
export function saveUrl(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Hands a blob to the browser as a download with the given file name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  saveUrl(url, fileName);
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
