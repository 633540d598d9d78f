import { LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useSubjectLengthAnalysis } from './emailQueries';
import { useEmailT } from './messages';
import { useRateFormat } from './useRateFormat';

type Band = 'up_to_25' | '26_to_49' | '50_to_75' | 'over_75';

/** Open and click rates per subject-length band (seed 000: up to 25, 26-49, 50-75, over 75). */
export function SubjectLengthPanel({ workspaceId }: { workspaceId: string }) {
  const t = useEmailT();
  const format = useFormat();
  const rate = useRateFormat();
  const analysis = useSubjectLengthAnalysis(workspaceId);
  return (
    <section className="panel" aria-labelledby="subject-length-title">
      <h2 id="subject-length-title">{t('subjectLength.title')}</h2>
      <p className="hint">{t('subjectLength.intro')}</p>
      {analysis.isPending ? (
        <Loading />
      ) : analysis.isError ? (
        <LoadError error={analysis.error} onRetry={() => void analysis.refetch()} />
      ) : (
        <div className="em-scroll">
          <table className="table" data-testid="subject-length">
            <thead>
              <tr>
                <th scope="col">{t('subjectLength.band')}</th>
                <th scope="col">{t('overTime.mailings')}</th>
                <th scope="col">{t('kpis.delivered')}</th>
                <th scope="col">{t('kpis.uniqueOpenRate')}</th>
                <th scope="col">{t('kpis.uniqueClickRate')}</th>
                <th scope="col">{t('kpis.openRate')}</th>
                <th scope="col">{t('kpis.clickRate')}</th>
              </tr>
            </thead>
            <tbody>
              {analysis.data.bands.map((b) => (
                <tr key={b.band}>
                  <th scope="row">{t(`subjectLength.bands.${b.band as Band}`)}</th>
                  <td>{format.plain(b.mailings)}</td>
                  <td>{format.plain(b.delivered)}</td>
                  <td>{rate('uniqueOpenRate', b.uniqueOpenRate)}</td>
                  <td>{rate('uniqueClickRate', b.uniqueClickRate)}</td>
                  <td>{rate('openRate', b.openRate)}</td>
                  <td>{rate('clickRate', b.clickRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
