export * from './buildCycleReport';
export * from './cycleCounts';
export * from './cycleModel';
