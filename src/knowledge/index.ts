export { KnowledgeError, type KnowledgeProblem } from './errors';
export { formatAge, formatDate } from './format';
export type { Answer, FollowUpAnswer, Knowledge, Link } from './knowledge';
export { DEFAULT_CONTENT_DIR, loadKnowledge } from './load';
export { phaseAt, type Timeline } from './timeline';
export { FOLLOW_UP_TOPICS, LANGS, PHASES, isLang, type FollowUpTopic, type Lang, type Phase } from './types';
