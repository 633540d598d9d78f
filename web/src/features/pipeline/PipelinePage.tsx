import { useState } from 'react';
import { NavLink } from 'react-router-dom';
import { QueryContent } from '../../components/States';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { CustomerAccountsView } from './CustomerAccountsView';
import { DealDialog } from './DealDialog';
import { usePipelineT } from './messages';
import './pipeline.css';
import { PipelineBoardView } from './PipelineBoardView';
import { PipelineReportView } from './PipelineReportView';
import { useCustomerAccounts, usePipelineBoard, usePipelineReport } from './usePipeline';

export type PipelineTab = 'board' | 'report' | 'customers';

/** Pipeline: the board (drag deals across stages), the report and the existing customers, as tabs. */
export function PipelinePage({ tab }: { tab: PipelineTab }) {
  const t = usePipelineT();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const [creating, setCreating] = useState(false);
  const board = usePipelineBoard(workspaceId);
  const tabs: [PipelineTab, string][] = [
    ['board', '/pipeline'],
    ['report', '/pipeline/report'],
    ['customers', '/pipeline/customers'],
  ];
  return (
    <section className="page" aria-labelledby="pipeline-title">
      <div className="page-head">
        <h1 id="pipeline-title">{t('title')}</h1>
        {canEdit && tab === 'board' && (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('newDeal')}
          </button>
        )}
      </div>
      <p className="hint">{t('intro')}</p>
      <nav className="pl-tabs" aria-label={t('title')}>
        {tabs.map(([key, to]) => (
          <NavLink
            key={key}
            to={to}
            end
            className={({ isActive }) => `pl-tab${isActive ? ' pl-tab-active' : ''}`}
          >
            {t(`tabs.${key}`)}
          </NavLink>
        ))}
      </nav>
      {tab === 'board' && (
        <QueryContent query={board} empty={t('noDeals')}>
          {(data) => (
            <>
              <PipelineBoardView workspaceId={workspaceId} board={data} canEdit={canEdit} />
              {creating && (
                <DealDialog
                  workspaceId={workspaceId}
                  stages={data.stages}
                  open={creating}
                  onClose={() => setCreating(false)}
                />
              )}
            </>
          )}
        </QueryContent>
      )}
      {tab === 'report' && <ReportTab workspaceId={workspaceId} />}
      {tab === 'customers' && <CustomersTab workspaceId={workspaceId} />}
    </section>
  );
}

function ReportTab({ workspaceId }: { workspaceId: string }) {
  const t = usePipelineT();
  const report = usePipelineReport(workspaceId);
  return (
    <QueryContent query={report} empty={t('report.none')}>
      {(data) => <PipelineReportView report={data} />}
    </QueryContent>
  );
}

function CustomersTab({ workspaceId }: { workspaceId: string }) {
  const t = usePipelineT();
  const customers = useCustomerAccounts(workspaceId);
  return (
    <>
      <p className="hint">{t('customers.intro')}</p>
      <QueryContent query={customers} empty={t('customers.none')}>
        {(data) => <CustomerAccountsView customers={data} />}
      </QueryContent>
    </>
  );
}
