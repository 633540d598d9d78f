import {
  accountFields,
  dateOperators,
  emailActions,
  frequencies,
  numberOperators,
  profileDateFields,
  profileFields,
  profileNumberFields,
  textOperators,
  type SegmentCondition,
  type SegmentNode,
  type SegmentOperator,
  type SegmentValue,
} from '../../../../src/core/segments';
import { useSegmentsT } from './messages';

const KINDS = ['trait', 'profile', 'account', 'event', 'email'] as const;

/** A new condition of a kind, with the values a user most often wants. */
export function newCondition(kind: (typeof KINDS)[number]): SegmentCondition {
  switch (kind) {
    case 'trait':
      return { kind, key: '', operator: 'eq', value: '' };
    case 'profile':
      return { kind, field: 'last_seen_at', operator: 'within_days', value: 30 };
    case 'account':
      return { kind, field: 'name', operator: 'contains', value: '' };
    case 'event':
      return {
        kind,
        did: true,
        eventType: 'page_view',
        urlContains: 'pricing',
        frequency: 'at_least',
        times: 1,
        days: 14,
      };
    case 'email':
      return { kind, action: 'opened', lastMailings: 3 };
  }
}

function operatorsOf(c: SegmentCondition): readonly SegmentOperator[] {
  if (c.kind !== 'profile') return textOperators;
  if ((profileNumberFields as readonly string[]).includes(c.field)) return numberOperators;
  if ((profileDateFields as readonly string[]).includes(c.field)) return dateOperators;
  return textOperators;
}

const NUMERIC = new Set<SegmentOperator>(['gt', 'gte', 'lt', 'lte', 'within_days', 'older_than_days']);

/** The typed value of what the user wrote: a list for `in`, a number where one is compared. */
function valueOf(
  text: string,
  op: SegmentOperator,
  numberField: boolean,
  dateField: boolean,
): SegmentValue | undefined {
  if (op === 'exists' || op === 'not_exists') return undefined;
  if (op === 'in')
    return text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const n = Number(text.replace(',', '.'));
  if (
    text.trim() !== '' &&
    Number.isFinite(n) &&
    (numberField || (NUMERIC.has(op) && !(dateField && !op.endsWith('days'))))
  )
    return n;
  return text;
}

const textOf = (v: SegmentValue | undefined) =>
  v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
const intOf = (text: string) => (text === '' ? undefined : Math.max(0, Math.round(Number(text))));

interface Props {
  node: SegmentCondition;
  path: string;
  error?: string | undefined;
  onChange: (node: SegmentNode) => void;
  onRemove: () => void;
}

