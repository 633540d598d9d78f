/**
 * The two script tags of docs/tracking.md for a write key, pointing at this server's `/t.js`.
 * @example trackerSnippet('https://touchpoint.example.com', 'wk_abc')
 */
export function trackerSnippet(origin: string, writeKey: string): string {
  return [
    '<script>window.touchpoint=window.touchpoint||function(){(touchpoint.q=touchpoint.q||[]).push(arguments)}</script>',
    `<script async src="${origin}/t.js" data-write-key="${writeKey}" data-consent="required"></script>`,
  ].join('\n');
}
