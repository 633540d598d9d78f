import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  eventTypes,
  mappingRulePatternKeys,
  type MappingRule,
  type MappingRuleInput,
} from '../../../../src/contract/events';
import { Field, FieldSet } from '../../components/Field';
import { QueryContent } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { errorMessage } from '../../i18n/errorMessage';
import { useEventTypeLabel } from '../../i18n/useEventTypeLabel';
import { useTouchpoints } from '../touchpoints/useTouchpoints';
import { useTrackingT } from './messages';
import { useCreateMappingRule, useDeleteMappingRule, useMappingRules } from './trackingQueries';

const PATTERNS = mappingRulePatternKeys;
type PatternKey = (typeof PATTERNS)[number];
const emptyPatterns = Object.fromEntries(PATTERNS.map((k) => [k, ''])) as Record<PatternKey, string>;

/** What a condition says, and for an event type the key the tracker sends. */
interface Condition {
  text: string;
  key?: string;
}

/**
 * Mapping rules: list by position, add (touchpoint + at least one condition), delete. Editors only
 * change. Positions are shown counting from 1; the API counts from 0.
 */
export function MappingRulesSection({ workspaceId, canEdit }: { workspaceId: string; canEdit: boolean }) {
  const t = useTrackingT();
  const { t: shellT } = useTranslation();
  const eventTypeLabel = useEventTypeLabel();
  const toast = useToast();
  const rules = useMappingRules(workspaceId);
  const touchpoints = useTouchpoints(workspaceId, true);
  const create = useCreateMappingRule(workspaceId);
  const remove = useDeleteMappingRule(workspaceId);
  const { errors, fail, clear } = useFormErrors();
  const [positionError, setPositionError] = useState<string>();
  const [touchpointId, setTouchpointId] = useState('');
  const [position, setPosition] = useState('');
  const [eventType, setEventType] = useState('');
  const [patterns, setPatterns] = useState(emptyPatterns);
  // Retired touchpoints stay in the list so existing rules that point at them keep their names.
  const names = new Map((touchpoints.data ?? []).map((tp) => [tp.id, tp.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const activeTouchpoints = (touchpoints.data ?? []).filter((tp) => tp.retiredAt === null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    setPositionError(undefined);
    const input: MappingRuleInput = { touchpointId };
    if (position.trim() !== '') {
      const shown = Number(position);
      if (!Number.isInteger(shown) || shown < 1) {
        setPositionError(t('rules.positionMin'));
        return;
      }
      input.position = shown - 1;
    }
    if (eventType) input.eventType = eventType as MappingRuleInput['eventType'];
    for (const key of PATTERNS) if (patterns[key].trim()) input[key] = patterns[key].trim();
    create.mutate(input, {
      onSuccess: (rule) => {
        setPatterns(emptyPatterns);
        setEventType('');
        setPosition('');
        toast.success(t('rules.added', { name: nameOf(rule.touchpointId) }));
      },
      onError: fail,
    });
  };
  const onDelete = (rule: MappingRule) => {
    const name = nameOf(rule.touchpointId);
    if (!window.confirm(t('rules.confirmDelete', { position: rule.position + 1, name }))) return;
    remove.mutate(rule.id, {
      onSuccess: () => toast.success(t('rules.deleted')),
      onError: (error) => toast.error(errorMessage(shellT, error)),
    });
  };
  const conditions = (r: MappingRule): Condition[] => [
    ...(r.eventType
      ? [{ text: `${t('rules.eventType')} = ${eventTypeLabel(r.eventType)}`, key: r.eventType }]
      : []),
    ...PATTERNS.flatMap((k) => {
      const value = r[k];
      return value ? [{ text: `${t(`rules.${k}`)} ~ ${value}` }] : [];
    }),
  ];

  return (
    <section className="panel" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('rules.title')}</h2>
      <p className="hint">{t('rules.intro')}</p>
      <QueryContent query={rules} empty={t('rules.none')}>
        {(data) => (
          <table className="table" data-testid="mapping-rules">
            <thead>
              <tr>
                <th scope="col">{t('rules.position')}</th>
                <th scope="col">{t('rules.touchpoint')}</th>
                <th scope="col">{t('rules.conditions')}</th>
                {canEdit && (
                  <th scope="col">
                    <span className="visually-hidden">{t('rules.delete')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {[...data]
                .sort((a, b) => a.position - b.position)
                .map((r) => (
                  <tr key={r.id} data-testid="mapping-rule">
                    <td>{r.position + 1}</td>
                    <th scope="row">{nameOf(r.touchpointId)}</th>
                    <td>
                      <ul className="plain-list">
                        {conditions(r).map((c) =>
                          c.key ? (
                            <li key={c.text} title={c.key}>
                              {c.text}
                            </li>
                          ) : (
                            <li key={c.text}>
                              <code>{c.text}</code>
                            </li>
                          ),
                        )}
                      </ul>
                    </td>
                    {canEdit && (
                      <td>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          aria-label={t('rules.deleteNamed', {
                            position: r.position + 1,
                            name: nameOf(r.touchpointId),
                          })}
                          onClick={() => onDelete(r)}
                        >
                          {t('rules.delete')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </QueryContent>
      {canEdit ? (
        <form onSubmit={submit} noValidate data-testid="rule-form">
          <FieldSet legend={t('rules.add')}>
            <div className="form-grid">
              <Field label={t('rules.touchpoint')} error={errors.touchpointId}>
                {(props) => (
                  <select
                    {...props}
                    required
                    value={touchpointId}
                    onChange={(e) => setTouchpointId(e.target.value)}
                  >
                    <option value="">{t('rules.choose')}</option>
                    {activeTouchpoints.map((tp) => (
                      <option key={tp.id} value={tp.id}>
                        {tp.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('rules.position')} error={positionError ?? errors.position}>
                {(props) => (
                  <input
                    {...props}
                    type="number"
                    min={1}
                    value={position}
                    onChange={(e) => setPosition(e.target.value)}
                  />
                )}
              </Field>
              <Field label={t('rules.eventType')} error={errors.eventType}>
                {(props) => (
                  <select {...props} value={eventType} onChange={(e) => setEventType(e.target.value)}>
                    <option value="">{t('rules.anyType')}</option>
                    {eventTypes.map((type) => (
                      <option key={type} value={type} title={type}>
                        {eventTypeLabel(type)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {PATTERNS.map((key) => (
                <Field key={key} label={t(`rules.${key}`)} error={errors[key]}>
                  {(props) => (
                    <input
                      {...props}
                      value={patterns[key]}
                      onChange={(e) => setPatterns({ ...patterns, [key]: e.target.value })}
                    />
                  )}
                </Field>
              ))}
            </div>
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={create.isPending}>
                {t('rules.add')}
              </button>
            </div>
          </FieldSet>
        </form>
      ) : (
        <p>{t('rules.viewerHint')}</p>
      )}
    </section>
  );
}
