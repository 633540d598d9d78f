import { z } from 'zod';

/**
 * What a new workspace starts with (`POST /workspaces`, field `start`): `empty` (the journey model
 * only), `template` (the journey model plus persona skeletons of the method, no demo data) or `demo` (a
 * copy of the demo workspace's map, personas, ratings, measures and KPIs, without its live data). An
 * exported document is imported through `POST /workspaces/import` instead.
 */
export const workspaceStartSchema = z.enum(['empty', 'template', 'demo']);
export type WorkspaceStart = z.infer<typeof workspaceStartSchema>;

/** The language of the workspace and of what a template fills in. */
export const workspaceLocaleSchema = z.enum(['de', 'en']);
export type WorkspaceLocale = z.infer<typeof workspaceLocaleSchema>;
