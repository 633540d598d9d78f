import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Placeholder for a screen another engineer builds next; replace the page file that renders it. */
export function ComingNext({ screen }: { screen: string }) {
  const { t } = useTranslation();
  return (
    <section className="page coming-next" aria-labelledby="coming-next-title">
      <h1 id="coming-next-title">{t('comingNext.title', { screen })}</h1>
      <p>{t('comingNext.text')}</p>
      <p>
        <Link to="/map" className="button">
          {t('app.backToMap')}
        </Link>
      </p>
    </section>
  );
}
