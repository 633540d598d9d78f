export * from './journey';
export * from './attribute';
export * from './attributeAll';
export * from './readJourneysFile';
export type { PositionWeights } from './positionBased';
export type { DecayClock } from './timeDecay';
export * from './journeysFromEvents';
export * from './campaignRoi';
export { defaultPositionWeights } from './positionBased';
