import type { WorkspaceLocale, WorkspaceStart } from '../contract/workspaces';
import type { WorkspaceDocumentInput } from '../contract/workspaceDocument';
import { journeyModelTemplates } from '../core/journeyModels';
import { assertUnreachable, err, ok, type Result } from '../core/result';
import { methodTemplatePersonas } from '../core/workspaceStart/methodTemplatePersonas';
import type { Db } from '../db/database';
import { schmidtDemoDocument } from '../demo/schmidtDemo';
import { importWorkspaceDocument } from './workspaceTransfer';
import { createWorkspace, getWorkspace, type NewJourneyModel, type Workspace } from './workspaces';

/**
 * Creates a workspace for `ownerUserId` the way the new-workspace dialog offers it: empty, from the
 * method template, or as a copy of the demo. Each start is one transaction.
 * @example await startWorkspace(db, { name: 'Müller GmbH', start: 'template', journeyModel: { kind: 'need_buy_use' } }, user.id)
 */
export async function startWorkspace(
  db: Db,
  input: { name: string; start: WorkspaceStart; journeyModel?: NewJourneyModel; locale?: WorkspaceLocale },
  ownerUserId: string,
): Promise<Result<Workspace>> {
  const { journeyModel } = input;
  switch (input.start) {
    case 'empty':
      return createWorkspace(db, {
        name: input.name,
        ownerUserId,
        ...(journeyModel && { journeyModel }),
        ...(input.locale && { locale: input.locale }),
      });
    case 'template': {
      const kind = journeyModel?.kind ?? 'aidala';
      if (kind === 'custom')
        return err('validation_failed', 'The method template comes with a built-in journey model', {
          field: 'journeyModel.kind',
        });
      return importAndLoad(db, templateDocument(input.name, kind, input.locale ?? 'de'), ownerUserId);
    }
    case 'demo':
      // The live data (events, profiles, computed KPIs) stays with the demo: a copy is for trying the
      // method on a finished map, and generating weeks of events would hold the request for seconds.
      return importAndLoad(db, schmidtDemoDocument, ownerUserId, input.name);
    default:
      return assertUnreachable(input.start);
  }
}

async function importAndLoad(
  db: Db,
  doc: WorkspaceDocumentInput,
  ownerUserId: string,
  name?: string,
): Promise<Result<Workspace>> {
  const imported = await importWorkspaceDocument(db, doc, { ownerUserId, ...(name && { name }) });
  if (!imported.ok) return imported;
  const ws = await getWorkspace(db, imported.value.workspaceId);
  if (!ws) throw new Error('the imported workspace vanished');
  return ok(ws);
}

function templateDocument(
  name: string,
  kind: keyof typeof journeyModelTemplates,
  locale: WorkspaceLocale,
): WorkspaceDocumentInput {
  const model = journeyModelTemplates[kind];
  return {
    format: 'touchpoint.workspace',
    version: 1,
    workspace: { name, locale },
    journeyModels: [
      {
        ref: kind,
        kind,
        name: locale === 'en' ? model.nameEn : model.nameDe,
        active: true,
        phases: model.phases.map((p) => ({
          key: p.key,
          nameDe: p.nameDe,
          nameEn: p.nameEn,
          description: locale === 'en' ? p.descriptionEn : p.descriptionDe,
        })),
      },
    ],
    personas: methodTemplatePersonas(locale).map((p, i) => ({ ref: `persona-${i + 1}`, ...p })),
  };
}
