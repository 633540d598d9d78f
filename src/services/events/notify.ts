/**
 * Who wants to know that a workspace has new events (the event processor wakes up instead of polling).
 * Listeners run synchronously after the INSERT committed; a failing listener never fails ingestion.
 *
 * @example
 * const stop = subscribe((workspaceId) => processor.wake(workspaceId));
 */
export type EventsListener = (workspaceId: string) => void;

const listeners = new Set<EventsListener>();

/** Returns the function that unsubscribes. */
export function subscribe(listener: EventsListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notify(workspaceId: string): void {
  for (const listener of listeners) {
    try {
      listener(workspaceId);
    } catch (error) {
      console.error(`An events listener failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
