import { trackerScript } from '../trackerScript';
import type { App } from '../types';

/** `GET /t.js`: the browser tracker, embeddable from any site. */
export async function trackerRoutes(app: App) {
  app.get('/t.js', { schema: { hide: true }, logLevel: 'warn' }, async (req, reply) => {
    const script = await trackerScript();
    reply
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin')
      // An hour in caches, then revalidated by ETag: a new version reaches every site within an hour.
      .header('cache-control', 'public, max-age=3600')
      .header('etag', script.etag)
      .header('vary', 'accept-encoding');
    if (req.headers['if-none-match'] === script.etag) return reply.code(304).send();
    reply.type('application/javascript; charset=utf-8');
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? ''))
      return reply.header('content-encoding', 'gzip').send(script.gzipped);
    return reply.send(script.code);
  });
}
