import { useMutation } from '@tanstack/react-query';
import { passwordChangedSchema } from '../../../../src/contract/auth';
import { api } from '../../api/client';

/** `POST /auth/password`: the user's own password; the server ends their other sessions. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api('/auth/password', {
        method: 'POST',
        body: input,
        schema: passwordChangedSchema,
      }),
  });
}
