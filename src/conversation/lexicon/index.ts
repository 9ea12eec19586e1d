import type { ContextLexicon } from './types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { pt } from './pt';
import { zh } from './zh';

export type { ContextLexicon } from './types';
export const CONTEXT_LEXICONS: readonly ContextLexicon[] = [en, fr, de, es, it, pt, nl, ja, ko, zh];
