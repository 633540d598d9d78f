import { describe, expect, it } from 'vitest';
import { createScoringRule } from '../../src/services/scoring/scoringRules';
import { scoreNewEvents } from '../../src/services/scoring/scoringConsumer';
import { scoringRuleInputSchema } from '../../src/contract/scoring';
import { aWorkspace } from '../support/builders';
import { cli, useTestDatabaseForCli } from '../support/cli';
import { testDb } from '../support/db';
import { insertEvents, processAll } from '../support/eventRows';

useTestDatabaseForCli();

describe('touchpoint leads', () => {
  it('lists leads, explains a score and moves a stage', async () => {
    const db = testDb();
    const ws = await aWorkspace(db);
    const rule = scoringRuleInputSchema.parse({
      kind: 'engagement',
      name: 'Quote',
      points: 25,
      eventType: 'quote_request',
    });
    const created = await createScoringRule(ws.ctx, rule);
    expect(created.ok).toBe(true);
    await insertEvents(db, ws.workspace.id, [
      {
        type: 'identify',
        at: new Date().toISOString(),
        anon: 'a',
        properties: { email: 'a@example.com', name: 'Ada' },
      },
      { type: 'quote_request', at: new Date().toISOString(), anon: 'a' },
    ]);
    // A server another test file started may hold the processor's or the scorer's cursor for a moment
    // (both skip a locked workspace), so step until the score is there.
    const deadline = Date.now() + 10_000;
    for (;;) {
      await processAll(db, ws.workspace.id);
      await scoreNewEvents(db, ws.workspace.id, new Date());
      const scored = await db
        .selectFrom('profile_scores')
        .select('profile_id')
        .where('workspace_id', '=', ws.workspace.id)
        .executeTakeFirst();
      if (scored || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const w = ['--workspace', ws.workspace.id];
    const list = await cli('leads', 'list', ...w, '--format', 'json');
    expect(list.code, list.stderr).toBe(0);
    const [lead] = JSON.parse(list.stdout) as { profileId: string; score: number; stage: string }[];
    expect(lead).toMatchObject({ score: 25, stage: 'lead' });
    const score = await cli('leads', 'score', lead?.profileId ?? '', ...w);
    expect(score.stdout).toMatch(/Score 25 .*stage lead/);
    expect(score.stdout).toContain('Quote');
    const moved = await cli('leads', 'stage', lead?.profileId ?? '', ...w, '--to', 'sal');
    expect(moved.code, moved.stderr).toBe(0);
    const back = await cli('leads', 'stage', lead?.profileId ?? '', ...w, '--to', 'lead');
    expect(back.code).not.toBe(0);
    expect(back.stderr).toMatch(/needs a reason/);
    const bad = await cli('leads', 'list', ...w, '--min-score', 'many');
    expect(bad.code).not.toBe(0);
  });
});
