import type { Lang } from '../../knowledge/types';
import type { ContextExamples } from './types';
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

export type { ContextExamples } from './types';
export const EXAMPLES: Readonly<Record<Lang, ContextExamples>> = { en, fr, de, es, it, pt, nl, ja, ko, zh };
