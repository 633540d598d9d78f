import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toasts';
import { useCopyToClipboard } from '../../components/useCopyToClipboard';
import { errorMessage } from '../../i18n/errorMessage';
import { useEditorialT } from './messages';
import { useChangeEditorialFeed, useEditorialFeed } from './useEditorialFeed';

/** "Kalender abonnieren": the secret iCalendar address, to create, copy, renew or revoke. */
export function FeedDialog({
  workspaceId,
  canEdit,
  onClose,
}: {
  workspaceId: string;
  canEdit: boolean;
  onClose: () => void;
}) {
  const t = useEditorialT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const copy = useCopyToClipboard();
  const feed = useEditorialFeed(workspaceId, true);
  const change = useChangeEditorialFeed(workspaceId);
  const run = (method: 'POST' | 'DELETE') =>
    change.mutate(method, { onError: (error) => toast.error(errorMessage(shellT, error)) });
  const url = feed.data?.url ?? null;
  return (
    <Dialog open title={t('feed.title')} onClose={onClose}>
      <p>{t('feed.intro')}</p>
      {url ? (
        <div className="ep-feed">
          <label htmlFor="ep-feed-url">{t('feed.address')}</label>
          <div className="ep-feed-row">
            <input
              id="ep-feed-url"
              readOnly
              value={url}
              data-testid="feed-url"
              onFocus={(e) => e.target.select()}
            />
            <button type="button" className="button" onClick={() => void copy(url)}>
              {t('feed.copy')}
            </button>
          </div>
        </div>
      ) : (
        <p className="muted">{feed.isPending ? shellT('app.loading') : t('feed.none')}</p>
      )}
      {canEdit && (
        <div className="form-actions">
          {url && (
            <button
              type="button"
              className="button button-danger"
              onClick={() => run('DELETE')}
              disabled={change.isPending}
            >
              {t('feed.revoke')}
            </button>
          )}
          <div className="toolbar-spacer" />
          <button
            type="button"
            className="button button-primary"
            onClick={() => run('POST')}
            disabled={change.isPending}
          >
            {url ? t('feed.renew') : t('feed.create')}
          </button>
        </div>
      )}
    </Dialog>
  );
}
