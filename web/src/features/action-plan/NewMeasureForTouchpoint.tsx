import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../../../../src/contract/touchpoints';
import { maturityLevel } from '../../../../src/core/model';
import { useFormat } from '../../i18n/format';
import { useKpis } from '../monitoring/useKpis';
import { useTouchpoints } from '../touchpoints/useTouchpoints';
import { MeasureDialog } from './MeasureDialog';
import { useActionPlanT } from './messages';

/**
 * "+ Measure" where a gap is seen (a touchpoint's page, a row of the priorities): the measure dialog
 * opens with the touchpoint ticked, its gap to the target written into the description, and the
 * touchpoint's impact and effort as the measure's, when assessed.
 */
export function NewMeasureForTouchpoint({
  workspaceId,
  touchpoint,
  small = false,
}: {
  workspaceId: string;
  touchpoint: Touchpoint;
  small?: boolean;
}) {
  const t = useActionPlanT();
  const { t: shellT } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const touchpoints = useTouchpoints(workspaceId);
  const kpis = useKpis(workspaceId);

  const gap = () => {
    const lines: string[] = [];
    const { current, target } = touchpoint;
    if (maturityLevel[target.maturity] > maturityLevel[current.maturity])
      lines.push(
        t('fromTouchpoint.maturityGap', {
          current: shellT(`maturity.${current.maturity}`),
          target: shellT(`maturity.${target.maturity}`),
        }),
      );
    const rating = current.customerRating.average;
    if (rating !== null && target.rating !== null && target.rating > rating)
      lines.push(
        t('fromTouchpoint.ratingGap', {
          current: format.number(rating, 1),
          target: format.number(target.rating, 1),
        }),
      );
    return lines.length ? lines.join('\n') : t('fromTouchpoint.noGap');
  };

  return (
    <>
      <button
        type="button"
        className={`button${small ? ' button-small' : ''}`}
        aria-label={t('fromTouchpoint.buttonNamed', { name: touchpoint.name })}
        onClick={() => setOpen(true)}
      >
        {t('fromTouchpoint.button')}
      </button>
      {open && (
        <MeasureDialog
          workspaceId={workspaceId}
          measure={null}
          touchpoints={touchpoints.data ?? [touchpoint]}
          kpis={kpis.data ?? []}
          onClose={() => setOpen(false)}
          prefill={{
            title: t('fromTouchpoint.title', { name: touchpoint.name }),
            description: gap(),
            touchpointIds: [touchpoint.id],
            ...(touchpoint.effort !== null && { effort: touchpoint.effort }),
            ...(touchpoint.impact !== null && { expectedImpact: touchpoint.impact }),
          }}
        />
      )}
    </>
  );
}