/** One condition of the builder: its kind and the fields that kind takes, in one wrapping row. */
export function ConditionEditor({ node, path, error, onChange, onRemove }: Props) {
  const t = useSegmentsT();
  const label = (text: string, control: React.ReactNode) => (
    <label className="sg-control">
      <span>{text}</span>
      {control}
    </label>
  );
  const operatorSelect = (
    c: SegmentCondition & { operator: SegmentOperator; value?: SegmentValue | undefined },
  ) => {
    const numberField = c.kind === 'profile' && (profileNumberFields as readonly string[]).includes(c.field);
    const dateField = c.kind === 'profile' && (profileDateFields as readonly string[]).includes(c.field);
    return (
      <>
        {label(
          t('operator'),
          <select
            value={c.operator}
            onChange={(e) => {
              const operator = e.target.value as SegmentOperator;
              onChange({
                ...c,
                operator,
                value: valueOf(textOf(c.value), operator, numberField, dateField),
              } as SegmentCondition);
            }}
          >
            {operatorsOf(c).map((op) => (
              <option key={op} value={op}>
                {t(`operators.${op}`)}
              </option>
            ))}
          </select>,
        )}
        {c.operator !== 'exists' &&
          c.operator !== 'not_exists' &&
          label(
            t('value'),
            <input
              value={textOf(c.value)}
              maxLength={500}
              type={dateField && !c.operator.endsWith('days') ? 'date' : 'text'}
              title={t('valueHint')}
              onChange={(e) =>
                onChange({
                  ...c,
                  value: valueOf(e.target.value, c.operator, numberField, dateField),
                } as SegmentCondition)
              }
            />,
          )}
      </>
    );
  };

  let fields: React.ReactNode;
  switch (node.kind) {
    case 'trait':
      fields = (
        <>
          {label(
            t('key'),
            <input
              value={node.key}
              maxLength={100}
              onChange={(e) => onChange({ ...node, key: e.target.value })}
            />,
          )}
          {operatorSelect(node)}
        </>
      );
      break;
    case 'profile':
      fields = (
        <>
          {label(
            t('field'),
            <select
              value={node.field}
              onChange={(e) => {
                const field = e.target.value as (typeof profileFields)[number];
                const next: SegmentCondition = { ...node, field };
                const ops = operatorsOf(next);
                onChange(
                  ops.includes(node.operator) ? next : { ...next, operator: ops[0] ?? 'eq', value: '' },
                );
              }}
            >
              {profileFields.map((f) => (
                <option key={f} value={f}>
                  {t(`profileFields.${f}`)}
                </option>
              ))}
            </select>,
          )}
          {operatorSelect(node)}
        </>
      );
      break;
    case 'account':
      fields = (
        <>
          {label(
            t('field'),
            <select
              value={node.field}
              onChange={(e) => {
                const field = e.target.value as (typeof accountFields)[number];
                onChange({ ...node, field, key: field === 'property' ? (node.key ?? '') : undefined });
              }}
            >
              {accountFields.map((f) => (
                <option key={f} value={f}>
                  {t(`accountFields.${f}`)}
                </option>
              ))}
            </select>,
          )}
          {node.field === 'property' &&
            label(
              t('key'),
              <input
                value={node.key ?? ''}
                maxLength={100}
                onChange={(e) => onChange({ ...node, key: e.target.value })}
              />,
            )}
          {operatorSelect(node)}
        </>
      );
      break;
    case 'event':
      fields = (
        <>
          {label(
            '',
            <select
              value={String(node.did)}
              onChange={(e) => onChange({ ...node, did: e.target.value === 'true' })}
            >
              <option value="true">{t('did.true')}</option>
              <option value="false">{t('did.false')}</option>
            </select>,
          )}
          {label(
            t('eventType'),
            <input
              value={node.eventType ?? ''}
              maxLength={100}
              onChange={(e) => onChange({ ...node, eventType: e.target.value || undefined })}
            />,
          )}
          {label(
            t('urlContains'),
            <input
              value={node.urlContains ?? ''}
              maxLength={500}
              onChange={(e) => onChange({ ...node, urlContains: e.target.value || undefined })}
            />,
          )}
          {label(
            t('frequencyLabel'),
            <select
              value={node.frequency}
              onChange={(e) =>
                onChange({ ...node, frequency: e.target.value as (typeof frequencies)[number] })
              }
            >
              {frequencies.map((f) => (
                <option key={f} value={f}>
                  {t(`frequency.${f}`)}
                </option>
              ))}
            </select>,
          )}
          {label(
            t('times'),
            <input
              type="number"
              min={0}
              max={10000}
              value={node.times}
              onChange={(e) => onChange({ ...node, times: intOf(e.target.value) ?? 0 })}
            />,
          )}
          {label(
            t('days'),
            <input
              type="number"
              min={1}
              max={3660}
              value={node.days ?? ''}
              onChange={(e) => onChange({ ...node, days: intOf(e.target.value) })}
            />,
          )}
        </>
      );
      break;
    case 'email':
      fields = (
        <>
          {label(
            '',
            <select
              value={node.action}
              onChange={(e) => {
                const action = e.target.value as (typeof emailActions)[number];
                onChange(
                  action === 'unsubscribed'
                    ? { kind: 'email', action }
                    : { ...node, action, lastMailings: node.lastMailings ?? 3 },
                );
              }}
            >
              {emailActions.map((a) => (
                <option key={a} value={a}>
                  {t(`emailAction.${a}`)}
                </option>
              ))}
            </select>,
          )}
          {node.action !== 'unsubscribed' &&
            label(
              t('lastMailings'),
              <input
                type="number"
                min={1}
                max={50}
                value={node.lastMailings ?? 1}
                onChange={(e) => onChange({ ...node, lastMailings: intOf(e.target.value) })}
              />,
            )}
        </>
      );
      break;
  }

  return (
    <div
      className={`sg-condition${error ? ' field-invalid' : ''}`}
      data-testid="segment-condition"
      data-path={path}
    >
      {label(
        t('kind'),
        <select
          value={node.kind}
          onChange={(e) => onChange(newCondition(e.target.value as (typeof KINDS)[number]))}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>,
      )}
      {fields}
      <button type="button" className="button button-small button-ghost sg-remove" onClick={onRemove}>
        {t('remove')}
      </button>
      {error && (
        <p className="field-error" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
