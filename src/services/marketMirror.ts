import type { Selectable } from 'kysely';
import {
  type MarketMirrorAssessment,
  type MarketMirrorAssessmentInput,
  type MarketMirrorQuestionnaire,
} from '../contract/marketMirror';
import {
  marketMirrorProgress,
  marketMirrorQuestions,
  scoreMarketMirror,
  type MarketMirrorScore,
} from '../core/marketMirror';
import { ok, type Result } from '../core/result';
import type { MarketMirrorAssessmentsTable } from '../db/schema';
import type { WorkspaceContext } from './context';

const questionnaire: MarketMirrorQuestionnaire = {
  study: {
    title: 'Customer Journey Management als integrierte Methodik zum kundenzentrierten Geschäftsmodell',
    publisher: 'ec4u expert consulting ag',
    year: 2016,
    respondents: 188,
  },
  questions: [...marketMirrorQuestions],
};

/**
 * The questionnaire of the market study mirror.
 *
 * @example marketMirrorQuestionnaire().questions[0].key // 'journey_owner'
 */
export function marketMirrorQuestionnaire(): MarketMirrorQuestionnaire {
  return questionnaire;
}

/** Only the answered questions, as stored and scored. */
function answered(answers: MarketMirrorAssessmentInput['answers']): Record<string, string> {
  return Object.fromEntries(
    Object.entries(answers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/**
 * Scores and saves a self-assessment; every submission is kept, so the mirror shows progress.
 *
 * @example await submitMarketMirrorAssessment(ctx, { answers: { lead_handover: 'defined_process' } })
 */
export async function submitMarketMirrorAssessment(
  ctx: WorkspaceContext,
  input: MarketMirrorAssessmentInput,
): Promise<Result<MarketMirrorAssessment>> {
  const answers = answered(input.answers);
  const scored = scoreMarketMirror(answers);
  if (!scored.ok) return scored;
  const row = await ctx.db
    .insertInto('market_mirror_assessments')
    .values({
      workspace_id: ctx.workspaceId,
      answers: JSON.stringify(answers),
      taken_by: ctx.actor.userId,
      taken_by_name: ctx.actor.label,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const previous = await ctx.db
    .selectFrom('market_mirror_assessments')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where((eb) =>
      eb.or([
        eb('taken_at', '<', row.taken_at),
        eb.and([eb('taken_at', '=', row.taken_at), eb('id', '<', row.id)]),
      ]),
    )
    .orderBy('taken_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const earlier = previous ? scoreOf(previous) : null;
  return ok(toAssessment(row, scored.value, earlier));
}

/**
 * Every assessment of the workspace, newest first, each with what changed since the one before.
 *
 * @example const [latest] = await listMarketMirrorAssessments(ctx); latest?.progress?.closedGaps
 */
export async function listMarketMirrorAssessments(ctx: WorkspaceContext): Promise<MarketMirrorAssessment[]> {
  const rows = await ctx.db
    .selectFrom('market_mirror_assessments')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('taken_at')
    .orderBy('id')
    .execute();
  const list: MarketMirrorAssessment[] = [];
  let earlier: MarketMirrorScore | null = null;
  for (const row of rows) {
    const score = scoreOf(row);
    if (!score) continue;
    list.push(toAssessment(row, score, earlier));
    earlier = score;
  }
  return list.reverse();
}

type Row = Selectable<MarketMirrorAssessmentsTable>;

/** The stored answers scored again; an answer a later version of the questionnaire no longer knows is left out. */
function scoreOf(row: Row): MarketMirrorScore | null {
  const scored = scoreMarketMirror(knownAnswers(row.answers));
  return scored.ok ? scored.value : null;
}

function knownAnswers(stored: unknown): Record<string, string> {
  if (typeof stored !== 'object' || stored === null) return {};
  const known: Record<string, string> = {};
  for (const q of marketMirrorQuestions) {
    const answer = (stored as Record<string, unknown>)[q.key];
    if (typeof answer === 'string' && q.options.some((o) => o.key === answer)) known[q.key] = answer;
  }
  return known;
}

function toAssessment(
  row: Row,
  score: MarketMirrorScore,
  earlier: MarketMirrorScore | null,
): MarketMirrorAssessment {
  return {
    id: row.id,
    takenAt: row.taken_at.toISOString(),
    takenByName: row.taken_by_name,
    answers: Object.fromEntries(score.results.map((r) => [r.questionKey, r.answer])),
    score,
    progress: earlier ? marketMirrorProgress(earlier, score) : null,
  };
}
