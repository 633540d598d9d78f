import { useParams } from 'react-router-dom';
import { LoadError, Loading } from '../../components/States';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { useMailing } from './emailQueries';
import { MailingForm } from './MailingForm';

/** `/email/new` and `/email/:id`: the mailing form, keyed by mailing so it starts from what is stored. */
export function MailingEditorPage() {
  const { id } = useParams();
  const { workspaceId } = useCurrentWorkspace();
  const mailing = useMailing(workspaceId, id);
  if (id && mailing.isPending) return <Loading />;
  if (id && mailing.isError)
    return <LoadError error={mailing.error} onRetry={() => void mailing.refetch()} />;
  return <MailingForm key={id ?? 'new'} workspaceId={workspaceId} mailing={mailing.data ?? null} />;
}
