import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import './leads.css';
import { useLeadsT } from './messages';
import { useLeads, useStages } from './useLeadScoring';
import { useStageName } from './useStageName';

/** The leads list: scored people by score, filtered by stage and minimum score; each row opens the person. */
export function LeadsPage() {
  const t = useLeadsT();
  const format = useFormat();
  const { workspaceId } = useCurrentWorkspace();
  const [draft, setDraft] = useState({ stage: '', minScore: '' });
  const [filter, setFilter] = useState(draft);
  const stages = useStages(workspaceId);
  const stageName = useStageName(stages.data?.stages);
  const leads = useLeads(workspaceId, filter);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilter(draft);
  };
  const items = leads.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="page" aria-labelledby="leads-title">
      <div className="page-head">
        <h1 id="leads-title">{t('title')}</h1>
        <Link to="/leads/settings">{t('settingsLink')}</Link>
      </div>
      <p className="hint">{t('intro')}</p>
      <form className="toolbar" onSubmit={submit}>
        <label className="field-inline">
          {t('filter.stage')}
          <select value={draft.stage} onChange={(e) => setDraft({ ...draft, stage: e.target.value })}>
            <option value="">{t('filter.all')}</option>
            {stages.data?.stages.map((s) => (
              <option key={s.key} value={s.key}>
                {stageName(s.key)}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          {t('filter.minScore')}
          <input
            type="number"
            inputMode="decimal"
            value={draft.minScore}
            onChange={(e) => setDraft({ ...draft, minScore: e.target.value })}
            className="ls-narrow"
          />
        </label>
        <button type="submit" className="button">
          {t('filter.apply')}
        </button>
      </form>
      {leads.isPending ? (
        <Loading />
      ) : leads.isError ? (
        <LoadError error={leads.error} onRetry={() => void leads.refetch()} />
      ) : items.length === 0 ? (
        <p className="hint">{t('empty')}</p>
      ) : (
        <div className="ls-scroll">
          <table className="table" data-testid="lead-list">
            <thead>
              <tr>
                <th>{t('columns.name')}</th>
                <th>{t('columns.company')}</th>
                <th>{t('columns.stage')}</th>
                <th className="num">{t('columns.score')}</th>
                <th className="num">{t('columns.trend')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((l) => (
                <tr key={l.profileId}>
                  <td>
                    <Link to={`/customers/${l.profileId}`}>{l.name || l.email || t('unnamed')}</Link>
                  </td>
                  <td>{l.companyName ?? '–'}</td>
                  <td>{stageName(l.stage)}</td>
                  <td className="num">{format.plain(l.score)}</td>
                  <td className={`num ${l.trend > 0 ? 'ls-up' : l.trend < 0 ? 'ls-down' : ''}`}>
                    {l.trend > 0 ? '▲ +' : l.trend < 0 ? '▼ ' : ''}
                    {format.plain(l.trend)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {leads.hasNextPage && (
        <button type="button" className="button" onClick={() => void leads.fetchNextPage()}>
          {t('more')}
        </button>
      )}
    </section>
  );
}
