import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, type FieldErrors } from '../api/fieldErrors';
import { errorMessage, translateFieldMessage } from '../i18n/errorMessage';
import { useToast } from './Toasts';

/**
 * Error handling for a form: field errors go next to their fields, everything else to a toast.
 * The form's own state is never touched, so the user's input survives a failed request.
 */
export function useFormErrors() {
  const { t } = useTranslation();
  const toast = useToast();
  const [errors, setErrors] = useState<FieldErrors>({});

  const fail = useCallback(
    (error: unknown) => {
      const fields = fieldErrorsOf(error);
      const translated: FieldErrors = {};
      for (const [field, message] of Object.entries(fields))
        translated[field] = translateFieldMessage(t, message);
      setErrors(translated);
      toast.error(errorMessage(t, error));
    },
    [t, toast],
  );
  const clear = useCallback(() => setErrors({}), []);
  return { errors, fail, clear };
}
