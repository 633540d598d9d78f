export * from './computeAdhocFunnel';
