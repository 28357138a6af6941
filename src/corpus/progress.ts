/** What a build reports as it goes. */
export interface ProgressState {
  articles: number;
  /** Input bytes consumed and in total (for percentage and ETA). */
  bytes: number;
  totalBytes: number;
  reused: number;
  elapsedMs: number;
}

/**
 * A one-line progress bar with articles/s and ETA, redrawn at most 10 times a second, on a terminal
 * only: in a pipe, a file or CI (env CI set) it stays silent, so logs hold the final summary alone.
 */
export class ProgressBar {
  private last = 0;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  static wanted(flag: boolean | undefined, stream: NodeJS.WriteStream = process.stderr): boolean {
    if (flag === false) return false;
    return !!stream.isTTY && !process.env.CI && process.env.TERM !== 'dumb';
  }

  update(s: ProgressState, force = false): void {
    const now = performance.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const frac = s.totalBytes > 0 ? Math.min(1, s.bytes / s.totalBytes) : 0;
    const width = 24;
    const fill = Math.round(frac * width);
    const rate = s.elapsedMs > 0 ? (s.articles / s.elapsedMs) * 1000 : 0;
    const eta = frac > 0.01 ? ((s.elapsedMs / frac) * (1 - frac)) / 1000 : NaN;
    const line = `[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${s.articles} articles${s.reused ? ` (${s.reused} cached)` : ''}  ${rate.toFixed(0)} articles/s  ETA ${Number.isFinite(eta) ? formatSecs(eta) : '?'}`;
    this.stream.write(`\r${line.slice(0, (this.stream.columns ?? 100) - 1)}\u001b[K`);
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.stream.write('\r\u001b[K');
  }
}

function formatSecs(s: number): string {
  if (s < 60) return `${s.toFixed(0)} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`;
}
