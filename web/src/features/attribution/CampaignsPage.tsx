import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { attributionModelKinds } from '../../../../src/contract/attribution';
import type { Campaign, CampaignRoiRow } from '../../../../src/contract/campaigns';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { Empty, LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { lastDays } from '../analytics/dateRange';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import './attribution.css';
import { CampaignDialog } from './CampaignDialog';
import { useAttributionT } from './messages';
import { RoiChart } from './RoiChart';
import { useCampaignMutations, useCampaignRoi, useCampaigns } from './useCampaigns';

/**
 * Kampagnen: campaigns with their cost, and revenue marketing: conversions and revenue attributed to
 * each under a chosen model, ROI and cost per conversion; "no cost entered" where there is none.
 */
export function CampaignsPage() {
  const t = useAttributionT();
  const { t: shellT } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const [request, setRequest] = useState(() => ({ ...lastDays(90), model: 'linear' }));
  const [draft, setDraft] = useState(request);
  const [rangeError, setRangeError] = useState<string | undefined>();
  const [editing, setEditing] = useState<Campaign | 'new' | null>(null);
  const roi = useCampaignRoi(workspaceId, request);
  const campaigns = useCampaigns(workspaceId);
  const { remove } = useCampaignMutations(workspaceId);
  const chartLabels = useMemo(
    () => ({ cost: t('campaigns.costSeries'), revenue: t('campaigns.revenueSeries') }),
    [t],
  );
  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.from || !draft.to || draft.from > draft.to) {
      setRangeError(t('rangeError'));
      return;
    }
    setRangeError(undefined);
    setRequest(draft);
  };
  const euro = (x: number) => `${format.number(x, 2)} €`;
  const gap = (row: CampaignRoiRow) =>
    row.gap === 'no_cost' ? t('campaigns.noCost') : row.gap === 'zero_cost' ? t('campaigns.zeroCost') : '';
  const campaignOf = (id: string) => campaigns.data?.find((c) => c.id === id);
  const del = (c: Campaign) => {
    if (!window.confirm(t('campaigns.confirmDelete', { name: c.name }))) return;
    remove.mutate(c.id, {
      onSuccess: () => toast.success(t('campaigns.deleted')),
      onError: (error: unknown) => toast.error(errorMessage(shellT, error)),
    });
  };

  return (
    <section className="page" aria-labelledby="campaigns-title">
      <div className="page-head">
        <h1 id="campaigns-title">{t('campaigns.title')}</h1>
        {canEdit && (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('campaigns.add')}
          </button>
        )}
      </div>
      <p className="hint">{t('campaigns.intro')}</p>
      <form className="toolbar at-filters" onSubmit={apply}>
        <DateField
          label={t('from')}
          error={rangeError}
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <DateField label={t('to')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} />
        <Field label={t('campaigns.model')}>
          {(props) => (
            <select
              {...props}
              value={draft.model}
              onChange={(e) => setDraft({ ...draft, model: e.target.value })}
            >
              {attributionModelKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`models.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button">
          {t('apply')}
        </button>
      </form>
      {roi.isPending ? (
        <Loading />
      ) : roi.isError ? (
        <LoadError error={roi.error} onRetry={() => void roi.refetch()} />
      ) : roi.data.campaigns.length === 0 ? (
        <Empty>{t('campaigns.none')}</Empty>
      ) : (
        <>
          <p data-testid="roi-totals">
            {t('campaigns.totals', {
              cost: format.number(roi.data.totals.costEur, 2),
              revenue: format.number(roi.data.totals.revenue, 2),
              roi: roi.data.totals.roi === null ? '–' : `${format.number(roi.data.totals.roi * 100, 0)} %`,
            })}
          </p>
          <section className="panel" aria-labelledby="roi-chart-title">
            <h2 id="roi-chart-title">{t('campaigns.chartTitle')}</h2>
            <RoiChart rows={roi.data.campaigns} labels={chartLabels} />
          </section>
          <section className="panel" aria-labelledby="roi-table-title">
            <h2 id="roi-table-title">
              {t('campaigns.roi')} · {t(`models.${roi.data.model}`)}
            </h2>
            <div className="at-scroll">
              <table className="table at-table" data-testid="roi-table">
                <thead>
                  <tr>
                    <th scope="col">{t('campaigns.name')}</th>
                    <th scope="col">{t('campaigns.cost')}</th>
                    <th scope="col">{t('campaigns.conversions')}</th>
                    <th scope="col">{t('campaigns.revenue')}</th>
                    <th scope="col">{t('campaigns.roi')}</th>
                    <th scope="col">{t('campaigns.costPerConversion')}</th>
                    {canEdit && <th scope="col" />}
                  </tr>
                </thead>
                <tbody>
                  {roi.data.campaigns.map((row) => {
                    const campaign = campaignOf(row.id);
                    return (
                      <tr key={row.id} data-testid={`roi-row-${row.id}`}>
                        <th scope="row">
                          {row.name}
                          {campaign && campaign.utmCampaigns.length > 0 && (
                            <div className="hint">{campaign.utmCampaigns.join(', ')}</div>
                          )}
                        </th>
                        <td>
                          {row.costEur === null ? (
                            <span className="at-gap">{gap(row)}</span>
                          ) : (
                            euro(row.costEur)
                          )}
                        </td>
                        <td>{format.number(row.conversions, 2)}</td>
                        <td>{euro(row.revenue)}</td>
                        <td>
                          {row.roi === null ? (
                            <span className="at-gap">{gap(row)}</span>
                          ) : (
                            `${format.number(row.roi * 100, 0)} %`
                          )}
                        </td>
                        <td>{row.costPerConversion === null ? '–' : euro(row.costPerConversion)}</td>
                        {canEdit && (
                          <td>
                            {campaign && (
                              <span className="toolbar">
                                <button
                                  type="button"
                                  className="button button-ghost"
                                  onClick={() => setEditing(campaign)}
                                >
                                  {t('campaigns.edit')}
                                </button>
                                <button
                                  type="button"
                                  className="button button-ghost"
                                  onClick={() => del(campaign)}
                                >
                                  {t('campaigns.delete')}
                                </button>
                              </span>
                            )}
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {roi.data.unclaimed.keys.length > 0 && (
              <p className="hint">
                {t('campaigns.unclaimed', {
                  keys: roi.data.unclaimed.keys.join(', '),
                  conversions: format.number(roi.data.unclaimed.conversions, 2),
                  revenue: format.number(roi.data.unclaimed.revenue, 2),
                })}
              </p>
            )}
          </section>
        </>
      )}
      {editing && (
        <CampaignDialog
          workspaceId={workspaceId}
          campaign={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
