import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aidalaPhaseKeySchema, type AidalaPhaseKey } from '../../../../src/core/model';
import { Empty, LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useCreateFromCatalogue } from '../touchpoints/useCreateFromCatalogue';
import { useTouchpoints } from '../touchpoints/useTouchpoints';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { CatalogueEntry } from './CatalogueEntry';
import { useCatalogue } from './useCatalogue';

type Medium = 'all' | 'digital' | 'analog';

/** The catalogue of seed 002, filterable by AIDA(LA) phase and need category, with do's and don'ts. */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const catalogue = useCatalogue();
  const touchpoints = useTouchpoints(workspaceId);
  const create = useCreateFromCatalogue(workspaceId);
  const [phase, setPhase] = useState<AidalaPhaseKey | ''>('');
  const [need, setNeed] = useState<number | null>(null);
  const [medium, setMedium] = useState<Medium>('all');
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState<string | null>(null);
  const ids = { phase: useId(), need: useId(), medium: useId(), search: useId() };
  const en = i18n.language === 'en';

  const onMap = useMemo(
    () => new Set((touchpoints.data ?? []).map((tp) => tp.catalogueKey)),
    [touchpoints.data],
  );

  const entries = useMemo(() => {
    if (!catalogue.data) return [];
    const q = query.trim().toLowerCase();
    const digital = catalogue.data.digitalInterfaces
      .filter(() => medium !== 'analog')
      .filter((d) => !phase || d.phases.includes(phase))
      .filter((d) => need === null || (d.needRatings[need] ?? 0) > 0)
      .filter(
        (d) => !q || `${d.name} ${d.nameEn} ${d.definitionDe} ${d.definitionEn}`.toLowerCase().includes(q),
      )
      .sort((a, b) => (need === null ? 0 : (b.needRatings[need] ?? 0) - (a.needRatings[need] ?? 0)))
      .map((item) => ({ kind: 'digital' as const, item }));
    const analog = catalogue.data.analogTouchpoints
      .filter(() => medium !== 'digital' && need === null)
      .filter((a) => !phase || a.phases.includes(phase))
      .filter(
        (a) =>
          !q || `${a.nameDe} ${a.nameEn} ${a.descriptionDe} ${a.descriptionEn}`.toLowerCase().includes(q),
      )
      .map((item) => ({ kind: 'analog' as const, item }));
    return [...digital, ...analog];
  }, [catalogue.data, phase, need, medium, query]);

  const add = useCallback(
    (key: string) => {
      setAdding(key);
      create.mutate(
        { catalogueKey: key },
        {
          onSuccess: (tp) => toast.success(t('catalogueDialog.added', { name: tp.name })),
          onError: (error) => toast.error(errorMessage(t, error)),
          onSettled: () => setAdding(null),
        },
      );
    },
    [create.mutate, toast, t],
  );

  if (catalogue.isPending) return <Loading />;
  if (catalogue.isError)
    return <LoadError error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  const { needCategories, dosAndDonts } = catalogue.data;

  return (
    <div className="page page-catalogue">
      <h1>{t('catalogue.title')}</h1>
      <p className="muted">{t('catalogue.intro')}</p>
      <div className="filters panel">
        <div className="field">
          <label htmlFor={ids.phase}>{t('catalogue.phase')}</label>
          <select
            id={ids.phase}
            value={phase}
            onChange={(e) => setPhase(e.target.value as AidalaPhaseKey | '')}
          >
            <option value="">{t('common.all')}</option>
            {aidalaPhaseKeySchema.options.map((key) => (
              <option key={key} value={key}>
                {t(`aidala.${key}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.need}>{t('catalogue.need')}</label>
          <select
            id={ids.need}
            value={need === null ? '' : String(need)}
            onChange={(e) => setNeed(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">{t('catalogue.allNeeds')}</option>
            {needCategories.map((n, i) => (
              <option key={n.key} value={i}>
                {en ? n.nameEn : n.nameDe}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.medium}>{t('catalogue.medium')}</label>
          <select id={ids.medium} value={medium} onChange={(e) => setMedium(e.target.value as Medium)}>
            <option value="all">{t('common.all')}</option>
            <option value="digital">{t('medium.digital')}</option>
            <option value="analog">{t('medium.analog')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.search}>{t('catalogue.search')}</label>
          <input id={ids.search} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
      </div>
      <p className="muted" aria-live="polite">
        {t('catalogue.count', { count: entries.length })}
        {need !== null && medium !== 'digital' ? ` – ${t('catalogue.analogNoNeeds')}` : ''}
      </p>
      {entries.length === 0 ? (
        <Empty>{t('catalogue.none')}</Empty>
      ) : (
        <ul className="catalogue-grid">
          {entries.map((entry) => (
            <CatalogueEntry
              key={entry.item.key}
              entry={entry}
              needCategories={needCategories}
              highlightNeed={need}
              onMap={onMap.has(entry.item.key)}
              canEdit={canEdit}
              adding={adding !== null}
              onAdd={add}
            />
          ))}
        </ul>
      )}
      <section aria-labelledby="dos-title">
        <h2 id="dos-title">{t('catalogue.dosAndDonts')}</h2>
        <ul className="dos">
          {dosAndDonts.map((d, i) => (
            <li key={i} className={d.kind}>
              <strong>{d.kind === 'do' ? `✓ ${t('catalogue.do')}` : `✗ ${t('catalogue.dont')}`}:</strong>{' '}
              {en ? d.textEn : d.textDe}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
