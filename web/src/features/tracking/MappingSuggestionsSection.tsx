import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MappingSuggestion } from '../../../../src/contract/mapping';
import { QueryContent } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { useTouchpoints } from '../touchpoints/useTouchpoints';
import { useApplyRule, useApplyRun, useMappingSuggestions } from './mappingSuggestionQueries';
import { useTrackingT } from './messages';
import { useCreateMappingRule } from './trackingQueries';

/** A rule made from a suggestion on this screen: it stays listed with its "apply" button. */
interface Created {
  key: string;
  ruleId: string;
  conditions: string;
  touchpointName: string;
}

/**
 * Rules suggested from the unmapped events of the last 30 days. Editors create one with a click
 * (changing the touchpoint first if the suggestion is not right) and then apply it to the events
 * stored before it, watching the progress.
 */
export function MappingSuggestionsSection({
  workspaceId,
  canEdit,
}: {
  workspaceId: string;
  canEdit: boolean;
}) {
  const t = useTrackingT();
  const suggestions = useMappingSuggestions(workspaceId);
  const [created, setCreated] = useState<Created[]>([]);
  const done = new Set(created.map((c) => c.key));
  return (
    <section className="panel" aria-labelledby="suggestions-title" data-testid="mapping-suggestions">
      <h2 id="suggestions-title">{t('suggestions.title')}</h2>
      <p className="hint">{t('suggestions.intro')}</p>
      {created.length > 0 && (
        <ul className="plain-list tr-suggestions">
          {created.map((c) => (
            <CreatedRule key={c.ruleId} workspaceId={workspaceId} rule={c} />
          ))}
        </ul>
      )}
      <QueryContent query={suggestions} empty={t('suggestions.none')}>
        {(data) => {
          const open = data.suggestions.filter((s) => !done.has(s.key));
          return open.length === 0 ? (
            <p className="hint">{t('suggestions.none')}</p>
          ) : (
            <ul className="plain-list tr-suggestions">
              {open.map((s) => (
                <SuggestionRow
                  key={s.key}
                  workspaceId={workspaceId}
                  suggestion={s}
                  canEdit={canEdit}
                  onCreated={(c) => setCreated((list) => [...list, c])}
                />
              ))}
            </ul>
          );
        }}
      </QueryContent>
    </section>
  );
}

function useConditionText() {
  const t = useTrackingT();
  return (s: MappingSuggestion) =>
    [
      s.conditions.urlPattern !== undefined && `${t('rules.urlPattern')} ~ ${s.conditions.urlPattern}`,
      s.conditions.utmSource !== undefined && `utm_source ~ ${s.conditions.utmSource}`,
      s.conditions.utmMedium !== undefined && `utm_medium ~ ${s.conditions.utmMedium}`,
      s.conditions.channel !== undefined && `${t('rules.channel')} ~ ${s.conditions.channel}`,
    ]
      .filter(Boolean)
      .join(', ');
}

function SuggestionRow({
  workspaceId,
  suggestion: s,
  canEdit,
  onCreated,
}: {
  workspaceId: string;
  suggestion: MappingSuggestion;
  canEdit: boolean;
  onCreated: (c: Created) => void;
}) {
  const t = useTrackingT();
  const { t: shellT } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const conditionText = useConditionText();
  const touchpoints = useTouchpoints(workspaceId, false);
  const create = useCreateMappingRule(workspaceId);
  const [touchpointId, setTouchpointId] = useState(s.touchpointId ?? '');
  const selectId = useId();
  const text = conditionText(s);
  const submit = () => {
    if (!touchpointId) {
      toast.error(t('suggestions.chooseFirst'));
      return;
    }
    create.mutate(
      { touchpointId, ...s.conditions, ...(s.position !== null && { position: s.position }) },
      {
        onSuccess: (rule) => {
          const name = touchpoints.data?.find((tp) => tp.id === rule.touchpointId)?.name ?? '';
          toast.success(t('rules.added', { name }));
          onCreated({ key: s.key, ruleId: rule.id, conditions: text, touchpointName: name });
        },
        onError: (error) => toast.error(errorMessage(shellT, error)),
      },
    );
  };
  return (
    <li className="tr-suggestion" data-testid="mapping-suggestion">
      <div>
        <code>{text}</code>
        <div className="hint">
          {t('suggestions.covers', { events: format.plain(s.events), people: format.plain(s.people) })}
        </div>
      </div>
      {canEdit ? (
        <div className="row">
          <label htmlFor={selectId} className="visually-hidden">
            {t('suggestions.touchpointFor', { rule: text })}
          </label>
          <select id={selectId} value={touchpointId} onChange={(e) => setTouchpointId(e.target.value)}>
            <option value="">{t('rules.choose')}</option>
            {(touchpoints.data ?? []).map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-small button-primary"
            disabled={create.isPending}
            aria-label={t('suggestions.createFor', { rule: text })}
            onClick={submit}
          >
            {t('suggestions.create')}
          </button>
        </div>
      ) : (
        <div>{s.touchpointName ?? '–'}</div>
      )}
    </li>
  );
}

function CreatedRule({ workspaceId, rule }: { workspaceId: string; rule: Created }) {
  const t = useTrackingT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const apply = useApplyRule(workspaceId);
  const [runId, setRunId] = useState<string>();
  return (
    <li className="tr-suggestion" data-testid="created-rule">
      <div>
        <code>{rule.conditions}</code>
        <div className="hint">{t('suggestions.created', { name: rule.touchpointName })}</div>
      </div>
      {runId ? (
        <ApplyProgress workspaceId={workspaceId} runId={runId} />
      ) : (
        <button
          type="button"
          className="button button-small"
          disabled={apply.isPending}
          onClick={() =>
            apply.mutate(rule.ruleId, {
              onSuccess: (run) => setRunId(run.id),
              onError: (error) => toast.error(errorMessage(shellT, error)),
            })
          }
        >
          {t('suggestions.apply')}
        </button>
      )}
    </li>
  );
}

function ApplyProgress({ workspaceId, runId }: { workspaceId: string; runId: string }) {
  const t = useTrackingT();
  const format = useFormat();
  const run = useApplyRun(workspaceId, runId);
  const r = run.data;
  if (!r) return null;
  const counts = { done: format.plain(r.done), total: format.plain(r.total), mapped: format.plain(r.mapped) };
  return (
    <div className="tr-progress" role="status">
      <progress value={r.done} max={Math.max(r.total, 1)} aria-label={t('suggestions.progressLabel')} />
      <span>
        {r.status === 'running'
          ? t('suggestions.running', counts)
          : r.status === 'done'
            ? t('suggestions.applied', counts)
            : t('suggestions.failed', { error: r.error ?? '' })}
      </span>
    </div>
  );
}
