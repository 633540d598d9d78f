import { workspaceParams } from '../../contract/common';
import {
  marketMirrorAssessmentInputSchema,
  marketMirrorAssessmentListSchema,
  marketMirrorAssessmentSchema,
  marketMirrorQuestionnaireSchema,
} from '../../contract/marketMirror';
import {
  listMarketMirrorAssessments,
  marketMirrorQuestionnaire,
  submitMarketMirrorAssessment,
} from '../../services/marketMirror';
import { sendResult } from '../errors';
import { ctxOf, type App } from '../types';

const tags = ['market-mirror'];

/** The market study mirror: the questionnaire, and the workspace's self-assessments (editors submit). */
export async function marketMirrorRoutes(app: App) {
  app.get(
    '/market-mirror/questions',
    {
      schema: {
        tags,
        summary: "The 2016 market study's questions with the shares it prints",
        params: workspaceParams,
        response: { 200: marketMirrorQuestionnaireSchema },
      },
    },
    async () => marketMirrorQuestionnaire(),
  );
  app.get(
    '/market-mirror/assessments',
    {
      schema: {
        tags,
        summary: 'Every self-assessment of the workspace, newest first, with score and progress',
        params: workspaceParams,
        response: { 200: marketMirrorAssessmentListSchema },
      },
    },
    async (req) => listMarketMirrorAssessments(ctxOf(req)),
  );
  app.post(
    '/market-mirror/assessments',
    {
      schema: {
        tags,
        summary: 'Save a self-assessment against the market study',
        params: workspaceParams,
        body: marketMirrorAssessmentInputSchema,
        response: { 201: marketMirrorAssessmentSchema },
      },
    },
    async (req, reply) => sendResult(reply, await submitMarketMirrorAssessment(ctxOf(req), req.body), 201),
  );
}
