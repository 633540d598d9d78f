import type { CustomerValuePeriod } from '../../../../src/contract/customerValue';
import { useFormat } from '../../i18n/format';
import { useCustomerValueT } from './messages';
import type { ValueSelection } from './valueQuery';

/**
 * The recency x frequency grid as a heat map: best recency on top, frequency rising to the right; each
 * cell's shade grows with its customers and its count opens them. A table, so it reads without colour.
 */
export function RfmGrid({
  rfm,
  onSelect,
}: {
  rfm: CustomerValuePeriod['rfm'];
  onSelect: (selection: ValueSelection) => void;
}) {
  const t = useCustomerValueT();
  const format = useFormat();
  const max = Math.max(1, ...rfm.cells.map((c) => c.customers));
  const rows = [5, 4, 3, 2, 1].map((r) => rfm.cells.filter((c) => c.r === r).sort((a, b) => a.f - b.f));
  return (
    <div className="cv-scroll">
      <table className="cv-grid" data-testid="rfm-grid">
        <caption className="hint">
          {t('rfm.recency')} ↓ · {t('rfm.frequency')} →
        </caption>
        <thead>
          <tr>
            <th scope="col">R \ F</th>
            {[1, 2, 3, 4, 5].map((f) => (
              <th scope="col" key={f}>
                {f}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={5 - i}>
              <th scope="row">{5 - i}</th>
              {cells.map((c) => {
                const segment = t(`segments.${c.segment}`);
                const shade = c.customers === 0 ? 0 : 0.12 + 0.6 * (c.customers / max);
                return (
                  <td
                    key={c.f}
                    className="cv-cell"
                    style={{ background: `rgba(29, 78, 216, ${shade.toFixed(2)})` }}
                    data-testid={`rfm-cell-${c.r}-${c.f}`}
                  >
                    {c.customers === 0 ? (
                      <span className="cv-cell-count">0</span>
                    ) : (
                      <button
                        type="button"
                        className={`cv-figure-button cv-cell-count${shade > 0.45 ? ' cv-on-dark' : ''}`}
                        aria-label={t('rfm.cell', {
                          r: c.r,
                          f: c.f,
                          count: format.plain(c.customers),
                          segment,
                        })}
                        onClick={() => onSelect({ kind: 'cell', r: c.r, f: c.f })}
                      >
                        {format.plain(c.customers)}
                      </button>
                    )}
                    <span className={`cv-cell-segment${shade > 0.45 ? ' cv-on-dark' : ''}`}>{segment}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
