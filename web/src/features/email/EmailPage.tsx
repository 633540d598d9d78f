import { Link } from 'react-router-dom';
import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { useMailings } from './emailQueries';
import { KpisOverTimePanel } from './KpisOverTimePanel';
import { useEmailT } from './messages';
import { SendTimePanel } from './SendTimePanel';
import { SmtpSettingsForm } from './SmtpSettingsForm';
import { SubjectLengthPanel } from './SubjectLengthPanel';

/** E-Mail: mailings, KPIs over time, the two analyses and (for owners) the SMTP server. */
export function EmailPage() {
  const t = useEmailT();
  const format = useFormat();
  const { workspaceId, canEdit, role } = useCurrentWorkspace();
  const mailings = useMailings(workspaceId);

  return (
    <section className="page" aria-labelledby="email-title">
      <div className="page-head">
        <h1 id="email-title">{t('title')}</h1>
        {canEdit && (
          <Link to="/email/new" className="button button-primary">
            {t('mailings.new')}
          </Link>
        )}
      </div>
      <p className="hint">{t('intro')}</p>
      <section className="panel" aria-labelledby="mailings-title">
        <h2 id="mailings-title">{t('mailings.title')}</h2>
        <QueryContent query={mailings} empty={t('mailings.none')}>
          {(data) => (
            <div className="em-scroll">
              <table className="table" data-testid="mailings">
                <thead>
                  <tr>
                    <th scope="col">{t('mailings.name')}</th>
                    <th scope="col">{t('mailings.subject')}</th>
                    <th scope="col">{t('mailings.status')}</th>
                    <th scope="col">{t('mailings.sentAt')}</th>
                    <th scope="col">{t('mailings.kpis')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((m) => (
                    <tr key={m.id} data-testid="mailing-row">
                      <th scope="row">
                        <Link to={`/email/${m.id}`}>{m.name}</Link>
                      </th>
                      <td>{m.subject}</td>
                      <td>
                        <span className={`badge em-status-${m.status}`}>{t(`statuses.${m.status}`)}</span>
                        {m.importedFrom && (
                          <>
                            {' '}
                            <span className="badge" data-testid="imported-from">
                              {t(`importedFrom.${m.importedFrom}`)}
                            </span>
                          </>
                        )}
                      </td>
                      <td>{m.sentAt ? format.dateTime(m.sentAt) : '–'}</td>
                      <td>
                        <Link
                          to={`/email/${m.id}/kpis`}
                          aria-label={t('mailings.kpisNamed', { name: m.name })}
                        >
                          {t('mailings.kpis')}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryContent>
      </section>
      <KpisOverTimePanel workspaceId={workspaceId} />
      <div className="em-stack">
        <SubjectLengthPanel workspaceId={workspaceId} />
        <SendTimePanel workspaceId={workspaceId} />
      </div>
      <SmtpSettingsForm workspaceId={workspaceId} isOwner={role === 'owner'} />
    </section>
  );
}
