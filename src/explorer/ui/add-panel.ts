import type { Session } from '../data/index.js';
import type { Settings } from '../settings/index.js';
import { byId, h } from './dom.js';
import { message } from './message.js';

export interface AddDeps {
  settings: Readonly<Settings>;
  session: Session;
  select(id: string): void;
  showTab(): void;
}

/** The "Add" tab: extracts a pasted or dropped article in the worker, then lists its new entities. */
export async function addArticle(d: AddDeps, text: string, name: string): Promise<void> {
  if (!text.trim()) return message('The article is empty.', 'error');
  if (text.length > d.settings.maxArticleChars) return message(`The article is too long for the browser (${text.length.toLocaleString('en')} characters); use the CLI.`, 'error');
  const out = byId('add-result');
  const run = byId<HTMLButtonElement>('add-run');
  out.replaceChildren(h('div', { class: 'muted' }, 'Extracting… (the language model loads on first use)'));
  run.disabled = true;
  try {
    const { summary, fresh } = await d.session.addArticle(text, name);
    const items = fresh.map((n) => h('li', {}, h('button', { class: 'linkish node-link', data: { id: n.id }, on: { click: () => d.select(n.id) } }, n.label)));
    out.replaceChildren(h('div', { testid: 'add-summary' }, summary), h('ul', { class: 'articles', testid: 'add-entities' }, ...items));
    message(`Added ${summary}`);
  } catch (e) {
    out.replaceChildren(h('div', { class: 'error' }, `Extraction failed: ${(e as Error).message}`));
  } finally {
    run.disabled = false;
  }
}

export async function addArticleFile(d: AddDeps, file: File): Promise<void> {
  if (file.size > d.settings.maxArticleChars * 4) return message(`${file.name} is too large for the browser; use the CLI.`, 'error');
  d.showTab();
  await addArticle(d, await file.text(), file.name);
}

/** The paste form: a title, if given, becomes front matter. */
export function setupAddForm(d: AddDeps): void {
  byId('add-run').addEventListener('click', () => {
    const title = byId<HTMLInputElement>('add-title').value.trim();
    const text = byId<HTMLTextAreaElement>('add-text').value;
    void addArticle(d, title && !text.startsWith('---') ? `---\ntitle: ${JSON.stringify(title)}\n---\n${text}` : text, title || `pasted-${Date.now().toString(36)}.txt`);
  });
  const file = byId<HTMLInputElement>('file-article');
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) void addArticleFile(d, f);
    file.value = '';
  });
}
