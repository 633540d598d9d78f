import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../../../src/contract/kpis';

const mark: Record<Kpi['status'], string> = { on_target: '✓', off_target: '⚠', no_target: '–', no_data: '○' };

/** The KPI status in words, with a colour and a symbol that only repeat them. */
export function KpiStatusBadge({ status }: { status: Kpi['status'] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge mon-status mon-status-${status}`} data-testid="kpi-status">
      <span aria-hidden="true">{mark[status]} </span>
      {t(`kpis.status.${status}`)}
    </span>
  );
}
