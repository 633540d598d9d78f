import {
  MAX_SEGMENT_DEPTH,
  isGroup,
  type SegmentGroup,
  type SegmentNode,
} from '../../../../src/core/segments';
import type { FieldErrors } from '../../api/fieldErrors';
import { ConditionEditor, newCondition } from './ConditionEditor';
import { useSegmentsT } from './messages';

interface Props {
  group: Pick<SegmentGroup, 'kind' | 'conditions'>;
  /** `definition` for the root, `definition.conditions.2` for a nested group (as the API names fields). */
  path: string;
  depth: number;
  errors: FieldErrors;
  onChange: (group: Pick<SegmentGroup, 'kind' | 'conditions'>) => void;
  onRemove?: () => void;
}

/** The complaints about one condition, from the preview's answer. */
function errorAt(errors: FieldErrors, path: string): string | undefined {
  const found = Object.entries(errors).filter(([field]) => field === path || field.startsWith(`${path}.`));
  return found.length
    ? found.map(([field, message]) => `${field.slice(path.length + 1) || ''} ${message}`.trim()).join('; ')
    : undefined;
}

/** A group of the builder: all / any / none of its conditions, and nested groups down to the depth limit. */
export function GroupEditor({ group, path, depth, errors, onChange, onRemove }: Props) {
  const t = useSegmentsT();
  const set = (i: number, node: SegmentNode) =>
    onChange({ ...group, conditions: group.conditions.map((c, j) => (j === i ? node : c)) });
  const remove = (i: number) =>
    onChange({ ...group, conditions: group.conditions.filter((_, j) => j !== i) });
  return (
    <div className={`sg-group sg-depth-${depth}`} data-testid="segment-group">
      <div className="sg-group-head">
        <select
          aria-label={t('builderTitle')}
          value={group.kind}
          onChange={(e) => onChange({ ...group, kind: e.target.value as SegmentGroup['kind'] })}
        >
          {(['all', 'any', 'not'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`match.${k}`)}
            </option>
          ))}
        </select>
        {onRemove && (
          <button type="button" className="button button-small button-ghost" onClick={onRemove}>
            {t('remove')}
          </button>
        )}
      </div>
      {group.conditions.map((node, i) => {
        const at = `${path}.conditions.${i}`;
        return isGroup(node) ? (
          <GroupEditor
            key={i}
            group={node}
            path={at}
            depth={depth + 1}
            errors={errors}
            onChange={(g) => set(i, { ...g })}
            onRemove={() => remove(i)}
          />
        ) : (
          <ConditionEditor
            key={i}
            node={node}
            path={at}
            error={errorAt(errors, at)}
            onChange={(n) => set(i, n)}
            onRemove={() => remove(i)}
          />
        );
      })}
      <div className="sg-group-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => onChange({ ...group, conditions: [...group.conditions, newCondition('event')] })}
        >
          {t('addCondition')}
        </button>
        {depth < MAX_SEGMENT_DEPTH && (
          <button
            type="button"
            className="button button-small"
            onClick={() =>
              onChange({
                ...group,
                conditions: [...group.conditions, { kind: 'any', conditions: [newCondition('trait')] }],
              })
            }
          >
            {t('addGroup')}
          </button>
        )}
      </div>
    </div>
  );
}
