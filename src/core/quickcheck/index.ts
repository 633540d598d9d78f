export * from './weights';
export * from './questions';
export * from './answers';
export * from './scoreQuickcheck';
export * from './compareRuns';
export * from './defaultAdoptSelection';
