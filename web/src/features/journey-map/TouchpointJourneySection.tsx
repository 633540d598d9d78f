import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TouchpointLink } from '../../../../src/contract/touchpointLinks';
import type { Touchpoint } from '../../../../src/contract/touchpoints';
import { journeysOf } from '../../../../src/core/touchpointLinks';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { usePersonas } from '../personas/usePersonas';
import { useTouchpoints } from '../touchpoints/useTouchpoints';
import { useJourneyT } from './journeyMessages';
import './journeyLinks.css';
import { useCreateTouchpointLink } from './useCreateTouchpointLink';
import { useDeleteTouchpointLink } from './useDeleteTouchpointLink';
import { useTouchpointLinks } from './useTouchpointLinks';

interface Props {
  workspaceId: string;
  touchpoint: Touchpoint;
  canEdit: boolean;
}

/**
 * Where a touchpoint leads and where it is reached from, as text: the map's arrows for the keyboard,
 * screen readers and phones, plus the "leads to …" choice that links it to another touchpoint.
 */
export function TouchpointJourneySection({ workspaceId, touchpoint, canEdit }: Props) {
  const { t } = useTranslation();
  const jt = useJourneyT();
  const toast = useToast();
  const links = useTouchpointLinks(workspaceId);
  const touchpoints = useTouchpoints(workspaceId);
  const personas = usePersonas(workspaceId);
  const create = useCreateTouchpointLink(workspaceId);
  const remove = useDeleteTouchpointLink(workspaceId);
  const [target, setTarget] = useState('');
  const [label, setLabel] = useState('');
  const selectId = useId();
  const labelId = useId();

  const nameOf = useMemo(() => {
    const names = new Map((touchpoints.data ?? []).map((tp) => [tp.id, tp.name]));
    return (id: string) => names.get(id) ?? null;
  }, [touchpoints.data]);
  const personaName = (id: string | null) =>
    id === null ? null : (personas.data?.find((p) => p.id === id)?.name ?? null);
  const all = links.data ?? [];
  const outgoing = all.filter((l) => l.fromTouchpointId === touchpoint.id && nameOf(l.toTouchpointId));
  const incoming = all.filter((l) => l.toTouchpointId === touchpoint.id && nameOf(l.fromTouchpointId));
  const inCycle = journeysOf(all).cycles.some((c) => c.includes(touchpoint.id));
  const choices = (touchpoints.data ?? [])
    .filter((tp) => tp.id !== touchpoint.id)
    .sort((a, b) => a.name.localeCompare(b.name));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    create.mutate(
      {
        fromTouchpointId: touchpoint.id,
        toTouchpointId: target,
        ...(label.trim() && { label: label.trim() }),
      },
      {
        onSuccess: () => {
          toast.success(jt('links.created', { from: touchpoint.name, to: nameOf(target) ?? '' }));
          setTarget('');
          setLabel('');
        },
        onError: (error) => toast.error(`${jt('links.failed')} ${errorMessage(t, error)}`),
      },
    );
  };

  const item = (link: TouchpointLink, otherId: string) => {
    const persona = personaName(link.personaId);
    const from = nameOf(link.fromTouchpointId) ?? '';
    const to = nameOf(link.toTouchpointId) ?? '';
    return (
      <li key={link.id} data-testid="journey-link">
        <Link to={`/touchpoints/${otherId}`}>{nameOf(otherId)}</Link>
        {link.label && <span className="muted">({link.label})</span>}
        <span className="badge badge-soft">{persona ?? jt('links.allPersonas')}</span>
        {canEdit && (
          <button
            type="button"
            className="button-icon"
            aria-label={jt('links.remove', { from, to })}
            title={jt('links.remove', { from, to })}
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(link.id, {
                onSuccess: () => toast.success(jt('links.removed')),
                onError: (error) => toast.error(errorMessage(t, error)),
              })
            }
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </li>
    );
  };

  return (
    <section className="panel" aria-labelledby="sec-journey" data-testid="journey-section">
      <h2 id="sec-journey">{jt('links.section')}</h2>
      <p className="muted">{jt('links.sectionIntro')}</p>
      {outgoing.length === 0 && incoming.length === 0 && <p>{jt('links.none')}</p>}
      {outgoing.length > 0 && (
        <>
          <h3>{jt('links.leadsTo')}</h3>
          <ul className="journey-links-list">{outgoing.map((l) => item(l, l.toTouchpointId))}</ul>
        </>
      )}
      {incoming.length > 0 && (
        <>
          <h3>{jt('links.comesFrom')}</h3>
          <ul className="journey-links-list">{incoming.map((l) => item(l, l.fromTouchpointId))}</ul>
        </>
      )}
      {inCycle && <p className="hint">{jt('links.cycle')}</p>}
      {canEdit && (
        <form className="journey-link-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={selectId}>{jt('links.leadsTo')}</label>
            <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">{jt('links.choose')}</option>
              {choices.map((tp) => (
                <option key={tp.id} value={tp.id}>
                  {tp.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={labelId}>{jt('links.label')}</label>
            <input id={labelId} value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
          </div>
          <button type="submit" className="button" disabled={!target || create.isPending}>
            {jt('links.add')}
          </button>
        </form>
      )}
    </section>
  );
}
