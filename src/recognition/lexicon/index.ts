import type { Lexicon } from './types';
import { en } from './en';
import { fr } from './fr';
import { de } from './de';
import { es } from './es';
import { it } from './it';
import { pt } from './pt';
import { nl } from './nl';
import { ja } from './ja';
import { ko } from './ko';
import { zh } from './zh';

export { GLOBAL } from './global';
export type { Lexicon } from './types';
export const LEXICONS: readonly Lexicon[] = [en, fr, de, es, it, pt, nl, ja, ko, zh];
