/**
 * What a webhook endpoint can subscribe to. Each kind is sent by the place that makes the change, in
 * the same transaction (the delivery table is an outbox), with the `data` its docs/webhooks.md entry shows.
 */
export const webhookEventKinds = [
  'kpi.alert_raised',
  'deal.created',
  'deal.stage_changed',
  'lifecycle.stage_changed',
] as const;
export type WebhookEventKind = (typeof webhookEventKinds)[number];

/** The kind of the test message an owner sends from the app; no endpoint subscribes to it. */
export const WEBHOOK_TEST_KIND = 'webhook.test';
