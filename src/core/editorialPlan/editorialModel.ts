import { z } from 'zod';

/** The formats seed 000 names for the editorial plan: "Texte, Videos, Fotos, Bilder, Dokumente". */
export const editorialFormats = ['text', 'image', 'video', 'document'] as const;
export const editorialFormatSchema = z.enum(editorialFormats);
export type EditorialFormat = z.infer<typeof editorialFormatSchema>;

/** An item moves from an idea to a published post; only a published item has a link. */
export const editorialStatuses = ['idea', 'in_progress', 'planned', 'published'] as const;
export const editorialStatusSchema = z.enum(editorialStatuses);
export type EditorialStatus = z.infer<typeof editorialStatusSchema>;

/**
 * Which events tell when a channel's audience is active: the social interactions of one network (its
 * `platform` property, plus page views that came from it), e-mail opens and clicks, website page
 * views, or nothing (a trade-press article is measured by nobody's events).
 */
export const measuredBySchema = z.enum(['social', 'email', 'web', 'none']);
export type MeasuredBy = z.infer<typeof measuredBySchema>;

/** A frequency target counts posts per week or per month. */
export const targetPeriodSchema = z.enum(['week', 'month']);
export type TargetPeriod = z.infer<typeof targetPeriodSchema>;

/** A channel a new workspace starts with; the workspace renames, removes or adds its own. */
export interface StartingChannel {
  name: string;
  measuredBy: MeasuredBy;
  network: string;
}

/** The networks and channels issue 17 names for B2B: two networks, the newsletter, the blog, trade press. */
export const startingChannels: readonly StartingChannel[] = [
  { name: 'LinkedIn', measuredBy: 'social', network: 'linkedin' },
  { name: 'Xing', measuredBy: 'social', network: 'xing' },
  { name: 'Newsletter', measuredBy: 'email', network: '' },
  { name: 'Blog', measuredBy: 'web', network: '' },
  { name: 'Fachpresse', measuredBy: 'none', network: '' },
];
