export * from './studyFigures';
export * from './questions';
export * from './scoreMarketMirror';
export * from './marketMirrorProgress';
