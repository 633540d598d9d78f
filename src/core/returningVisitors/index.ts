export { bucketOf, bucketsBetween, type VisitorInterval } from './buckets';
export {
  countVisitorBuckets,
  visitorSeries,
  type VisitorBucketCount,
  type VisitorPoint,
} from './newVsReturning';
