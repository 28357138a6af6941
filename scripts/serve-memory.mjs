// The memory of `newsgraph serve`'s whole process tree (issue 16: ≤ 1 GB at 1,500 articles): runs
// `node bin/newsgraph.js serve <inputs> --port 0`, samples the RSS of the server and all its descendants
// (the build and index children) from /proc every 200 ms, and stops 5 s after "explorer index ready".
// Linux only.
//   node scripts/serve-memory.mjs out/corpus.ttl
//   node scripts/serve-memory.mjs ../shared/corpus/wikinews/wikinews.jsonl generated.jsonl
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { clearInterval, setInterval, setTimeout } from 'node:timers';

const serve = spawn(process.execPath, ['bin/newsgraph.js', 'serve', ...process.argv.slice(2), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
const t0 = Date.now();
const seconds = (ms) => (ms / 1000).toFixed(1);
const mb = (kb) => Math.round(kb / 1024);

/** [pid, RSS in kB] of a process and its descendants, the process first. */
function tree(root) {
  const kids = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(d)]);
    } catch {
      // gone meanwhile
    }
  }
  const out = [];
  const walk = (pid) => {
    try {
      out.push([pid, Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1])]);
    } catch {
      // gone meanwhile
    }
    for (const c of kids.get(pid) ?? []) walk(c);
  };
  walk(root);
  return out;
}

let peak = 0;
let peakAt = 0;
let serverPeak = 0;
const children = new Map();
const timer = setInterval(() => {
  const t = tree(serve.pid);
  const sum = t.reduce((n, [, kb]) => n + kb, 0);
  if (sum > peak) [peak, peakAt] = [sum, Date.now() - t0];
  serverPeak = Math.max(serverPeak, t[0]?.[1] ?? 0);
  for (const [pid, kb] of t.slice(1)) {
    const c = children.get(pid) ?? { from: Date.now() - t0, peak: 0 };
    c.peak = Math.max(c.peak, kb);
    children.set(pid, c);
  }
}, 200);

let ready = false;
const onOutput = (d) => {
  const s = String(d);
  process.stderr.write(s);
  if (!ready && s.includes('explorer index ready')) {
    ready = true;
    setTimeout(finish, 5000);
  }
};
serve.stdout.on('data', onOutput);
serve.stderr.on('data', onOutput);
serve.on('exit', (code) => {
  if (!ready) {
    clearInterval(timer);
    console.error(`serve exited (${code}) before its index was ready`);
    process.exitCode = 1;
  }
});

function finish() {
  clearInterval(timer);
  const status = readFileSync(`/proc/${serve.pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
  console.log(`process tree peak ${mb(peak)} MB (at ${seconds(peakAt)} s); server process peak ${mb(serverPeak)} MB, ${mb(rss)} MB once the index is ready`);
  for (const [pid, c] of children) console.log(`  child ${pid} (from ${seconds(c.from)} s): peak ${mb(c.peak)} MB`);
  serve.kill('SIGTERM');
}
