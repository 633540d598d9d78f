import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributionSettings, AttributionSettingsInput } from '../../../../src/contract/attribution';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { fieldErrorsOf } from '../../api/fieldErrors';
import { errorMessage } from '../../i18n/errorMessage';
import { useAttributionT } from './messages';
import { useAttributionSettings } from './useAttribution';

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const percent = (share: number) => String(Math.round(share * 10_000) / 100);

/**
 * The workspace's attribution settings: what a conversion is and what it is worth, the lookback window,
 * what counts as a touch, the models' parameters and fixed shares per touchpoint.
 */
export function SettingsPanel({
  workspaceId,
  settings,
  touchpoints,
}: {
  workspaceId: string;
  settings: AttributionSettings;
  touchpoints: { id: string; name: string }[];
}) {
  const t = useAttributionT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const { save } = useAttributionSettings(workspaceId);
  const [conversionTypes, setConversionTypes] = useState(settings.conversionEventTypes.join(', '));
  const [valueSource, setValueSource] = useState(settings.valueSource);
  const [valueProperty, setValueProperty] = useState(settings.valueProperty ?? '');
  const [lookbackDays, setLookbackDays] = useState(String(settings.lookbackDays));
  const [touchTypes, setTouchTypes] = useState(settings.touchEventTypes.join(', '));
  const [collapseRepeats, setCollapseRepeats] = useState(settings.collapseRepeats);
  const [halfLifeDays, setHalfLifeDays] = useState(String(settings.halfLifeDays));
  const [positions, setPositions] = useState([
    percent(settings.positionWeights.first),
    percent(settings.positionWeights.middle),
    percent(settings.positionWeights.last),
  ]);
  const [markovOrder, setMarkovOrder] = useState(String(settings.markovOrder));
  const [shares, setShares] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      settings.fixedShares.filter((f) => f.dimension === 'touchpoint').map((f) => [f.key, percent(f.share)]),
    ),
  );
  const errors = fieldErrorsOf(save.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const [first, middle, last] = positions.map((p) => Number(p.replace(',', '.')) / 100);
    const input: AttributionSettingsInput = {
      conversionEventTypes: list(conversionTypes),
      valueSource,
      valueProperty: valueSource === 'property' ? valueProperty.trim() || null : null,
      lookbackDays: Number(lookbackDays),
      touchEventTypes: list(touchTypes),
      collapseRepeats,
      halfLifeDays: Number(halfLifeDays.replace(',', '.')),
      positionWeights: { first: first ?? 0, middle: middle ?? 0, last: last ?? 0 },
      markovOrder: Number(markovOrder),
      fixedShares: [
        ...settings.fixedShares.filter((f) => f.dimension !== 'touchpoint'),
        ...Object.entries(shares)
          .filter(([, v]) => v.trim() !== '')
          .map(([key, v]) => ({
            dimension: 'touchpoint' as const,
            key,
            share: Number(v.replace(',', '.')) / 100,
          })),
      ],
    };
    save.mutate(input, {
      onSuccess: () => toast.success(t('settings.saved')),
      onError: (error: unknown) => toast.error(errorMessage(shellT, error)),
    });
  };

  return (
    <form onSubmit={submit} data-testid="attribution-settings">
      <div className="at-settings">
        <Field label={t('settings.conversionTypes')} error={errors['conversionEventTypes']}>
          {(props) => (
            <input {...props} value={conversionTypes} onChange={(e) => setConversionTypes(e.target.value)} />
          )}
        </Field>
        <Field label={t('settings.valueSource')}>
          {(props) => (
            <select
              {...props}
              value={valueSource}
              onChange={(e) => setValueSource(e.target.value as AttributionSettings['valueSource'])}
            >
              {(['revenue', 'property', 'none'] as const).map((v) => (
                <option key={v} value={v}>
                  {t(`settings.valueSources.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {valueSource === 'property' && (
          <Field label={t('settings.valueProperty')} error={errors['valueProperty']}>
            {(props) => (
              <input {...props} value={valueProperty} onChange={(e) => setValueProperty(e.target.value)} />
            )}
          </Field>
        )}
        <Field label={t('settings.lookbackDays')} error={errors['lookbackDays']}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              max={365}
              value={lookbackDays}
              onChange={(e) => setLookbackDays(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('settings.touchTypes')} error={errors['touchEventTypes']}>
          {(props) => <input {...props} value={touchTypes} onChange={(e) => setTouchTypes(e.target.value)} />}
        </Field>
        <Field label={t('settings.halfLifeDays')} error={errors['halfLifeDays']}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={0.1}
              max={365}
              step="any"
              value={halfLifeDays}
              onChange={(e) => setHalfLifeDays(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('settings.positions')} error={errors['positionWeights']}>
          {(props) => (
            <div className="at-positions">
              {positions.map((p, i) => (
                <input
                  key={i}
                  {...(i === 0 ? props : {})}
                  aria-label={i === 0 ? undefined : `${t('settings.positions')} ${i + 1}`}
                  type="number"
                  min={0}
                  max={100}
                  step="any"
                  value={p}
                  onChange={(e) => setPositions(positions.map((q, j) => (j === i ? e.target.value : q)))}
                />
              ))}
            </div>
          )}
        </Field>
        <Field label={t('settings.markovOrder')} error={errors['markovOrder']}>
          {(props) => (
            <select {...props} value={markovOrder} onChange={(e) => setMarkovOrder(e.target.value)}>
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={collapseRepeats}
            onChange={(e) => setCollapseRepeats(e.target.checked)}
          />{' '}
          {t('settings.collapseRepeats')}
        </label>
      </div>
      <fieldset className="at-settings">
        <legend>{t('settings.fixedShares')}</legend>
        <p className="hint">{t('settings.fixedHint')}</p>
        {touchpoints.map((tp) => (
          <Field key={tp.id} label={tp.name}>
            {(props) => (
              <input
                {...props}
                type="number"
                min={0}
                max={100}
                step="any"
                value={shares[tp.id] ?? ''}
                onChange={(e) => setShares({ ...shares, [tp.id]: e.target.value })}
              />
            )}
          </Field>
        ))}
      </fieldset>
      {errors['fixedShares'] && <p className="field-error">{errors['fixedShares']}</p>}
      <button type="submit" className="button" disabled={save.isPending}>
        {t('settings.save')}
      </button>
    </form>
  );
}
