import { z } from 'zod';
import { deletedSchema, idParams, workspaceParams } from '../../contract/common';
import {
  quickcheckAdoptInputSchema,
  quickcheckAdoptResultSchema,
  quickcheckCompareQuery,
  quickcheckComparisonSchema,
  quickcheckLangQuery,
  quickcheckQuestionsSchema,
  quickcheckRunInputSchema,
  quickcheckRunSchema,
  quickcheckRunSummarySchema,
  type QuickcheckQuestions,
} from '../../contract/quickcheck';
import {
  quickcheckAnswerLabels,
  quickcheckAnswerLabelsEn,
  quickcheckAnswerValues,
  quickcheckLabels,
  quickcheckPointsFor,
  quickcheckQuestions,
} from '../../core/quickcheck';
import {
  adoptRecommendations,
  compareWithRun,
  deleteQuickcheckRun,
  getQuickcheckRun,
  getQuickcheckRunReport,
  listQuickcheckRuns,
  quickcheckRunCsv,
  runQuickcheck,
} from '../../services/quickcheckRuns';
import { sendError, sendResult } from '../errors';
import { csvAnswer, htmlAnswer, sendCsvFile } from '../fileAnswers';
import { renderQuickcheckPrintPage } from '../quickcheckPrintPage';
import { ctxOf, type App, type AppDeps } from '../types';

const tags = ['quickcheck'];

const questionsBody: QuickcheckQuestions = {
  allowedAnswers: quickcheckAnswerValues.map((value) => ({
    value,
    labelDe: quickcheckAnswerLabels[value],
    labelEn: quickcheckAnswerLabelsEn[value],
    points: quickcheckPointsFor(value),
  })),
  questions: [...quickcheckQuestions],
  labels: quickcheckLabels.map(({ key, label, labelEn, minPercent }) => ({
    key,
    label,
    labelEn,
    minPercent,
  })),
};

/** The questions of the Quickcheck are product data: the same for everyone, no login needed. */
export async function quickcheckPublicRoutes(app: App) {
  app.get(
    '/quickcheck/questions',
    { schema: { tags, response: { 200: quickcheckQuestionsSchema } } },
    async () => questionsBody,
  );
}

/** Saved Quickcheck runs of a workspace: run, list, compare, export, print, adopt as target touchpoints. */
export async function quickcheckRoutes(app: App, _deps: AppDeps) {
  app.get(
    '/quickcheck/runs',
    { schema: { tags, params: workspaceParams, response: { 200: z.array(quickcheckRunSummarySchema) } } },
    async (req) => listQuickcheckRuns(ctxOf(req)),
  );
  app.post(
    '/quickcheck/runs',
    {
      schema: {
        tags,
        params: workspaceParams,
        body: quickcheckRunInputSchema,
        response: { 201: quickcheckRunSchema },
      },
    },
    async (req, reply) => sendResult(reply, await runQuickcheck(ctxOf(req), req.body), 201),
  );
  app.get(
    '/quickcheck/runs/:id',
    { schema: { tags, params: idParams, response: { 200: quickcheckRunSchema } } },
    async (req, reply) => sendResult(reply, await getQuickcheckRun(ctxOf(req), req.params.id)),
  );
  app.delete(
    '/quickcheck/runs/:id',
    { schema: { tags, params: idParams, response: { 200: deletedSchema } } },
    async (req, reply) => sendResult(reply, await deleteQuickcheckRun(ctxOf(req), req.params.id)),
  );
  app.get(
    '/quickcheck/runs/:id/compare',
    {
      schema: {
        tags,
        params: idParams,
        querystring: quickcheckCompareQuery,
        response: { 200: quickcheckComparisonSchema },
      },
    },
    async (req, reply) => sendResult(reply, await compareWithRun(ctxOf(req), req.params.id, req.query.with)),
  );
  app.get(
    '/quickcheck/runs/:id.csv',
    { schema: { tags, params: idParams, querystring: quickcheckLangQuery, response: { 200: csvAnswer } } },
    async (req, reply) => {
      const result = await quickcheckRunCsv(ctxOf(req), req.params.id, req.query.lang);
      if (!result.ok) return sendError(reply, result.error);
      return sendCsvFile(reply, result.value.filename, result.value.csv);
    },
  );
  app.get(
    '/quickcheck/runs/:id/print',
    { schema: { tags, params: idParams, querystring: quickcheckLangQuery, response: { 200: htmlAnswer } } },
    async (req, reply) => {
      const result = await getQuickcheckRunReport(ctxOf(req), req.params.id, req.query.lang);
      if (!result.ok) return sendError(reply, result.error);
      return (
        reply
          .type('text/html; charset=utf-8')
          // The page is static: no script runs, nothing is fetched.
          .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
          .send(renderQuickcheckPrintPage(result.value))
      );
    },
  );
  app.post(
    '/quickcheck/runs/:id/adopt',
    {
      schema: {
        tags,
        params: idParams,
        body: quickcheckAdoptInputSchema,
        response: { 201: quickcheckAdoptResultSchema },
      },
    },
    async (req, reply) =>
      sendResult(reply, await adoptRecommendations(ctxOf(req), req.params.id, req.body), 201),
  );
}
