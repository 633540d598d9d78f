import { z } from 'zod';
import { deletedSchema, idParams, workspaceParams } from '../../contract/common';
import {
  eventNameMappingInputSchema,
  eventNameMappingPatchSchema,
  eventNameMappingSchema,
  seenEventNamesSchema,
} from '../../contract/eventNameMappings';
import {
  createEventNameMapping,
  deleteEventNameMapping,
  listEventNameMappings,
  listSeenEventNames,
  updateEventNameMapping,
} from '../../services/events/eventNameMappings';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

/**
 * The workspace's own table of Segment track event names and their Touchpoint types, and the names seen
 * lately. Reading for everyone, changing for editors.
 */
export async function eventNameMappingRoutes(app: App) {
  const tags = ['segment'];
  app.get(
    '/event-name-mappings',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(eventNameMappingSchema) } } },
    async (req) => listEventNameMappings(ctxOf(req)),
  );
  app.get(
    '/event-name-mappings/event-names',
    {
      schema: {
        tags,
        summary: 'Track event names of the last 30 days, with counts and what each maps to today',
        params: workspaceParams,
        response: { 200: seenEventNamesSchema },
      },
    },
    async (req) => listSeenEventNames(ctxOf(req)),
  );
  app.post(
    '/event-name-mappings',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: eventNameMappingInputSchema,
        response: { 201: eventNameMappingSchema },
      },
    },
    async (req, reply) => sendResult(reply, await createEventNameMapping(ctxOf(req), req.body), 201),
  );
  app.patch(
    '/event-name-mappings/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: eventNameMappingPatchSchema,
        response: { 200: eventNameMappingSchema },
      },
    },
    async (req, reply) =>
      sendResult(reply, await updateEventNameMapping(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/event-name-mappings/:id',
    { schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteEventNameMapping(ctxOf(req), req.params.id)),
  );
}
