import { useId, useState, type FormEvent } from 'react';
import type { ProfileDetail } from '../../../../src/contract/profiles';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { useCustomersT } from './messages';
import { useMergeProfile } from './useProfileActions';
import { useProfiles } from './useProfiles';

/** Editors pick another profile of the same person and, after confirming, merge it into this one. */
export function MergePanel({ workspaceId, profile }: { workspaceId: string; profile: ProfileDetail }) {
  const t = useCustomersT();
  const toast = useToast();
  const { errors, fail, clear } = useFormErrors();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [otherId, setOtherId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const candidates = useProfiles(workspaceId, q, '');
  const merge = useMergeProfile(workspaceId, profile.id);
  const searchId = useId();
  const options = (candidates.data?.pages.flatMap((p) => p.items) ?? []).filter((c) => c.id !== profile.id);
  const label = (c: { name: string; email: string | null; userId: string | null }) =>
    [c.name || t('unnamed'), c.email ?? c.userId].filter(Boolean).join(' · ');
  const other = options.find((c) => c.id === otherId);
  const name = profile.name || profile.email || t('unnamed');

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQ(draft.trim());
  };
  const doMerge = () => {
    clear();
    const otherName = other ? label(other) : otherId;
    merge.mutate(otherId, {
      onSuccess: () => {
        setConfirming(false);
        setOtherId('');
        toast.success(t('merge.done', { other: otherName }));
      },
      onError: (error) => {
        setConfirming(false);
        fail(error);
      },
    });
  };

  return (
    <section className="panel" aria-labelledby="merge-title">
      <h2 id="merge-title">{t('merge.title')}</h2>
      <p className="hint">{t('merge.intro')}</p>
      <form className="row" onSubmit={search}>
        <label htmlFor={searchId}>{t('merge.search')}</label>
        <input id={searchId} type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="button">
          {t('submitSearch')}
        </button>
      </form>
      <Field label={t('merge.pick')} error={errors.otherProfileId}>
        {(props) => (
          <select {...props} value={otherId} onChange={(e) => setOtherId(e.target.value)}>
            <option value="">{t('merge.choose')}</option>
            {options.map((c) => (
              <option key={c.id} value={c.id}>
                {label(c)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="button" className="button" disabled={!otherId} onClick={() => setConfirming(true)}>
        {t('merge.submit')}
      </button>
      <Dialog open={confirming} title={t('merge.confirmTitle')} onClose={() => setConfirming(false)}>
        <p>{t('merge.confirmText', { other: other ? label(other) : otherId, name })}</p>
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={merge.isPending}
            onClick={doMerge}
          >
            {t('merge.confirm')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('merge.cancel')}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
