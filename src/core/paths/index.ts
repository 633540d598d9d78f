export * from './computePaths';
