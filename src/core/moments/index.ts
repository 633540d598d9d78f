export * from './differenceInterval';
export * from './lowRatedBusy';
export * from './measureMoments';
