import type { EditorialFormat, EditorialStatus } from './editorialModel';

/** One item of the plan with its references already named, as the exports show it. */
export interface PlanEntry {
  id: string;
  title: string;
  channel: string;
  format: EditorialFormat;
  status: EditorialStatus;
  plannedAt: Date;
  persona: string;
  phase: string;
  owner: string;
  autoPublish: boolean;
  publishedUrl: string;
  notes: string;
  updatedAt: Date;
}
