import { useDroppable } from '@dnd-kit/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MapLiveTouchpoint } from '../../../../src/contract/mapLive';
import type { Touchpoint } from '../../../../src/contract/touchpoints';
import { mediaBalance } from '../../../../src/core/mediaBalance';
import { useHyphenate } from '../../components/useHyphenate';
import { useFormat } from '../../i18n/format';
import { useMapLiveT } from './mapLiveMessages';
import type { MapView } from './mapModel';
import { PhaseBalance } from './PhaseBalance';
import { TouchpointCard } from './TouchpointCard';

interface PhaseColumnProps {
  /** Null for the column of touchpoints without a phase of the active model. */
  phaseId: string | null;
  title: string;
  description?: string;
  touchpoints: Touchpoint[];
  view: MapView;
  canEdit: boolean;
  onRename: (id: string, name: string) => Promise<unknown>;
  formatNumber: (value: number) => string;
  /** Per touchpoint id, the names of the touchpoints it leads to, as one text. */
  leadsTo?: ReadonlyMap<string, string>;
  /** The live layer, when on: each card's figures, and the people who reached this phase. */
  liveOf?: ReadonlyMap<string, MapLiveTouchpoint> | undefined;
  reached?: number | undefined;
}

export const PhaseColumn = memo(function PhaseColumn({
  phaseId,
  title,
  description,
  touchpoints,
  view,
  canEdit,
  onRename,
  formatNumber,
  leadsTo,
  liveOf,
  reached,
}: PhaseColumnProps) {
  const { t } = useTranslation();
  const lt = useMapLiveT();
  const format = useFormat();
  const hyphenate = useHyphenate();
  const { setNodeRef, isOver } = useDroppable({
    id: phaseId ?? 'none',
    disabled: !canEdit || phaseId === null,
  });
  const headingId = `phase-${phaseId ?? 'none'}`;
  return (
    <section
      ref={setNodeRef}
      className={`phase-column${isOver ? ' is-over' : ''}${phaseId === null ? ' phase-column-none' : ''}`}
      aria-labelledby={headingId}
      data-testid="phase-column"
      data-phase-id={phaseId ?? ''}
    >
      <header className="phase-header" title={description}>
        {/* The label keeps the column's name free of soft hyphens for screen readers. */}
        <h2 id={headingId} aria-label={title}>
          {hyphenate(title)}
        </h2>
        <p className="phase-count">{t('map.cardsInPhase', { count: touchpoints.length })}</p>
        {phaseId !== null && <PhaseBalance balance={mediaBalance(touchpoints)} />}
        {reached !== undefined && (
          <p className="phase-reached" data-testid="phase-reached">
            <Link
              to="/phase-funnel"
              aria-label={lt('reachedLabel', { count: format.plain(reached), phase: title })}
            >
              {lt('reached', { count: format.plain(reached) })}
            </Link>
          </p>
        )}
      </header>
      {touchpoints.length === 0 ? (
        <p className="phase-empty">{isOver ? t('map.dropHere') : t('map.emptyPhase')}</p>
      ) : (
        <ul className="card-list">
          {touchpoints.map((tp) => (
            <li key={tp.id}>
              <TouchpointCard
                touchpoint={tp}
                view={view}
                formatNumber={formatNumber}
                leadsTo={leadsTo?.get(tp.id)}
                live={liveOf?.get(tp.id)}
                {...(canEdit && { onRename, dragFrom: phaseId })}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
