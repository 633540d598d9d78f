import type { Page } from 'playwright-core';

/** The worked example of docs/quickcheck.md: Chatbots come out "Sehr empfehlenswert" (82,7 %) on rank 3. */
export const WORKED_EXAMPLE_ANSWERS = [
  'sehr wichtig',
  'sehr wichtig',
  'wichtig',
  'sehr wichtig',
  'weniger wichtig',
  'wichtig',
  'wichtig',
  'sehr wichtig',
  'weniger wichtig',
  'sehr wichtig',
  'wichtig',
  'sehr wichtig',
  'unwichtig',
  'unwichtig',
] as const;

/** Answers the open Quickcheck wizard question by question, as a person clicks through it. */
export async function answerQuickcheck(
  page: Page,
  answers: readonly string[] = WORKED_EXAMPLE_ANSWERS,
): Promise<void> {
  for (const [i, answer] of answers.entries()) {
    await page.getByRole('button', { name: new RegExp(`^Frage ${i + 1}:`) }).click();
    await page.getByText(`Frage ${i + 1} von 14`).waitFor();
    await page.getByRole('radio', { name: answer, exact: true }).check();
  }
}
