import { Link } from 'react-router-dom';
import type { CustomerAccount } from '../../../../src/contract/accounts';
import { useEventTypeLabel } from '../../i18n/useEventTypeLabel';
import { useFormat } from '../../i18n/format';
import { usePipelineT } from './messages';
import { useEur } from './useEur';

/** Bestandskunden: customer accounts with renewal, revenue, open deals, complaints and last interactions. */
export function CustomerAccountsView({ customers }: { customers: CustomerAccount[] }) {
  const t = usePipelineT();
  const format = useFormat();
  const eur = useEur();
  const typeLabel = useEventTypeLabel();
  if (customers.length === 0) return <p className="hint">{t('customers.none')}</p>;
  return (
    <div className="pl-scroll">
      <table className="table" data-testid="customer-accounts">
        <thead>
          <tr>
            <th scope="col">{t('customers.account')}</th>
            <th scope="col">{t('customers.renewal')}</th>
            <th scope="col">{t('customers.revenue')}</th>
            <th scope="col">{t('customers.openDeals')}</th>
            <th scope="col">{t('customers.complaints')}</th>
            <th scope="col">{t('customers.lastInteractions')}</th>
          </tr>
        </thead>
        <tbody>
          {customers.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/accounts/${c.id}`}>{c.name}</Link>
              </th>
              <td>{c.nextRenewal ? format.date(c.nextRenewal) : '–'}</td>
              <td>{eur(c.wonValue + c.orderRevenue)}</td>
              <td>
                {c.openDeals} · {eur(c.openValue)}
              </td>
              <td>{c.openComplaints}</td>
              <td>
                {c.lastInteractions
                  .map((i) => `${typeLabel(i.type)} ${format.date(i.occurredAt)}`)
                  .join(', ') || '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
