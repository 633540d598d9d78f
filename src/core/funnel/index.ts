export { computePhaseFunnel, percentile, type FunnelStep, type ProfileReach } from './computePhaseFunnel';
