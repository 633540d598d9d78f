import { useTranslation } from 'react-i18next';
import type { Ownership } from '../../../../src/core/model';

/** Owned / Earned / Paid as a coloured badge that always carries its name, never colour alone. */
export function OwnershipBadge({ ownership }: { ownership: Ownership }) {
  const { t } = useTranslation();
  return <span className={`badge poe-badge poe-${ownership}`}>{t(`ownership.${ownership}`)}</span>;
}
