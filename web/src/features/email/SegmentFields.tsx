import type { Segment } from '../../../../src/contract/email';
import { Field, FieldSet } from '../../components/Field';
import { useCompanies } from '../customers/useCompanies';
import { useSegments } from '../segments/useSegments';
import { useEmailT } from './messages';

type Kind = Segment['kind'];

/** Who receives the mailing: everyone, some companies, or profiles with a trait. */
export function SegmentFields({
  workspaceId,
  segment,
  onChange,
  error,
}: {
  workspaceId: string;
  segment: Segment;
  onChange: (segment: Segment) => void;
  error?: string | undefined;
}) {
  const t = useEmailT();
  const companies = useCompanies(workspaceId);
  const saved = useSegments(workspaceId);
  const choose = (kind: Kind) => {
    if (kind === 'all') onChange({ kind: 'all' });
    else if (kind === 'company') onChange({ kind: 'company', companyIds: [] });
    else if (kind === 'trait') onChange({ kind: 'trait', key: '', value: '' });
    else if (kind === 'saved') onChange({ kind: 'saved', segmentId: saved.data?.[0]?.id ?? '' });
  };
  const kinds: Kind[] =
    segment.kind === 'profiles'
      ? ['all', 'company', 'trait', 'saved', 'profiles']
      : ['all', 'company', 'trait', 'saved'];
  return (
    <FieldSet legend={t('editor.segment')} error={error}>
      {kinds.map((kind) => (
        <label key={kind} className="checkbox">
          <input
            type="radio"
            name="segment-kind"
            checked={segment.kind === kind}
            disabled={kind === 'profiles'}
            onChange={() => choose(kind)}
          />{' '}
          {kind === 'profiles' && segment.kind === 'profiles'
            ? t('editor.profilesSegment', { count: segment.profileIds.length })
            : kind !== 'profiles' && t(`editor.segments.${kind}`)}
        </label>
      ))}
      {segment.kind === 'saved' && (
        <Field label={t('editor.segments.saved')}>
          {(props) => (
            <select
              {...props}
              value={segment.segmentId}
              onChange={(e) => onChange({ kind: 'saved', segmentId: e.target.value })}
            >
              {(saved.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.memberCount})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {segment.kind === 'company' && (
        <Field label={t('editor.companies')}>
          {(props) => (
            <select
              {...props}
              multiple
              size={Math.min(6, Math.max(2, companies.data?.length ?? 2))}
              value={segment.companyIds}
              onChange={(e) =>
                onChange({ kind: 'company', companyIds: [...e.target.selectedOptions].map((o) => o.value) })
              }
            >
              {(companies.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {segment.kind === 'trait' && (
        <div className="row">
          <Field label={t('editor.traitKey')}>
            {(props) => (
              <input
                {...props}
                value={segment.key}
                onChange={(e) => onChange({ ...segment, key: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('editor.traitValue')}>
            {(props) => (
              <input
                {...props}
                value={segment.value}
                onChange={(e) => onChange({ ...segment, value: e.target.value })}
              />
            )}
          </Field>
        </div>
      )}
    </FieldSet>
  );
}
