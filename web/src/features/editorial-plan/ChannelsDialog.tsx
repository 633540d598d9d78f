import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorialChannel } from '../../../../src/contract/editorialPlan';
import type { MeasuredBy, TargetPeriod } from '../../../../src/core/editorialPlan/editorialModel';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useEditorialT } from './messages';
import {
  useCreateEditorialChannel,
  useDeleteEditorialChannel,
  useUpdateEditorialChannel,
} from './useUpdateEditorialChannel';

const MEASURED: MeasuredBy[] = ['social', 'email', 'web', 'none'];

/** The workspace's own channels: name, frequency target, how each is measured; new and deleted channels. */
export function ChannelsDialog({
  workspaceId,
  channels,
  onClose,
}: {
  workspaceId: string;
  channels: EditorialChannel[];
  onClose: () => void;
}) {
  const t = useEditorialT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const create = useCreateEditorialChannel(workspaceId);
  const [name, setName] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { name },
      {
        onSuccess: (c) => {
          toast.success(t('channels.added', { name: c.name }));
          setName('');
        },
        onError: (error) => toast.error(errorMessage(shellT, error)),
      },
    );
  };
  return (
    <Dialog open title={t('channels.title')} onClose={onClose} wide>
      <div className="ep-channels">
        {channels.map((c) => (
          <ChannelRow key={c.id} workspaceId={workspaceId} channel={c} />
        ))}
      </div>
      <form className="ep-channel-add" onSubmit={add}>
        <label htmlFor="ep-new-channel">{t('channels.newName')}</label>
        <input id="ep-new-channel" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button" disabled={create.isPending || !name.trim()}>
          {t('channels.add')}
        </button>
      </form>
    </Dialog>
  );
}

function ChannelRow({ workspaceId, channel }: { workspaceId: string; channel: EditorialChannel }) {
  const t = useEditorialT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const update = useUpdateEditorialChannel(workspaceId);
  const { remove, countItems } = useDeleteEditorialChannel(workspaceId);
  const [name, setName] = useState(channel.name);
  const [target, setTarget] = useState(channel.targetCount === null ? '' : String(channel.targetCount));
  const [period, setPeriod] = useState<TargetPeriod>(channel.targetPeriod);
  const [measuredBy, setMeasuredBy] = useState<MeasuredBy>(channel.measuredBy);
  const [network, setNetwork] = useState(channel.network);
  const save = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      {
        id: channel.id,
        patch: {
          ...(name.trim() !== channel.name && { name: name.trim() }),
          targetCount: target.trim() ? Number(target) : null,
          targetPeriod: period,
          measuredBy,
          network,
        },
      },
      {
        onSuccess: (c) => toast.success(t('channels.saved', { name: c.name })),
        onError: (error) => toast.error(errorMessage(shellT, error)),
      },
    );
  };
  const drop = async () => {
    try {
      const count = await countItems(channel.id);
      const question =
        count > 0
          ? t('channels.confirmDeleteItems', { name: channel.name, count })
          : t('channels.confirmDelete', { name: channel.name });
      if (!window.confirm(question)) return;
      await remove.mutateAsync(channel.id);
      toast.success(t('channels.deleted', { name: channel.name }));
    } catch (error) {
      toast.error(errorMessage(shellT, error));
    }
  };
  const id = `ep-ch-${channel.id}`;
  return (
    <form className="ep-channel-row" onSubmit={save} data-testid="channel-row" data-channel={channel.name}>
      <label htmlFor={`${id}-name`} className="visually-hidden">
        {t('channels.rename')}
      </label>
      <input
        id={`${id}-name`}
        className="ep-channel-name"
        value={name}
        maxLength={200}
        required
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor={`${id}-target`}>{t('channels.target')}</label>
      <input
        id={`${id}-target`}
        type="number"
        min={1}
        max={1000}
        inputMode="numeric"
        value={target}
        onChange={(e) => setTarget(e.target.value)}
      />
      <label htmlFor={`${id}-period`}>{t('channels.period')}</label>
      <select id={`${id}-period`} value={period} onChange={(e) => setPeriod(e.target.value as TargetPeriod)}>
        <option value="week">{t('week')}</option>
        <option value="month">{t('month')}</option>
      </select>
      <label htmlFor={`${id}-measured`}>{t('channels.measuredBy')}</label>
      <select
        id={`${id}-measured`}
        value={measuredBy}
        onChange={(e) => setMeasuredBy(e.target.value as MeasuredBy)}
      >
        {MEASURED.map((m) => (
          <option key={m} value={m}>
            {t(`channels.measured.${m}`)}
          </option>
        ))}
      </select>
      {measuredBy === 'social' && (
        <>
          <label htmlFor={`${id}-network`}>{t('channels.network')}</label>
          <input
            id={`${id}-network`}
            value={network}
            maxLength={60}
            onChange={(e) => setNetwork(e.target.value)}
          />
        </>
      )}
      <button type="submit" className="button button-small" disabled={update.isPending}>
        {shellT('common.save')}
      </button>
      <button
        type="button"
        className="button button-small button-danger"
        aria-label={t('channels.deleteLabel', { name: channel.name })}
        disabled={remove.isPending}
        onClick={() => void drop()}
      >
        {t('channels.delete')}
      </button>
    </form>
  );
}
