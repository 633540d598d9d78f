import { useTranslation } from 'react-i18next';

/** 0-3 stars as the catalogue rates needs, with the count in words for screen readers. */
export function Stars({ count, max = 3 }: { count: number; max?: number }) {
  const { t } = useTranslation();
  return (
    <span className="stars" role="img" aria-label={t('catalogue.stars', { count })}>
      <span aria-hidden="true">{'★'.repeat(count)}</span>
      <span aria-hidden="true" className="stars-empty">
        {'☆'.repeat(Math.max(0, max - count))}
      </span>
    </span>
  );
}
