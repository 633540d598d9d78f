const listeners = new Set<() => void>();

/** Tells the dispatchers of this process that a delivery was queued, so it goes out without waiting for the next poll. */
export function wakeWebhookDispatcher(): void {
  for (const listener of listeners) listener();
}

/** @returns a function that stops listening. */
export function onWebhookQueued(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
