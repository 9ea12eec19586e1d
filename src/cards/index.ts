export { ANSWER_VERBS, answerCard, type AnswerCardInput } from './answerCard';
export { CASE_VERBS, NOTE_INPUT_ID, caseCard, chatDeepLink, type CaseCardInput } from './caseCard';
export { AnswerCardCache } from './answerCardCache';
export { followUpCard, type FollowUpCardInput } from './followUpCard';
export { helpCard } from './helpCard';
export { escapeMarkdown, plainText } from './text';
export * from './types';
