import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { aidalaPhaseKeySchema, type AidalaPhaseKey } from '../../../../src/core/model';
import { Dialog } from '../../components/Dialog';
import { LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useCatalogue } from '../catalogue/useCatalogue';
import { useCreateFromCatalogue } from '../touchpoints/useCreateFromCatalogue';

interface Props {
  open: boolean;
  onClose: () => void;
  workspaceId: string;
  /** The map's persona filter, chosen from the start. */
  persona: { id: string; name: string } | null;
  /** All personas, so the cards can be assigned without setting the map's filter first. */
  personas: { id: string; name: string }[];
  /** Catalogue keys already on the map. */
  onMap: ReadonlySet<string>;
}

interface Entry {
  key: string;
  name: string;
  text: string;
  phases: AidalaPhaseKey[];
}

/** Picks catalogue entries for the map; stays open so a workshop can add several in a row. */
export function AddFromCatalogueDialog({ open, onClose, workspaceId, persona, personas, onMap }: Props) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const catalogue = useCatalogue();
  const create = useCreateFromCatalogue(workspaceId);
  const [phase, setPhase] = useState<AidalaPhaseKey | ''>('');
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<string | null>(null);
  const [personaId, setPersonaId] = useState(persona?.id ?? '');
  const personaSelectId = useId();
  const phaseId = useId();
  const searchId = useId();
  const en = i18n.language === 'en';

  const groups = useMemo(() => {
    if (!catalogue.data) return null;
    const q = query.trim().toLowerCase();
    const keep = (e: Entry) =>
      (!phase || e.phases.includes(phase)) &&
      (!q || e.name.toLowerCase().includes(q) || e.text.toLowerCase().includes(q));
    const digital: Entry[] = catalogue.data.digitalInterfaces.map((d) => ({
      key: d.key,
      name: en ? d.nameEn : d.name,
      text: en ? d.definitionEn : d.definitionDe,
      phases: d.phases,
    }));
    const analog: Entry[] = catalogue.data.analogTouchpoints.map((a) => ({
      key: a.key,
      name: en ? a.nameEn : a.nameDe,
      text: en ? a.descriptionEn : a.descriptionDe,
      phases: a.phases,
    }));
    return [
      { title: t('catalogueDialog.digital'), entries: digital.filter(keep) },
      { title: t('catalogueDialog.analog'), entries: analog.filter(keep) },
    ];
  }, [catalogue.data, query, phase, en, t]);

  const add = (entry: Entry) => {
    setPending(entry.key);
    create.mutate(
      { catalogueKey: entry.key, ...(personaId && { personaIds: [personaId] }) },
      {
        onSuccess: (tp) => toast.success(t('catalogueDialog.added', { name: tp.name })),
        onError: (error) => toast.error(errorMessage(t, error)),
        onSettled: () => setPending(null),
      },
    );
  };

  return (
    <Dialog open={open} onClose={onClose} title={t('catalogueDialog.title')} wide>
      <p>{t('catalogueDialog.intro')}</p>
      <div className="filters">
        {personas.length > 0 && (
          <div className="field">
            <label htmlFor={personaSelectId}>{t('catalogueDialog.persona')}</label>
            <select id={personaSelectId} value={personaId} onChange={(e) => setPersonaId(e.target.value)}>
              <option value="">{t('catalogueDialog.noPersona')}</option>
              {personas.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={phaseId}>{t('catalogueDialog.phaseFilter')}</label>
          <select
            id={phaseId}
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
          <label htmlFor={searchId}>{t('catalogueDialog.search')}</label>
          <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
      </div>
      {catalogue.isPending && <Loading />}
      {catalogue.isError && <LoadError error={catalogue.error} onRetry={() => void catalogue.refetch()} />}
      {groups?.map((group) => (
        <section key={group.title} className="catalogue-pick">
          <h3>
            {group.title} <span className="muted">({group.entries.length})</span>
          </h3>
          {group.entries.length === 0 ? (
            <p className="empty">{t('catalogueDialog.none')}</p>
          ) : (
            <ul className="pick-list">
              {group.entries.map((entry) => (
                <li key={entry.key} className="pick-item" data-testid="catalogue-entry">
                  <div className="pick-text">
                    <strong>{entry.name}</strong>
                    {onMap.has(entry.key) && (
                      <span className="badge badge-soft">✓ {t('catalogueDialog.onMap')}</span>
                    )}
                    <p className="pick-phases">{entry.phases.map((p) => t(`aidala.${p}`)).join(' · ')}</p>
                  </div>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={pending !== null}
                    aria-label={t('catalogueDialog.addNamed', { name: entry.name })}
                    onClick={() => add(entry)}
                  >
                    {pending === entry.key ? t('common.saving') : `+ ${t('common.add')}`}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </Dialog>
  );
}
