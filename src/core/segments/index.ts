export * from './checkSegmentDefinition';
export * from './describeSegment';
export * from './segmentDefinition';
