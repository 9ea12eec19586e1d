export type { ContextReading, FollowUpTopic } from './types';
export { readInContext } from './read';
