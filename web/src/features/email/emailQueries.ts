import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  emailKpisOverTimeSchema,
  mailingKpisSchema,
  mailingSchema,
  sendProgressSchema,
  sendSummarySchema,
  sendTimeAnalysisSchema,
  smtpSettingsOrNullSchema,
  smtpSettingsSchema,
  subjectLengthAnalysisSchema,
  type MailingInput,
  type MailingPatch,
  type SmtpSettingsInput,
} from '../../../../src/contract/email';
import { api, wsPath } from '../../api/client';

export const emailKeys = {
  all: (ws: string) => ['ws', ws, 'email'] as const,
  smtp: (ws: string) => ['ws', ws, 'email', 'smtp'] as const,
  mailings: (ws: string) => ['ws', ws, 'email', 'mailings'] as const,
  mailing: (ws: string, id: string) => ['ws', ws, 'email', 'mailings', id] as const,
  kpis: (ws: string, id: string) => ['ws', ws, 'email', 'mailings', id, 'kpis'] as const,
  sendProgress: (ws: string, id: string) => ['ws', ws, 'email', 'mailings', id, 'send'] as const,
  overTime: (ws: string, interval: string) => ['ws', ws, 'email', 'kpis', interval] as const,
  subjectLength: (ws: string) => ['ws', ws, 'email', 'subject-length'] as const,
  sendTime: (ws: string, zone: string) => ['ws', ws, 'email', 'send-time', zone] as const,
};

/** `GET /email/smtp` (owner); `null` until set up. */
export function useSmtpSettings(workspaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: emailKeys.smtp(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/email/smtp'), { schema: smtpSettingsOrNullSchema, signal }),
    enabled,
  });
}

/** `PUT /email/smtp` (owner). */
export function useSaveSmtpSettings(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SmtpSettingsInput) =>
      api(wsPath(workspaceId, '/email/smtp'), { method: 'PUT', body: input, schema: smtpSettingsSchema }),
    onSuccess: (data) => queryClient.setQueryData(emailKeys.smtp(workspaceId), data),
  });
}

/** `GET /mailings`. */
export function useMailings(workspaceId: string) {
  return useQuery({
    queryKey: emailKeys.mailings(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/mailings'), { schema: z.array(mailingSchema), signal }),
  });
}

/** `GET /mailings/:id`. */
export function useMailing(workspaceId: string, id: string | undefined) {
  return useQuery({
    queryKey: emailKeys.mailing(workspaceId, id ?? ''),
    queryFn: ({ signal }) => api(wsPath(workspaceId, `/mailings/${id}`), { schema: mailingSchema, signal }),
    enabled: id !== undefined,
  });
}

/** `POST /mailings` or `PATCH /mailings/:id` (editor). */
export function useSaveMailing(workspaceId: string, id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MailingInput | MailingPatch) =>
      id
        ? api(wsPath(workspaceId, `/mailings/${id}`), { method: 'PATCH', body: input, schema: mailingSchema })
        : api(wsPath(workspaceId, '/mailings'), { method: 'POST', body: input, schema: mailingSchema }),
    onSuccess: (mailing) => {
      queryClient.setQueryData(emailKeys.mailing(workspaceId, mailing.id), mailing);
      return queryClient.invalidateQueries({ queryKey: emailKeys.mailings(workspaceId), exact: true });
    },
  });
}

/** `DELETE /mailings/:id` (editor). */
export function useDeleteMailing(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(wsPath(workspaceId, `/mailings/${id}`), { method: 'DELETE' }),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: emailKeys.mailings(workspaceId), exact: true }),
  });
}

/** `POST /mailings/:id/send` (editor): answers 202 once the list is made; the mails go out in the background. */
export function useSendMailing(workspaceId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (retryFailed: boolean) =>
      api(wsPath(workspaceId, `/mailings/${id}/send`), {
        method: 'POST',
        body: { retryFailed },
        schema: sendSummarySchema,
      }),
    onSuccess: (summary) => queryClient.setQueryData(emailKeys.sendProgress(workspaceId, id), summary),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: emailKeys.mailing(workspaceId, id), exact: true }),
  });
}

/** `GET /mailings/:id/send`: status and recipient counts, polled every second while sending. */
export function useSendProgress(workspaceId: string, id: string, enabled: boolean) {
  return useQuery({
    queryKey: emailKeys.sendProgress(workspaceId, id),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/mailings/${id}/send`), { schema: sendProgressSchema, signal }),
    enabled,
    refetchInterval: (query) => (query.state.data?.status === 'sending' ? 1000 : false),
  });
}

/** `GET /mailings/:id/kpis`. */
export function useMailingKpis(workspaceId: string, id: string) {
  return useQuery({
    queryKey: emailKeys.kpis(workspaceId, id),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/mailings/${id}/kpis`), { schema: mailingKpisSchema, signal }),
  });
}

/** `GET /email/kpis?interval=`. */
export function useEmailKpisOverTime(workspaceId: string, interval: 'day' | 'week' | 'month') {
  return useQuery({
    queryKey: emailKeys.overTime(workspaceId, interval),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/email/kpis?interval=${interval}`), {
        schema: emailKpisOverTimeSchema,
        signal,
      }),
  });
}

/** `GET /email/analysis/subject-length`. */
export function useSubjectLengthAnalysis(workspaceId: string) {
  return useQuery({
    queryKey: emailKeys.subjectLength(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/email/analysis/subject-length'), {
        schema: subjectLengthAnalysisSchema,
        signal,
      }),
  });
}

/** `GET /email/analysis/send-time?timeZone=&mailingId=`: opens by weekday and hour. */
export function useSendTimeAnalysis(workspaceId: string, timeZone: string, mailingId?: string) {
  const params = new URLSearchParams({ timeZone, ...(mailingId && { mailingId }) });
  return useQuery({
    queryKey: [...emailKeys.sendTime(workspaceId, timeZone), mailingId ?? null],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/email/analysis/send-time?${params}`), {
        schema: sendTimeAnalysisSchema,
        signal,
      }),
  });
}
