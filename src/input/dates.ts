import { InputError } from '../errors.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;

/** Accepts `YYYY-MM-DD` (optionally followed by a time) naming a real calendar day; returns the day. */
export function checkIsoDate(value: string, where: string): string {
  const m = ISO.exec(value.trim());
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    if (t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  throw new InputError(where, `date ${JSON.stringify(value.slice(0, 40))} is not an ISO date (YYYY-MM-DD)`); // JSON quoting keeps the message on one line
}
