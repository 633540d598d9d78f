import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importJobSchema } from '../../../../src/contract/imports';
import type { NewsletterToolChoice } from '../../../../src/contract/newsletterImport';
import { api, wsPath } from '../../api/client';
import { uploadCsv } from '../../api/uploadCsv';
import { emailKeys } from '../email/emailQueries';
import { importKeys } from './useImportJobs';

export interface NewsletterUpload {
  file: File;
  tool: NewsletterToolChoice;
  subject: string;
  /** `YYYY-MM-DDTHH:mm` in the browser's zone, as a datetime-local field gives it; empty: from the file. */
  sentAt: string;
  campaign: string;
}

/**
 * Announces a newsletter import (`POST /newsletter-imports/jobs`) so its progress can be polled, then
 * uploads the export's bytes with the mailing's fields in the query; answers with the finished job.
 */
export function useStartNewsletterImport(
  workspaceId: string,
  onProgress: (share: number) => void,
  onJob: (jobId: string) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (u: NewsletterUpload) => {
      const job = await api(wsPath(workspaceId, '/newsletter-imports/jobs'), {
        method: 'POST',
        body: { fileName: u.file.name },
        schema: importJobSchema,
      });
      onJob(job.id);
      const params = new URLSearchParams({ fileName: u.file.name, resume: job.id, tool: u.tool });
      if (u.subject.trim()) params.set('subject', u.subject.trim());
      if (u.campaign.trim()) params.set('campaign', u.campaign.trim());
      // The field shows local time; the API takes an instant.
      if (u.sentAt) params.set('sentAt', new Date(u.sentAt).toISOString());
      const body = await uploadCsv(wsPath(workspaceId, `/newsletter-imports?${params}`), u.file, onProgress);
      return importJobSchema.parse(body);
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: importKeys.jobs(workspaceId) });
      await queryClient.invalidateQueries({ queryKey: emailKeys.mailings(workspaceId) });
    },
  });
}
