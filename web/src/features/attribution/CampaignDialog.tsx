import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignInput } from '../../../../src/contract/campaigns';
import { fieldErrorsOf } from '../../api/fieldErrors';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useAttributionT } from './messages';
import { useCampaignMutations } from './useCampaigns';

/** Creates or edits a campaign: name, utm_campaign values, channel, period, cost and notes. */
export function CampaignDialog({
  workspaceId,
  campaign,
  onClose,
}: {
  workspaceId: string;
  campaign: Campaign | null;
  onClose: () => void;
}) {
  const t = useAttributionT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const { create, update } = useCampaignMutations(workspaceId);
  const [name, setName] = useState(campaign?.name ?? '');
  const [utm, setUtm] = useState(campaign?.utmCampaigns.join(', ') ?? '');
  const [channel, setChannel] = useState(campaign?.channel ?? '');
  const [startsOn, setStartsOn] = useState(campaign?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(campaign?.endsOn ?? '');
  const [cost, setCost] = useState(campaign?.costEur === null || !campaign ? '' : String(campaign.costEur));
  const [notes, setNotes] = useState(campaign?.notes ?? '');
  const errors = fieldErrorsOf(create.error ?? update.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: CampaignInput = {
      name,
      utmCampaigns: utm
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      channel: channel.trim() || null,
      startsOn: startsOn || null,
      endsOn: endsOn || null,
      costEur: cost.trim() === '' ? null : Number(cost.replace(',', '.')),
      notes,
    };
    const done = {
      onSuccess: () => {
        toast.success(t('campaigns.saved'));
        onClose();
      },
      onError: (error: unknown) => toast.error(errorMessage(shellT, error)),
    };
    if (campaign) update.mutate({ id: campaign.id, patch: body }, done);
    else create.mutate(body, done);
  };

  return (
    <Dialog open title={campaign ? campaign.name : t('campaigns.add')} onClose={onClose}>
      <form onSubmit={submit} className="form" data-testid="campaign-form">
        <Field label={t('campaigns.name')} error={errors['name']}>
          {(props) => <input {...props} required value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('campaigns.utm')} error={errors['utmCampaigns']}>
          {(props) => <input {...props} value={utm} onChange={(e) => setUtm(e.target.value)} />}
        </Field>
        <Field label={t('campaigns.channel')} error={errors['channel']}>
          {(props) => <input {...props} value={channel} onChange={(e) => setChannel(e.target.value)} />}
        </Field>
        <Field label={t('campaigns.startsOn')} error={errors['startsOn']}>
          {(props) => (
            <input {...props} type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
          )}
        </Field>
        <Field label={t('campaigns.endsOn')} error={errors['endsOn']}>
          {(props) => (
            <input {...props} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
          )}
        </Field>
        <Field label={t('campaigns.cost')} error={errors['costEur']} hint={t('campaigns.costHint')}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              step="0.01"
              value={cost}
              onChange={(e) => setCost(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('campaigns.notes')} error={errors['notes']}>
          {(props) => <textarea {...props} value={notes} onChange={(e) => setNotes(e.target.value)} />}
        </Field>
        <div className="toolbar">
          <button type="submit" className="button" disabled={create.isPending || update.isPending}>
            {t('campaigns.save')}
          </button>
          <button type="button" className="button button-ghost" onClick={onClose}>
            {t('campaigns.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
