export * from './checkGoal';
export * from './goalModel';
export * from './goalStatus';
export * from './swot';
export * from './swotMeasure';
export * from './swotOrder';
