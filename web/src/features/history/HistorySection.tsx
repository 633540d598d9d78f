import { useTranslation } from 'react-i18next';
import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { usePersonas } from '../personas/usePersonas';
import { useWorkspace } from '../workspace/useWorkspace';
import { describeHistoryEntry, type EnumGroup, type HistoryWords } from './describeHistoryEntry';
import { useHistoryT } from './messages';
import { useTouchpointHistory } from './useTouchpointHistory';

/** Who changed what on a touchpoint, and when: each change from its old to its new value. */
export function HistorySection({ workspaceId, touchpointId }: { workspaceId: string; touchpointId: string }) {
  const { t, i18n } = useTranslation();
  const ht = useHistoryT();
  const format = useFormat();
  const history = useTouchpointHistory(workspaceId, touchpointId);
  const workspace = useWorkspace(workspaceId);
  const personas = usePersonas(workspaceId);
  const lang = i18n.language === 'en' ? 'en' : 'de';
  const names = new Map<string, string>([
    ...(workspace.data?.journeyModel.phases ?? []).map(
      (p) => [p.id, lang === 'en' ? p.nameEn : p.nameDe] as const,
    ),
    ...(personas.data ?? []).map((p) => [p.id, p.name] as const),
  ]);
  const words: HistoryWords = {
    t: ht,
    lang,
    nameOf: (id) => names.get(id),
    enumLabel: (group: EnumGroup, value: string) => String(t(`${group}.${value}` as never)),
  };
  return (
    <section className="panel" aria-labelledby="sec-history">
      <h2 id="sec-history">{t('detail.sections.history')}</h2>
      <QueryContent query={history} empty={t('history.none')}>
        {(data) => (
          <ol className="plain-list" data-testid="history">
            {data.map((entry) => {
              const { title, lines } = describeHistoryEntry(entry, words);
              return (
                <li key={entry.id} data-testid="history-entry">
                  <strong>{title}</strong>{' '}
                  <span className="muted">
                    {entry.actor} · {format.dateTime(entry.at)}
                  </span>
                  {lines.length > 0 && (
                    <ul className="history-changes">
                      {lines.map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </QueryContent>
    </section>
  );
}
