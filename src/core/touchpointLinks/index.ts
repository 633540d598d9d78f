export * from './checkTouchpointLink';
export * from './journeysOf';
export * from './pathThrough';
export * from './linkHistoryEntries';
