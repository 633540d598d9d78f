import { useTranslation } from 'react-i18next';
import type { TouchpointPatch } from '../../../../../src/contract/touchpoints';
import { useToast } from '../../../components/Toasts';
import { useFormErrors } from '../../../components/useFormErrors';
import { useUpdateTouchpoint } from '../useUpdateTouchpoint';

/** Saving one section of the detail page: field errors inline, a toast either way, input kept on failure. */
export function useSaveTouchpoint(workspaceId: string, touchpointId: string) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateTouchpoint(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const save = (patch: TouchpointPatch) => {
    clear();
    update.mutate(
      { id: touchpointId, patch },
      { onSuccess: () => toast.success(t('common.saved')), onError: fail },
    );
  };
  return { save, errors, pending: update.isPending };
}
