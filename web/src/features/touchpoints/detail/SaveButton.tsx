import { useTranslation } from 'react-i18next';

export function SaveButton({ pending, canEdit }: { pending: boolean; canEdit: boolean }) {
  const { t } = useTranslation();
  if (!canEdit) return null;
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? t('common.saving') : t('common.save')}
      </button>
    </div>
  );
}
