import { useCatalogue } from '../catalogue/useCatalogue';
import { LoadError, Loading } from '../../components/States';
import { useActionPlanT } from './messages';
import { useTranslation } from 'react-i18next';

/** The do's and don'ts of the guide, next to the plan while measures are written. */
export function DosAndDontsPanel() {
  const t = useActionPlanT();
  const { i18n } = useTranslation();
  const catalogue = useCatalogue();
  const english = i18n.language === 'en';
  return (
    <aside className="panel ap-dos" aria-labelledby="ap-dos-title" data-testid="dos-and-donts">
      <h2 id="ap-dos-title">{t('dos.title')}</h2>
      {catalogue.isPending && <Loading />}
      {catalogue.isError && <LoadError error={catalogue.error} onRetry={() => void catalogue.refetch()} />}
      {catalogue.data && (
        <ul className="ap-dos-list">
          {catalogue.data.dosAndDonts.map((item) => (
            <li key={item.textDe} className={`ap-${item.kind}`}>
              <span className="ap-dos-kind">
                <span aria-hidden="true">{item.kind === 'do' ? '✓ ' : '✗ '}</span>
                {item.kind === 'do' ? t('dos.do') : t('dos.dont')}
              </span>{' '}
              {english ? item.textEn : item.textDe}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
