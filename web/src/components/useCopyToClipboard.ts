import { useTranslation } from 'react-i18next';
import { useToast } from './Toasts';

/**
 * Copies text to the clipboard and says in a toast whether that worked.
 * @example const copy = useCopyToClipboard(); <button onClick={() => void copy(link.url)}>…</button>
 */
export function useCopyToClipboard(): (text: string) => Promise<void> {
  const { t } = useTranslation();
  const toast = useToast();
  return async (text) => {
    try {
      await navigator.clipboard.writeText(text);
      toast.success(t('common.copied'));
    } catch {
      toast.error(t('common.copyFailed'));
    }
  };
}
