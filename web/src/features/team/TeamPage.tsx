import { WebhooksSection } from '../webhooks/WebhooksSection';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { ApiTokensSection } from './ApiTokensSection';
import { JourneyModelsSection } from './JourneyModelsSection';
import { MembersSection } from './MembersSection';
import { useTeamT } from './messages';
import './team.css';

/** Team: members and roles, API tokens and the journey model. Only owners change anything here. */
export function TeamPage() {
  const t = useTeamT();
  const { workspaceId, role, me } = useCurrentWorkspace();
  const isOwner = role === 'owner';
  return (
    <div className="page team-page">
      <div className="page-head">
        <h1>{t('title')}</h1>
      </div>
      <p className="hint">{t('intro')}</p>
      {!isOwner && (
        <p className="banner" data-testid="team-owner-only">
          {t('ownerOnly')}
        </p>
      )}
      <MembersSection workspaceId={workspaceId} myUserId={me.user.id} isOwner={isOwner} />
      {isOwner ? (
        <ApiTokensSection workspaceId={workspaceId} />
      ) : (
        <section className="panel team-section" aria-labelledby="team-tokens-title">
          <h2 id="team-tokens-title">{t('tokens.title')}</h2>
          <p className="muted">{t('tokens.ownersOnly')}</p>
        </section>
      )}
      <JourneyModelsSection workspaceId={workspaceId} isOwner={isOwner} />
      {isOwner && <WebhooksSection workspaceId={workspaceId} />}
    </div>
  );
}
