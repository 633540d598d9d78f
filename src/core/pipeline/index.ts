export * from './pipelineStages';
export * from './checkPipelineStages';
export * from './moveDeal';
export * from './weightedForecast';
export * from './stageFlow';
export * from './interactionTrend';
export * from './closeReasons';
export * from './parseDealRow';
