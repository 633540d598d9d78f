import { useState, type FormEvent } from 'react';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { useAnalyticsT } from './messages';
import { useNameConversionPoint } from './useNameConversionPoint';

/**
 * A conversion point by its name, with its key beneath; an editor names it in place. The tracker only
 * knows the key a form declares ("rueckrufbitte"), which is no label for a report.
 */
export function ConversionPointName({
  workspaceId,
  conversionPoint,
  name,
  canEdit,
}: {
  workspaceId: string;
  conversionPoint: string;
  name: string | null;
  canEdit: boolean;
}) {
  const t = useAnalyticsT();
  const toast = useToast();
  const save = useNameConversionPoint(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    save.mutate(
      { key: conversionPoint, name: draft.trim() },
      {
        onSuccess: (saved) => {
          toast.success(
            saved.name
              ? t('conversionPoints.named', { key: conversionPoint, name: saved.name })
              : t('conversionPoints.unnamed', { key: conversionPoint }),
          );
          setEditing(false);
        },
        onError: fail,
      },
    );
  };

  if (editing)
    return (
      <form onSubmit={submit} className="row" noValidate>
        <input
          aria-label={t('conversionPoints.nameLabel', { key: conversionPoint })}
          aria-invalid={Boolean(errors.name)}
          value={draft}
          maxLength={200}
          onChange={(e) => setDraft(e.target.value)}
          autoFocus
        />
        <button type="submit" className="button button-small button-primary" disabled={save.isPending}>
          ✓
        </button>
      </form>
    );
  return (
    <div className="row">
      <span>
        {name ?? conversionPoint}
        {name && (
          <>
            <br />
            <span className="muted">{t('conversionPoints.key', { key: conversionPoint })}</span>
          </>
        )}
      </span>
      {canEdit && (
        <button
          type="button"
          className="button button-small"
          aria-label={t('conversionPoints.renameNamed', { key: conversionPoint })}
          onClick={() => setEditing(true)}
        >
          {t('conversionPoints.rename')}
        </button>
      )}
    </div>
  );
}
