export { KnowledgeError, type KnowledgeProblem } from './errors';
export { formatAge, formatDate } from './format';
export type { Answer, Knowledge, Link } from './knowledge';
export { DEFAULT_CONTENT_DIR, loadKnowledge } from './load';
export { phaseAt, type Timeline } from './timeline';
export { LANGS, PHASES, isLang, type Lang, type Phase } from './types';
