/**
 * The only way the explorer builds DOM: elements and text nodes, never HTML strings.
 * Text from articles and from loaded RDF goes in through `textContent` / text nodes, so it is never parsed as HTML.
 */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; title?: string; testid?: string; data?: Record<string, string>; attrs?: Record<string, string>; on?: Partial<Record<keyof HTMLElementEventMap, (e: Event) => void>> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.title) el.title = props.title;
  if (props.testid) el.dataset.testid = props.testid;
  for (const [k, v] of Object.entries(props.data ?? {})) el.dataset[k] = v;
  for (const [k, v] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(k) || k === 'href' || k === 'src' || k === 'style') throw new Error(`h(): attribute ${k} is not allowed here`);
    el.setAttribute(k, v);
  }
  for (const [ev, fn] of Object.entries(props.on ?? {})) if (fn) el.addEventListener(ev, fn);
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Only http(s) IRIs become link targets; anything else (javascript:, data:, …) gives null. */
export function safeHref(iri: string): string | null {
  try {
    const u = new URL(iri);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** An external link if the IRI is http(s), plain text otherwise. */
export function externalLink(iri: string, text: string = iri): HTMLElement {
  const href = safeHref(iri);
  if (!href) return h('span', { class: 'iri' }, text);
  const a = h('a', { class: 'external', attrs: { target: '_blank', rel: 'noopener noreferrer' } }, text);
  a.href = href;
  return a;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** Download a string or blob under a file name (a blob: URL, revoked afterwards). */
export function download(data: Blob, filename: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An element of index.html by id. */
export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
