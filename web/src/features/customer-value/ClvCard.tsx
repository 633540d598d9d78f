import type { CustomerValuePeriod } from '../../../../src/contract/customerValue';
import { useFormat } from '../../i18n/format';
import { useCustomerValueT } from './messages';

/** The CLV estimate with its method and every input it rests on, and whether the data suffice. */
export function ClvCard({ clv }: { clv: CustomerValuePeriod['clv'] }) {
  const t = useCustomerValueT();
  const format = useFormat();
  const i = clv.inputs;
  const money = (v: number | null) => (v === null ? t('noData') : format.number(v, 2));
  return (
    <section className="panel cv-clv" aria-labelledby="cv-clv-title" data-testid="clv-card">
      <h2 id="cv-clv-title">{t('clv.title')}</h2>
      <p className="cv-big" data-testid="clv-value">
        {t('clv.value')}: <strong>{money(clv.value)}</strong>
      </p>
      <p>{t('clv.method', { margin: i.margin === null ? '' : t('clv.marginPart') })}</p>
      <dl className="cv-inputs">
        <dt>{t('clv.aov')}</dt>
        <dd>{money(i.averageOrderValue)}</dd>
        <dt>{t('clv.perYear')}</dt>
        <dd>{i.ordersPerYear === null ? t('noData') : format.number(i.ordersPerYear, 2)}</dd>
        <dt>{t('clv.customerYears')}</dt>
        <dd>{format.number(i.customerYears, 2)}</dd>
        <dt>{t('clv.lifetime')}</dt>
        <dd>
          {t('clv.years', { n: format.number(i.lifetimeYears, 2) })} ({t(`clv.source.${i.lifetimeSource}`)})
        </dd>
        {i.margin !== null && (
          <>
            <dt>{t('margin')}</dt>
            <dd>{format.number(i.margin * 100, 0)} %</dd>
          </>
        )}
      </dl>
      <p className="hint">
        {t('clv.retention', { retained: i.retained, base: i.retentionBase, days: i.retentionWindowDays })}
      </p>
      {clv.tooLittleData && (
        <p className="cv-warning" role="note" data-testid="clv-too-little">
          {t('clv.tooLittle')} ({clv.shortcomings.map((s) => t(`clv.shortcomings.${s}`)).join(', ')})
        </p>
      )}
    </section>
  );
}
