import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, treeDigest } from '../helpers/run-build.ts';

// A project of its own, built once, whose builds are then stopped by signals.
const work = mkdtempSync(join(tmpdir(), 'signals-'));
const site = { content: join(work, 'content'), dist: join(work, 'dist') };
const digest = () => ({ content: treeDigest(site.content), dist: treeDigest(site.dist) });

beforeAll(() => {
  const run = runBuild(site);
  if (run.status !== 0) throw new Error(run.stderr);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Proc {
  pid: number;
  ppid: number;
  stat: string;
  args: string;
}

function processes(): Proc[] {
  const out = spawnSync('ps', ['-eo', 'pid=,ppid=,stat=,args='], { encoding: 'utf8' }).stdout;
  return out
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line))
    .filter((m) => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), stat: m[3]!, args: m[4]! }));
}

/** `root` and every process below it. */
function tree(root: number): Proc[] {
  const all = processes();
  const found = all.filter((p) => p.pid === root);
  for (let i = 0; i < found.length; i++) found.push(...all.filter((p) => p.ppid === found[i]!.pid));
  return found;
}

/** Which of `pids` still run (a zombie waiting for a parent to collect it runs no more). */
const running = (pids: number[]) => processes().filter((p) => pids.includes(p.pid) && !p.stat.startsWith('Z'));

/** The process of each moment of a build, by its command line. */
const MOMENTS = {
  content: /scripts\/content\/stage\.ts/,
  site: /scripts\/site\/run\.ts/,
  index: /pagefind/,
} as const;

interface Case {
  /** How the build is started: `npm run build`, or its script. */
  via: 'npm' | 'script';
  when: keyof typeof MOMENTS;
  /** Who gets the signal: npm, the build's script, or the process of the moment. */
  to: 'npm' | 'build' | 'moment';
  signal: NodeJS.Signals;
}

const CASES: Case[] = [
  { via: 'npm', when: 'site', to: 'npm', signal: 'SIGTERM' },
  { via: 'npm', when: 'content', to: 'npm', signal: 'SIGINT' },
  { via: 'script', when: 'content', to: 'build', signal: 'SIGTERM' },
  { via: 'script', when: 'site', to: 'build', signal: 'SIGINT' },
  { via: 'script', when: 'index', to: 'build', signal: 'SIGTERM' },
  { via: 'script', when: 'content', to: 'moment', signal: 'SIGTERM' },
  { via: 'script', when: 'site', to: 'moment', signal: 'SIGTERM' },
  { via: 'npm', when: 'site', to: 'moment', signal: 'SIGINT' },
  { via: 'script', when: 'index', to: 'moment', signal: 'SIGTERM' },
];

function start(via: Case['via'], run: number): ChildProcess {
  // Caches of their own, so that the content and search stages do their work in every run.
  const env = {
    ...process.env,
    CONTENT_DIR: site.content,
    DIST_DIR: site.dist,
    CONTENT_CACHE_DIR: join(work, `content-cache-${run}`),
    SEARCH_CACHE_DIR: join(work, `search-cache-${run}`),
  };
  const [command, args] = via === 'npm' ? ['npm', ['run', '-s', 'build']] : [process.execPath, ['scripts/build.ts']];
  return spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('a signal to any process of a build stops all of it and keeps the published site', () => {
  it.each(CASES.map((c, i) => [`${c.signal} to ${c.to === 'moment' ? `the ${c.when} process` : c.to} during the ${c.when} stage (${c.via === 'npm' ? 'npm run build' : 'node scripts/build.ts'})`, c, i] as const))(
    '%s',
    async (_, { via, when, to, signal }, run) => {
      const before = digest();
      const build = start(via, run);
      let stderr = '';
      build.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => build.on('close', (code, sig) => done({ code, signal: sig })));

      let procs: Proc[] = [];
      let moment: Proc | undefined;
      while (!moment) {
        procs = tree(build.pid!);
        moment = procs.find((p) => MOMENTS[when].test(p.args) && !p.stat.startsWith('Z'));
        expect(build.exitCode, `the build ended before its ${when} stage was seen: ${stderr}`).toBeNull();
      }
      const script = procs.find((p) => /scripts\/build\.ts/.test(p.args) && !/^sh /.test(p.args))!;
      const target = { npm: build.pid!, build: script.pid, moment: moment.pid }[to];
      process.kill(target, signal);
      const ended = await exited;

      expect(ended.code === 0 && ended.signal === null, 'the build finished as if not stopped').toBe(false);
      const stopped = stderr.split('\n').filter((line) => line.startsWith('build: '));
      expect(stopped).toEqual([expect.stringMatching(/^build: stopped .* before publishing anything: content\/ and dist\/ are as they were; build again$/)]);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(digest()).toEqual(before);
      expect(existsSync(join(work, '.dist-builds', 'lock'))).toBe(false);
      // Every process the build had when the signal came ends (each looks for its parent every tenth of a second).
      const pids = procs.map((p) => p.pid);
      for (let i = 0; i < 50 && running(pids).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(running(pids).map((p) => p.args)).toEqual([]);
    },
  );

  it('leaves nothing the next build does not sweep, and the next build publishes', () => {
    expect(runBuild(site).status).toBe(0);
    const kept = readdirSync(join(work, '.dist-builds')).sort();
    expect(kept).toHaveLength(3);
    expect(kept).toEqual(expect.arrayContaining(['current', 'site-cache']));
  });
});
