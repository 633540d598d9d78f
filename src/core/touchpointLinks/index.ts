export * from './checkTouchpointLink';
export * from './journeysOf';
export * from './pathThrough';
