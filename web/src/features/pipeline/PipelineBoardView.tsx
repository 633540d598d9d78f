import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Deal, PipelineBoard } from '../../../../src/contract/deals';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useEur } from './useEur';
import { columnKeyboardCoordinates } from '../journey-map/columnKeyboardCoordinates';
import { usePipelineT } from './messages';
import { useMoveDeal } from './usePipeline';

const collisionDetection: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args);

/**
 * The board: one column per stage with its count and sums; cards are dragged between columns with the
 * mouse, by touch or with the keyboard (space, arrows, space), and every card also has a stage menu.
 * Moving to the lost stage asks for the reason first.
 */
export function PipelineBoardView({
  workspaceId,
  board,
  canEdit,
}: {
  workspaceId: string;
  board: PipelineBoard;
  canEdit: boolean;
}) {
  const t = usePipelineT();
  const { t: shellT } = useTranslation();
  const eur = useEur();
  const toast = useToast();
  const move = useMoveDeal(workspaceId);
  const [lost, setLost] = useState<{ deal: Deal; stage: string } | null>(null);
  const [reason, setReason] = useState('');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const stageName = (key: string) => board.stages.find((s) => s.key === key)?.name ?? key;
  const request = (deal: Deal, stage: string) => {
    if (stage === deal.stage) return;
    if (board.stages.find((s) => s.key === stage)?.kind === 'lost') {
      setReason('');
      setLost({ deal, stage });
      return;
    }
    send(deal, stage);
  };
  const send = (deal: Deal, stage: string, why?: string) =>
    move.mutate(
      { id: deal.id, stage, ...(why && { reason: why }) },
      {
        onSuccess: () => toast.success(t('moved', { title: deal.title, stage: stageName(stage) })),
        onError: (e) => toast.error(errorMessage(shellT, e)),
      },
    );
  const onDragEnd = (event: DragEndEvent) => {
    const deal = event.active.data.current?.deal as Deal | undefined;
    const stage = event.over?.id;
    if (deal && typeof stage === 'string') request(deal, stage);
  };

  return (
    <>
      <p className="pl-totals">
        {t('open')}: {eur(board.openValue)} · {t('weighted')}: {eur(board.weighted)}
      </p>
      <DndContext sensors={sensors} collisionDetection={collisionDetection} onDragEnd={onDragEnd}>
        <div className="pl-board" data-testid="pipeline-board">
          {board.stages.map((s) => (
            <StageColumn key={s.key} stage={s} canEdit={canEdit} stages={board.stages} onMove={request} />
          ))}
        </div>
      </DndContext>
      <Dialog open={lost !== null} title={t('lostReason.title')} onClose={() => setLost(null)}>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!lost || !reason.trim()) return;
            send(lost.deal, lost.stage, reason.trim());
            setLost(null);
          }}
        >
          <label className="field">
            <span>{t('lostReason.label')}</span>
            <input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              maxLength={500}
              autoFocus
            />
          </label>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setLost(null)}>
              {t('lostReason.cancel')}
            </button>
            <button type="submit" className="button button-primary">
              {t('lostReason.confirm')}
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

function StageColumn({
  stage,
  stages,
  canEdit,
  onMove,
}: {
  stage: PipelineBoard['stages'][number];
  stages: PipelineBoard['stages'];
  canEdit: boolean;
  onMove: (deal: Deal, stage: string) => void;
}) {
  const t = usePipelineT();
  const eur = useEur();
  const { setNodeRef, isOver } = useDroppable({ id: stage.key });
  const more = stage.count - stage.deals.length;
  return (
    <section
      ref={setNodeRef}
      className={`pl-column pl-${stage.kind}${isOver ? ' pl-over' : ''}`}
      aria-labelledby={`pl-stage-${stage.key}`}
      data-testid="pipeline-column"
      data-stage={stage.key}
    >
      <header className="pl-column-head">
        <h2 id={`pl-stage-${stage.key}`}>
          {stage.name} <span className="pl-prob">{stage.probability} %</span>
        </h2>
        <p>
          {t('deals', { count: stage.count })} · {eur(stage.value)}
          {stage.kind === 'open' && (
            <>
              {' '}
              · {t('weighted')} {eur(stage.weighted)}
            </>
          )}
        </p>
      </header>
      <ul className="pl-cards">
        {stage.deals.map((d) => (
          <DealCard key={d.id} deal={d} stages={stages} canEdit={canEdit} onMove={onMove} />
        ))}
      </ul>
      {stage.deals.length === 0 && <p className="hint">{t('noDeals')}</p>}
      {more > 0 && <p className="hint">{t('more', { count: more })}</p>}
    </section>
  );
}

function DealCard({
  deal,
  stages,
  canEdit,
  onMove,
}: {
  deal: Deal;
  stages: PipelineBoard['stages'];
  canEdit: boolean;
  onMove: (deal: Deal, stage: string) => void;
}) {
  const t = usePipelineT();
  const format = useFormat();
  const eur = useEur();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: deal.id,
    data: { deal },
    disabled: !canEdit,
  });
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)` } : undefined;
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`pl-card${isDragging ? ' pl-dragging' : ''}`}
      data-testid="deal-card"
      data-deal-id={deal.id}
    >
      <div className="pl-card-grip" {...listeners} {...attributes} aria-label={deal.title}>
        <strong>{deal.title}</strong>
      </div>
      <Link to={`/accounts/${deal.companyId}`}>{deal.companyName}</Link>
      <p className="pl-card-figures">
        {eur(deal.value)} · {deal.effectiveProbability} %
        {deal.expectedClose && <> · {format.date(deal.expectedClose)}</>}
      </p>
      {deal.reason && <p className="hint">{deal.reason}</p>}
      {canEdit && (
        <select
          aria-label={t('moveTo', { title: deal.title })}
          value={deal.stage}
          onChange={(e) => onMove(deal, e.target.value)}
          data-testid="deal-stage"
        >
          {stages.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </li>
  );
}
