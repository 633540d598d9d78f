import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useSegmentsT } from '../segments/messages';
import { useSegments } from '../segments/useSegments';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import './customers.css';
import { useCustomersT } from './messages';
import { useCompanies } from './useCompanies';
import { useProfiles } from './useProfiles';

/**
 * Kunden: every profile, searchable by name, address, company or user id, filterable by company, known
 * people only (the default) or anonymous visitors too.
 */
export function CustomersPage() {
  const t = useCustomersT();
  const st = useSegmentsT();
  const format = useFormat();
  const { workspaceId } = useCurrentWorkspace();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [companyId, setCompanyId] = useState('');
  // Most profiles of a website are anonymous browsers: the list starts with the people one knows.
  const [knownOnly, setKnownOnly] = useState(true);
  const companies = useCompanies(workspaceId);
  const [segment, setSegment] = useState('');
  const segments = useSegments(workspaceId);
  const profiles = useProfiles(workspaceId, q, companyId, knownOnly, segment);
  const segmentFieldId = useId();
  const searchId = useId();
  const companyFieldId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQ(draft.trim());
  };
  const items = profiles.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="page" aria-labelledby="customers-title">
      <div className="page-head">
        <h1 id="customers-title">{t('title')}</h1>
      </div>
      <p className="hint">{t('intro')}</p>
      <form className="toolbar" role="search" onSubmit={submit}>
        <div className="field-inline">
          <label htmlFor={searchId}>{t('search')}</label>
          <input
            id={searchId}
            type="search"
            value={draft}
            placeholder={t('searchHint')}
            onChange={(e) => setDraft(e.target.value)}
          />
        </div>
        <div className="field-inline">
          <label htmlFor={companyFieldId}>{t('company')}</label>
          <select id={companyFieldId} value={companyId} onChange={(e) => setCompanyId(e.target.value)}>
            <option value="">{t('allCompanies')}</option>
            {(companies.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {companyId && (
            <Link to={`/accounts/${companyId}`} data-testid="open-account">
              {t('openAccount')}
            </Link>
          )}
        </div>
        <div className="field-inline">
          <label htmlFor={segmentFieldId}>{st('filter')}</label>
          <select
            id={segmentFieldId}
            value={segment}
            data-testid="segment-filter"
            onChange={(e) => setSegment(e.target.value)}
          >
            <option value="">{st('allProfiles')}</option>
            {(segments.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <label className="field-inline">
          <input type="checkbox" checked={knownOnly} onChange={(e) => setKnownOnly(e.target.checked)} />
          {t('knownOnly')}
        </label>
        <button type="submit" className="button">
          {t('submitSearch')}
        </button>
      </form>
      <QueryContent query={profiles} empty={t('none')} isEmpty={() => items.length === 0}>
        {() => (
          <div className="cu-scroll">
            <table className="table" data-testid="profile-list">
              <thead>
                <tr>
                  <th scope="col">{t('columns.name')}</th>
                  <th scope="col">{t('columns.email')}</th>
                  <th scope="col">{t('columns.company')}</th>
                  <th scope="col">{t('columns.lastSeen')}</th>
                  <th scope="col">{t('columns.events')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id} data-testid="profile-row">
                    <th scope="row">
                      <Link to={`/customers/${p.id}`}>{p.name || p.email || p.userId || t('unnamed')}</Link>
                    </th>
                    <td>{p.email ?? '–'}</td>
                    <td>
                      {p.company ? <Link to={`/accounts/${p.company.id}`}>{p.company.name}</Link> : '–'}
                    </td>
                    <td>{p.lastSeenAt ? format.dateTime(p.lastSeenAt) : '–'}</td>
                    <td>{format.plain(p.eventCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryContent>
      {profiles.hasNextPage && (
        <p>
          <button
            type="button"
            className="button"
            disabled={profiles.isFetchingNextPage}
            onClick={() => void profiles.fetchNextPage()}
          >
            {t('loadMore')}
          </button>
        </p>
      )}
    </section>
  );
}
