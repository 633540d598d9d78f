import { Link } from 'react-router-dom';
import { useStrategyT } from './messages';
import { SwotBoard } from './SwotBoard';
import './strategy.css';

/** The SWOT of one touchpoint on its page, filled in the same way as on the strategy screen. */
export function TouchpointSwotSection({
  workspaceId,
  touchpointId,
  canEdit,
}: {
  workspaceId: string;
  touchpointId: string;
  canEdit: boolean;
}) {
  const t = useStrategyT();
  return (
    <section className="panel panel-wide" aria-labelledby="sec-swot">
      <div className="row">
        <h2 id="sec-swot">{t('swot.touchpointSection')}</h2>
        <Link to="/strategy" className="link-small">
          {t('swot.openFull')} →
        </Link>
      </div>
      <SwotBoard workspaceId={workspaceId} touchpointId={touchpointId} canEdit={canEdit} />
    </section>
  );
}
