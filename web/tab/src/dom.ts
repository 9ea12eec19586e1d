/** Attributes and properties of an element built by h(); `text` sets textContent (never markup). */
type Props = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;
type Child = Node | string | undefined | null | false;

/**
 * Builds an element. Text always goes in as text nodes: a user's words or an agent's note can never
 * become markup in the page.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'text') element.textContent = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== undefined && child !== null && child !== false) element.append(child);
  return element;
}

/** Replaces everything inside `parent`. */
export function show(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => c !== undefined && c !== null && c !== false));
}

/** A table with a caption and column headers; `rows` are cells (text or elements). */
export function table(caption: string, headers: string[], rows: Child[][], options: { captionHidden?: boolean } = {}): HTMLTableElement {
  return h('table', {},
    h('caption', { class: options.captionHidden ? 'visually-hidden' : undefined, text: caption }),
    h('thead', {}, h('tr', {}, ...headers.map((header) => h('th', { scope: 'col', text: header })))),
    h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))))),
  );
}
