import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';

/** `POST /auth/password`: the user's own password; the server ends their other sessions. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api('/auth/password', {
        method: 'POST',
        body: input,
        schema: z.object({ endedSessions: z.number() }),
      }),
  });
}
