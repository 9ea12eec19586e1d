export type { Command, LanguageChoice, Recognition, Topic } from './types';
export { recognize } from './recognize';
export { chooseLanguage, langFromLocale } from './language';
export { normalize, MAX_ANALYZED_CHARS } from './normalize';
