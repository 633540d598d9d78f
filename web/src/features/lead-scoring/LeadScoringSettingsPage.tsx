import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { eventTypes } from '../../../../src/core/events/eventVocabulary';
import {
  conditionOperators,
  type ScoringRule,
  type ScoringRuleInput,
} from '../../../../src/contract/scoring';
import { LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { StageSettings } from '../lifecycle/StageSettings';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import './leads.css';
import { useLeadsT, type LeadsT } from './messages';
import { useLeads, usePredictive, usePreview, useRuleMutations, useRules } from './useLeadScoring';

function decayText(t: LeadsT, rule: ScoringRule) {
  return rule.decay.kind === 'none'
    ? t('settings.decay.none')
    : t(`settings.decay.${rule.decay.kind}`, { days: rule.decay.days });
}

function conditionText(t: LeadsT, rule: ScoringRule) {
  const parts = rule.conditions.map(
    (c) =>
      `${c.field} ${t(`settings.operators.${c.operator}`)} ${Array.isArray(c.value) ? c.value.join(', ') : (c.value ?? '')}`,
  );
  if (rule.kind === 'engagement') {
    parts.unshift(rule.eventType ?? t('settings.anyEvent'));
    if (rule.urlContains) parts.push(`URL ∋ ${rule.urlContains}`);
  }
  return parts.join(' · ');
}

const emptyForm = {
  kind: 'engagement' as 'fit' | 'engagement',
  name: '',
  points: '10',
  field: '',
  operator: 'equals' as (typeof conditionOperators)[number],
  value: '',
  eventType: '',
  urlContains: '',
  cap: '',
  decayKind: 'half_life' as 'none' | 'half_life' | 'linear',
  decayDays: '30',
};

function inputOf(f: typeof emptyForm): ScoringRuleInput {
  const condition = f.field.trim()
    ? [{ field: f.field.trim(), operator: f.operator, value: f.operator === 'exists' ? null : f.value }]
    : [];
  const base = { name: f.name, points: Number(f.points), conditions: condition, active: true, position: 0 };
  if (f.kind === 'fit')
    return {
      ...base,
      kind: 'fit',
      eventType: null,
      eventName: null,
      touchpointId: null,
      urlContains: null,
      cap: null,
      decay: { kind: 'none' },
    };
  return {
    ...base,
    kind: 'engagement',
    eventType: (eventTypes as readonly string[]).includes(f.eventType)
      ? (f.eventType as (typeof eventTypes)[number])
      : null,
    eventName: null,
    touchpointId: null,
    urlContains: f.urlContains.trim() || null,
    cap: f.cap.trim() ? Number(f.cap) : null,
    decay: f.decayKind === 'none' ? { kind: 'none' } : { kind: f.decayKind, days: Number(f.decayDays) },
  };
}

/** "Lead-Scoring" settings: rules with points and decay, a preview on a chosen person, stages, the predictive score. */
export function LeadScoringSettingsPage() {
  const t = useLeadsT();
  const { t: shellT } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const { workspaceId, role, canEdit } = useCurrentWorkspace();
  const isOwner = role === 'owner';
  const rules = useRules(workspaceId);
  const mutations = useRuleMutations(workspaceId);
  const leads = useLeads(workspaceId, { stage: '', minScore: '' });
  const people = leads.data?.pages.flatMap((p) => p.items) ?? [];
  const [previewId, setPreviewId] = useState('');
  const preview = usePreview(workspaceId, canEdit ? previewId : '');
  const predictive = usePredictive(workspaceId);
  const [form, setForm] = useState(emptyForm);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutations.create.mutate(inputOf(form), {
      onSuccess: () => {
        toast.success(t('settings.saved'));
        setForm(emptyForm);
      },
      onError: (error) => toast.error(errorMessage(shellT, error)),
    });
  };
  const p = predictive.status.data;
  return (
    <section className="page" aria-labelledby="scoring-title">
      <p>
        <Link to="/leads">{t('settings.back')}</Link>
      </p>
      <h1 id="scoring-title">{t('settings.title')}</h1>
      <p className="hint">{t('settings.intro')}</p>
      <section className="panel" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('settings.rules')}</h2>
        {rules.isPending ? (
          <Loading />
        ) : rules.isError ? (
          <LoadError error={rules.error} onRetry={() => void rules.refetch()} />
        ) : rules.data.length === 0 ? (
          <p className="hint">{t('settings.noRules')}</p>
        ) : (
          <div className="ls-scroll">
            <table className="table" data-testid="scoring-rules">
              <thead>
                <tr>
                  <th>{t('settings.columns.name')}</th>
                  <th>{t('settings.columns.kind')}</th>
                  <th>{t('settings.columns.what')}</th>
                  <th className="num">{t('settings.columns.points')}</th>
                  <th className="num">{t('settings.columns.cap')}</th>
                  <th>{t('settings.columns.decay')}</th>
                  {isOwner && <th>{t('settings.columns.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {rules.data.map((r) => (
                  <tr key={r.id}>
                    <td>{r.name}</td>
                    <td>{t(`settings.kind.${r.kind}`)}</td>
                    <td>{conditionText(t, r)}</td>
                    <td className={`num ${r.points < 0 ? 'ls-down' : ''}`}>{format.plain(r.points)}</td>
                    <td className="num">{r.cap === null ? '–' : format.plain(r.cap)}</td>
                    <td>{decayText(t, r)}</td>
                    {isOwner && (
                      <td>
                        <button
                          type="button"
                          className="button"
                          aria-label={t('settings.deleteLabel', { name: r.name })}
                          onClick={() => mutations.remove.mutate(r.id)}
                        >
                          {t('settings.delete')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {isOwner ? (
          <form className="ls-form" onSubmit={submit} aria-label={t('settings.add')}>
            <label>
              {t('settings.fields.name')}
              <input
                required
                maxLength={200}
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
              />
            </label>
            <label>
              {t('settings.fields.kind')}
              <select
                value={form.kind}
                onChange={(e) => setForm({ ...form, kind: e.target.value as 'fit' | 'engagement' })}
              >
                <option value="fit">{t('settings.kind.fit')}</option>
                <option value="engagement">{t('settings.kind.engagement')}</option>
              </select>
            </label>
            <label>
              {t('settings.fields.points')}
              <input
                type="number"
                required
                min={-1000}
                max={1000}
                step="any"
                value={form.points}
                onChange={(e) => setForm({ ...form, points: e.target.value })}
              />
            </label>
            {form.kind === 'engagement' && (
              <>
                <label>
                  {t('settings.fields.eventType')}
                  <select
                    value={form.eventType}
                    onChange={(e) => setForm({ ...form, eventType: e.target.value })}
                  >
                    <option value="">{t('settings.anyEvent')}</option>
                    {eventTypes.map((et) => (
                      <option key={et} value={et}>
                        {et}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('settings.fields.urlContains')}
                  <input
                    value={form.urlContains}
                    onChange={(e) => setForm({ ...form, urlContains: e.target.value })}
                  />
                </label>
                <label>
                  {t('settings.fields.cap')}
                  <input
                    type="number"
                    min={0.01}
                    step="any"
                    value={form.cap}
                    onChange={(e) => setForm({ ...form, cap: e.target.value })}
                  />
                </label>
                <label>
                  {t('settings.fields.decayKind')}
                  <select
                    value={form.decayKind}
                    onChange={(e) => setForm({ ...form, decayKind: e.target.value as typeof form.decayKind })}
                  >
                    <option value="none">{t('settings.decay.none')}</option>
                    <option value="half_life">{t('settings.decay.half_life', { days: '…' })}</option>
                    <option value="linear">{t('settings.decay.linear', { days: '…' })}</option>
                  </select>
                </label>
                {form.decayKind !== 'none' && (
                  <label>
                    {t('settings.fields.decayDays')}
                    <input
                      type="number"
                      min={0.1}
                      max={3650}
                      step="any"
                      value={form.decayDays}
                      onChange={(e) => setForm({ ...form, decayDays: e.target.value })}
                    />
                  </label>
                )}
              </>
            )}
            <label>
              {t('settings.fields.field')}
              <input
                value={form.field}
                required={form.kind === 'fit'}
                onChange={(e) => setForm({ ...form, field: e.target.value })}
              />
            </label>
            <label>
              {t('settings.fields.operator')}
              <select
                value={form.operator}
                onChange={(e) => setForm({ ...form, operator: e.target.value as typeof form.operator })}
              >
                {conditionOperators.map((o) => (
                  <option key={o} value={o}>
                    {t(`settings.operators.${o}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('settings.fields.value')}
              <input value={form.value} onChange={(e) => setForm({ ...form, value: e.target.value })} />
            </label>
            <button type="submit" className="button primary" disabled={mutations.create.isPending}>
              {t('settings.add')}
            </button>
          </form>
        ) : (
          <p className="hint">{t('settings.ownersOnly')}</p>
        )}
      </section>
      {canEdit && (
        <section className="panel" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('settings.preview')}</h2>
          {people.length === 0 ? (
            <p className="hint">{t('settings.previewNone')}</p>
          ) : (
            <label className="field-inline">
              {t('settings.previewPick')}
              <select
                value={previewId}
                onChange={(e) => setPreviewId(e.target.value)}
                data-testid="preview-pick"
              >
                <option value="" />
                {people.map((l) => (
                  <option key={l.profileId} value={l.profileId}>
                    {l.name || l.email || l.profileId}
                  </option>
                ))}
              </select>
            </label>
          )}
          {preview.data && (
            <ul className="ls-lines" data-testid="preview-lines">
              <li>
                <strong>Σ</strong>
                <strong>{format.plain(preview.data.total)}</strong>
              </li>
              {preview.data.lines.map((l) => (
                <li key={l.ruleId}>
                  <span>{l.ruleName}</span>
                  <span className={l.points < 0 ? 'neg' : ''}>{format.plain(l.points)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <StageSettings workspaceId={workspaceId} isOwner={isOwner} />
      <section className="panel" aria-labelledby="predictive-title" data-testid="predictive">
        <h2 id="predictive-title">{t('settings.predictive')}</h2>
        <p className="hint">{t('settings.predictiveIntro')}</p>
        {p &&
          (p.status === 'never_trained' ? (
            <p>{t('settings.neverTrained')}</p>
          ) : p.status === 'not_enough_data' ? (
            <p>{t('settings.notEnough', { won: p.won, lost: p.lost, needed: p.needed })}</p>
          ) : (
            <>
              <p>
                {t('settings.trained', {
                  train: p.trainCount ?? 0,
                  heldOut: p.heldOutCount ?? 0,
                  auc: p.auc === null ? '–' : format.number(p.auc, 2),
                })}
              </p>
              <p className="hint">
                {t('settings.calibration')}:{' '}
                {p.calibration
                  .filter((b) => b.count > 0)
                  .map(
                    (b) =>
                      `${format.number((b.meanPredicted ?? 0) * 100, 0)} % / ${format.number((b.observedRate ?? 0) * 100, 0)} % (${b.count})`,
                  )
                  .join(' · ')}
              </p>
            </>
          ))}
        {isOwner && (
          <button
            type="button"
            className="button"
            disabled={predictive.train.isPending}
            onClick={() => predictive.train.mutate()}
          >
            {t('settings.train')}
          </button>
        )}
      </section>
    </section>
  );
}
