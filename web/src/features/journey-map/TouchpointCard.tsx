import { memo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MapLiveTouchpoint } from '../../../../src/contract/mapLive';
import type { Touchpoint } from '../../../../src/contract/touchpoints';
import { fieldErrorsOf } from '../../api/fieldErrors';
import { useHyphenate } from '../../components/useHyphenate';
import { errorMessage, translateFieldMessage } from '../../i18n/errorMessage';
import { CardLiveFigures } from './CardLiveFigures';
import { DragHandle } from './DragHandle';
import type { MapView } from './mapModel';
import { MaturityMeter } from './MaturityMeter';
import { OwnershipBadge } from './OwnershipBadge';

interface TouchpointCardProps {
  touchpoint: Touchpoint;
  view: MapView;
  /** The column the card sits in; with it the card gets a drag handle (editors only). */
  dragFrom?: string | null;
  onRename?: (id: string, name: string) => Promise<unknown>;
  formatNumber: (value: number) => string;
  /** The names of the touchpoints this one leads to, as text: the journey without the arrows. */
  leadsTo?: string | undefined;
  /** The card's live figures in the chosen period, when the live layer is on. */
  live?: MapLiveTouchpoint | undefined;
}

/**
 * One card on the map. Memoised and free of queries: a map with 300 touchpoints renders each card
 * once and re-renders only the card whose touchpoint object changed.
 */
export const TouchpointCard = memo(function TouchpointCard({
  touchpoint,
  view,
  dragFrom,
  onRename,
  formatNumber,
  leadsTo,
  live,
}: TouchpointCardProps) {
  const { t } = useTranslation();
  const hyphenate = useHyphenate();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(touchpoint.name);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const startEditing = () => {
    setDraft(touchpoint.name);
    setError(null);
    setEditing(true);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!onRename) return;
    if (draft === touchpoint.name) return setEditing(false);
    setSaving(true);
    try {
      await onRename(touchpoint.id, draft);
      setEditing(false);
    } catch (failure) {
      const field = fieldErrorsOf(failure).name;
      setError(field ? translateFieldMessage(t, field) : errorMessage(t, failure));
    } finally {
      setSaving(false);
    }
  };

  const rating = view === 'asIs' ? touchpoint.current.customerRating.average : touchpoint.target.rating;
  const maturity = view === 'asIs' ? touchpoint.current.maturity : touchpoint.target.maturity;
  const errorId = `rename-error-${touchpoint.id}`;

  return (
    <article
      className={`card poe-${touchpoint.ownership}${touchpoint.momentThatMatters ? ' card-mtm' : ''}`}
      data-testid="map-card"
      data-touchpoint-id={touchpoint.id}
    >
      <div className="card-top">
        {dragFrom !== undefined && (
          <DragHandle touchpointId={touchpoint.id} fromPhaseId={dragFrom} name={touchpoint.name} />
        )}
        {editing ? (
          <form className="card-rename" onSubmit={(event) => void submit(event)}>
            <label className="visually-hidden" htmlFor={`rename-${touchpoint.id}`}>
              {t('map.name')}
            </label>
            <input
              id={`rename-${touchpoint.id}`}
              value={draft}
              autoFocus
              disabled={saving}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setEditing(false);
                }
              }}
            />
            <div className="card-rename-actions">
              <button type="submit" className="button button-small button-primary" disabled={saving}>
                {t('common.save')}
              </button>
              <button type="button" className="button button-small" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </button>
            </div>
            {error && (
              <p className="field-error" id={errorId} data-testid="field-error">
                {error}
              </p>
            )}
          </form>
        ) : (
          <>
            <h3 className="card-title">
              <Link
                to={`/touchpoints/${touchpoint.id}`}
                aria-label={t('map.openDetail', { name: touchpoint.name })}
              >
                {hyphenate(touchpoint.name)}
              </Link>
            </h3>
            {onRename && (
              <button
                type="button"
                className="button-icon card-rename-button"
                onClick={startEditing}
                aria-label={t('map.rename', { name: touchpoint.name })}
                title={t('map.rename', { name: touchpoint.name })}
              >
                <span aria-hidden="true">✎</span>
              </button>
            )}
          </>
        )}
      </div>
      <div className="card-tags">
        <OwnershipBadge ownership={touchpoint.ownership} />
        {touchpoint.momentThatMatters && (
          <span className="badge badge-mtm">
            <span aria-hidden="true">◆ </span>
            {t('map.mtm')}
          </span>
        )}
      </div>
      <dl className="card-facts">
        <div>
          <dt className="visually-hidden">{view === 'asIs' ? t('map.maturity') : t('map.targetMaturity')}</dt>
          <dd>
            <MaturityMeter maturity={maturity} />
          </dd>
        </div>
        <div>
          <dt className="visually-hidden">{view === 'asIs' ? t('map.rating') : t('map.targetRating')}</dt>
          <dd className="card-rating">
            <span aria-hidden="true">★ </span>
            {rating === null ? (
              <span className="muted">
                –<span className="visually-hidden">{t('map.noRating')}</span>
              </span>
            ) : (
              <>
                {formatNumber(rating)}
                {view === 'asIs' && (
                  <span className="muted">
                    {' '}
                    ({touchpoint.current.customerRating.count}
                    <span className="visually-hidden">
                      {' '}
                      {t('map.ratingsCount', { count: touchpoint.current.customerRating.count })}
                    </span>
                    )
                  </span>
                )}
              </>
            )}
          </dd>
        </div>
      </dl>
      {live && <CardLiveFigures live={live} />}
      {leadsTo && (
        <p className="card-leads-to" data-testid="card-leads-to">
          <span aria-hidden="true">→ </span>
          {leadsTo}
        </p>
      )}
    </article>
  );
});
