export { retryDelayMs, WEBHOOK_MAX_ATTEMPTS } from './retrySchedule';
export { newWebhookSecret, signedHeaders } from './signWebhook';
export { WEBHOOK_TEST_KIND, webhookEventKinds, type WebhookEventKind } from './webhookEventKinds';
