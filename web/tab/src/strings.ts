let strings: Record<string, string> = {};
let language = 'en';

export function setStrings(lang: string, values: Record<string, string>): void {
  language = lang;
  strings = values;
}

/** The support language (the page's language, as the case cards'). */
export function lang(): string {
  return language;
}

/** A string of the support language with its {{variables}} filled; the key itself if it is missing. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  const template = strings[key] ?? key;
  return template.replace(/{{\s*([\w.-]+)\s*}}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
