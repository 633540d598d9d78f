import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../../../../src/contract/touchpoints';
import type { RatingSource } from '../../../../src/core/model';
import { Field, FieldSet } from '../../components/Field';
import { QueryContent } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { useFormErrors } from '../../components/useFormErrors';
import { useFormat } from '../../i18n/format';
import { useAddRating } from './useAddRating';
import { useRatings } from './useRatings';

/** Customer and employee ratings (seed 004: customers and employees rate the touchpoints). */
export function RatingsSection({
  workspaceId,
  touchpoint,
  canEdit,
}: {
  workspaceId: string;
  touchpoint: Touchpoint;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const ratings = useRatings(workspaceId, touchpoint.id);
  const add = useAddRating(workspaceId, touchpoint.id);
  const { errors, fail, clear } = useFormErrors();
  const [source, setSource] = useState<RatingSource>('employee');
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [raterName, setRaterName] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    clear();
    add.mutate(
      { source, score: score ?? 0, ...(comment && { comment }), ...(raterName && { raterName }) },
      {
        onSuccess: () => {
          toast.success(t('ratings.added'));
          setScore(null);
          setComment('');
        },
        onError: fail,
      },
    );
  };

  const summary = (s: { average: number | null; count: number }) =>
    s.average === null
      ? t('ratings.none')
      : t('ratings.summary', { average: format.number(s.average), count: s.count });

  return (
    <section className="panel" aria-labelledby="sec-ratings">
      <h2 id="sec-ratings">{t('detail.sections.ratings')}</h2>
      <dl className="card-facts">
        <div>
          <dt>{t('ratings.customer')}</dt>
          <dd data-testid="customer-rating">{summary(touchpoint.current.customerRating)}</dd>
        </div>
        <div>
          <dt>{t('ratings.employee')}</dt>
          <dd data-testid="employee-rating">{summary(touchpoint.current.employeeRating)}</dd>
        </div>
      </dl>
      {canEdit && (
        <form onSubmit={submit} noValidate className="subform">
          <h3>{t('ratings.add')}</h3>
          <Field label={t('ratings.source')} error={errors.source}>
            {(p) => (
              <select {...p} value={source} onChange={(e) => setSource(e.target.value as RatingSource)}>
                <option value="employee">{t('ratings.sourceEmployee')}</option>
                <option value="customer">{t('ratings.sourceCustomer')}</option>
              </select>
            )}
          </Field>
          <FieldSet legend={t('ratings.score')} error={errors.score} className="inline-options">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n}>
                <input
                  type="radio"
                  name="score"
                  value={n}
                  checked={score === n}
                  onChange={() => setScore(n)}
                />{' '}
                <span aria-hidden="true">{'★'.repeat(n)}</span>
                <span className="visually-hidden">{t('ratings.scoreValue', { count: n })}</span>
              </label>
            ))}
          </FieldSet>
          <Field label={t('ratings.raterName')} error={errors.raterName}>
            {(p) => <input {...p} value={raterName} onChange={(e) => setRaterName(e.target.value)} />}
          </Field>
          <Field label={t('ratings.comment')} error={errors.comment}>
            {(p) => <textarea {...p} value={comment} onChange={(e) => setComment(e.target.value)} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={add.isPending}>
              {add.isPending ? t('common.saving') : t('ratings.add')}
            </button>
          </div>
        </form>
      )}
      <QueryContent query={ratings} empty={t('ratings.none')}>
        {(data) => (
          <ul className="plain-list" data-testid="ratings-list">
            {data.map((r) => (
              <li key={r.id}>
                <div className="row">
                  <strong aria-label={t('ratings.scoreValue', { count: r.score })}>
                    {'★'.repeat(r.score)}
                  </strong>
                  <span className="badge badge-soft">
                    {r.source === 'customer' ? t('ratings.customer') : t('ratings.employee')}
                  </span>
                  {r.viaLink && <span className="badge badge-soft">{t('ratings.viaLink')}</span>}
                  <span className="muted">
                    {r.raterName && `${r.raterName} · `}
                    {format.date(r.createdAt)}
                  </span>
                </div>
                {r.comment && <p className="rating-comment">{r.comment}</p>}
              </li>
            ))}
          </ul>
        )}
      </QueryContent>
    </section>
  );
}
