import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { EventNameMappingsSection } from './EventNameMappingsSection';
import { MappingRulesSection } from './MappingRulesSection';
import { MappingSuggestionsSection } from './MappingSuggestionsSection';
import { useTrackingT } from './messages';
import './tracking.css';
import { UnmappedEventsSection } from './UnmappedEventsSection';
import { WriteKeysSection } from './WriteKeysSection';

/** Tracking set-up: write keys and snippet (owner), mapping rules (editor), unmapped events. */
export function TrackingPage() {
  const t = useTrackingT();
  const { workspaceId, canEdit, role } = useCurrentWorkspace();
  return (
    <section className="page" aria-labelledby="tracking-title">
      <h1 id="tracking-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <div className="tr-layout">
        <WriteKeysSection workspaceId={workspaceId} isOwner={role === 'owner'} />
        <MappingSuggestionsSection workspaceId={workspaceId} canEdit={canEdit} />
        <MappingRulesSection workspaceId={workspaceId} canEdit={canEdit} />
        <UnmappedEventsSection workspaceId={workspaceId} />
        <EventNameMappingsSection workspaceId={workspaceId} canEdit={canEdit} />
      </div>
    </section>
  );
}
