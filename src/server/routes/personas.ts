import { deletedSchema, idParams, workspaceParams } from '../../contract/common';
import { personaInputSchema, personaPatchSchema, personaSchema } from '../../contract/personas';
import {
  createPersona,
  deletePersona,
  getPersona,
  listPersonas,
  updatePersona,
} from '../../services/personas';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';
import { z } from 'zod';

export async function personaRoutes(app: App) {
  const tags = ['personas'];
  app.get(
    '/personas',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(personaSchema) } } },
    async (req) => listPersonas(ctxOf(req)),
  );
  app.get(
    '/personas/:id',
    { schema: { tags, params: idParams, response: { 200: personaSchema } } },
    async (req, reply) => sendResult(reply, await getPersona(ctxOf(req), req.params.id)),
  );
  app.post(
    '/personas',
    { schema: { tags, params: workspaceParams, body: personaInputSchema, response: { 201: personaSchema } } },
    async (req, reply) => sendResult(reply, await createPersona(ctxOf(req), req.body), 201),
  );
  app.patch(
    '/personas/:id',
    { schema: { tags, params: idParams, body: personaPatchSchema, response: { 200: personaSchema } } },
    async (req, reply) => sendResult(reply, await updatePersona(ctxOf(req), req.params.id, req.body)),
  );
  app.delete(
    '/personas/:id',
    { schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deletePersona(ctxOf(req), req.params.id)),
  );
}
