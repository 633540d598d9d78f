import { Field } from '../../components/Field';
import { useSegmentsT } from './messages';
import { useSegments } from './useSegments';

/**
 * The segment filter of an analysis or list: every saved segment, or all profiles (empty value).
 * @example <SegmentSelect workspaceId={ws} value={segment} onChange={setSegment} />
 */
export function SegmentSelect({
  workspaceId,
  value,
  onChange,
}: {
  workspaceId: string;
  value: string;
  onChange: (segmentId: string) => void;
}) {
  const t = useSegmentsT();
  const segments = useSegments(workspaceId);
  return (
    <Field label={t('filter')}>
      {(props) => (
        <select
          {...props}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid="segment-filter"
        >
          <option value="">{t('allProfiles')}</option>
          {(segments.data ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
