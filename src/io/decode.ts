import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';

const MAX_BYTES = 64 * 1024 * 1024;

/** Reads a file as text: UTF-8 (BOM allowed) or UTF-16 with BOM; binary or invalid UTF-8 is refused. */
export function decode(path: string): string {
  const st = statSync(path);
  if (st.size > MAX_BYTES) throw new InputError(path, `file is ${Math.round(st.size / 1048576)} MB; the limit is ${MAX_BYTES / 1048576} MB`);
  const buf = readFileSync(path);
  if (buf.length === 0) throw new InputError(path, 'file is empty');
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  if (buf.includes(0)) throw new InputError(path, 'looks like a binary file (contains NUL bytes), not text');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (text.trim() === '') throw new InputError(path, 'file holds only whitespace');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, 'is not valid UTF-8 text');
  }
}
