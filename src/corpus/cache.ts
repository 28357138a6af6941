import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../input/types.js';
import { writeAtomic } from '../io/write-output.js';
import type { Fragment, FragmentOptions } from './fragment.js';

let codeFingerprint: string | undefined;

/**
 * Fingerprint of everything besides the article that decides its quads: the extraction code and the
 * bundled knowledge (every .ts/.js/.json under src/ and data/). Changing either invalidates the cache.
 */
export function fingerprint(): string {
  if (codeFingerprint) return codeFingerprint;
  const here = dirname(fileURLToPath(import.meta.url));
  const srcRoot = join(here, '..');
  const h = createHash('sha256');
  const add = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'explorer' && name !== 'node_modules') add(p);
      } else if (/\.(ts|js|json)$/.test(name) && !name.endsWith('.d.ts')) h.update(name).update(readFileSync(p));
    }
  };
  add(srcRoot);
  // src/ → the package root holds data/; dist/src/ → two levels up.
  const root = [join(srcRoot, '..'), join(srcRoot, '..', '..')].find((r) => existsSync(join(r, 'data', 'gazetteer')));
  if (root) {
    add(join(root, 'data', 'gazetteer'));
    add(join(root, 'data', 'lexicon'));
  }
  codeFingerprint = h.digest('hex').slice(0, 16);
  return codeFingerprint;
}

/** Content hash of one article under the build options: same hash, same fragment. */
export function articleHash(a: Article, options: FragmentOptions): string {
  const { origin: _origin, ...content } = a;
  void _origin;
  return createHash('sha256')
    .update(fingerprint())
    .update('\u0000')
    .update(options.base)
    .update('\u0000')
    .update(a.date ? '' : (options.date ?? '')) // --date matters only to an article without its own date
    .update('\u0000')
    .update(JSON.stringify(content))
    .digest('hex')
    .slice(0, 32);
}

/** What the previous build held: article slug → content hash. */
export type Manifest = Map<string, string>;

/**
 * The incremental build cache: one fragment file per article content hash, plus a manifest of the
 * last build. An article whose hash has a fragment is not extracted again; an article missing from
 * the input is dropped from the output (and its fragment removed when the run ends).
 */
export class FragmentCache {
  readonly previous: Manifest;
  private readonly current: Manifest = new Map();

  private readonly manifestPath: string;

  /** `scope` names the shard ("3of8"), so shards can share one cache folder. */
  constructor(readonly dir: string, scope = '') {
    mkdirSync(join(dir, 'fragments'), { recursive: true });
    this.previous = new Map();
    this.manifestPath = join(dir, scope ? `manifest-${scope}.json` : 'manifest.json');
    const m = this.manifestPath;
    if (existsSync(m)) {
      try {
        const data = JSON.parse(readFileSync(m, 'utf8')) as { articles: Record<string, string> };
        for (const [slug, hash] of Object.entries(data.articles ?? {})) this.previous.set(slug, hash);
      } catch {
        // A broken manifest only costs a full rebuild.
      }
    }
  }

  private path(hash: string): string {
    return join(this.dir, 'fragments', hash.slice(0, 2), `${hash}.json`);
  }

  get(hash: string): Fragment | undefined {
    const p = this.path(hash);
    if (!existsSync(p)) return undefined;
    try {
      return JSON.parse(readFileSync(p, 'utf8')) as Fragment;
    } catch {
      return undefined;
    }
  }

  put(hash: string, f: Fragment): void {
    writeAtomic(this.path(hash), JSON.stringify(f));
  }

  /** Records that this build holds the article. */
  use(slug: string, hash: string): void {
    this.current.set(slug, hash);
  }

  /** Compares this build with the previous one. */
  changes(): { added: string[]; changed: string[]; removed: string[] } {
    const added: string[] = [];
    const changed: string[] = [];
    for (const [slug, hash] of this.current) {
      const before = this.previous.get(slug);
      if (before === undefined) added.push(slug);
      else if (before !== hash) changed.push(slug);
    }
    const removed = [...this.previous.keys()].filter((s) => !this.current.has(s));
    return { added: added.sort(), changed: changed.sort(), removed: removed.sort() };
  }

  /** Writes the manifest and removes the fragments of the previous build that this one no longer uses. */
  finish(): void {
    const articles = Object.fromEntries([...this.current].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeAtomic(this.manifestPath, `${JSON.stringify({ fingerprint: fingerprint(), articles })}\n`);
    const keep = new Set(this.current.values());
    for (const hash of this.previous.values()) if (!keep.has(hash)) rmSync(this.path(hash), { force: true });
  }
}
