import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from './input-error.ts';

/** The signals that ask a build to stop: a CI cancel (SIGTERM), Ctrl-C (SIGINT), a closed terminal (SIGHUP). */
const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];

/** How often a process looks whether the one that started it has ended. */
export const PARENT_POLL_MS = 100;

/** A build stopped before it published anything: by a signal, or because one of its processes ended. */
export class Stopped extends InputError {
  constructor(why: string) {
    super('build', null, `stopped ${why} before publishing anything`, 'content/ and dist/ are as they were; build again');
  }
}

export interface BuildStop {
  /** Aborts, with a Stopped as its reason, when the build is to stop. */
  signal: AbortSignal;
  /** Stops the build from within (a stage's process ended by a signal); the first reason stays. */
  stop(reason: Stopped): void;
  /** The signal this process received, if any: the build ends by it once it has cleaned up. */
  received(): NodeJS.Signals | null;
  /** Stops listening: signals end the process again as they do by default. */
  dispose(): void;
}

/** Calls `ended` once when the process that started this one has ended (its parent id changes). */
export function onParentEnd(ended: () => void, pollMs = PARENT_POLL_MS): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    ended();
  }, pollMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Turns SIGTERM, SIGINT and SIGHUP, and the end of the process that started the build, into
 * an abort the build's stages watch, instead of the instant death that would leave its stage
 * processes writing. npm runs a script through a shell, and a shell ended by SIGTERM leaves
 * the script running: the build then learns of it only from its parent's end. The event loop
 * running dry while a stage is awaited means a stage's process ended without answering (the
 * search indexer, killed): that stops the build too, rather than ending it with the lock held.
 * (package.json runs the build as `exec node scripts/build.ts`, so that the signals npm passes
 * on reach the build itself: the shell in between waits out SIGINT until its child ends.)
 */
export function stopOnSignals(): BuildStop {
  const controller = new AbortController();
  let received: NodeJS.Signals | null = null;
  const stop = (reason: Stopped) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    received ??= signal;
    stop(new Stopped(`by ${signal}`));
  };
  const onDry = () => stop(new Stopped('because a process of the build ended without finishing its work'));
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('beforeExit', onDry);
  const unwatch = onParentEnd(() => stop(new Stopped('because the process that started it ended')));
  return {
    signal: controller.signal,
    stop,
    received: () => received,
    dispose() {
      for (const signal of SIGNALS) process.off(signal, onSignal);
      process.off('beforeExit', onDry);
      unwatch();
    },
  };
}

/** Settles as `work` does, or rejects with the stop's reason as soon as the build is stopped. */
export function untilStopped<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Loaded first into every stage's process: it ends itself when the build that started it has ended. */
const END_WITH_PARENT = pathToFileURL(join(import.meta.dirname, 'end-with-parent.ts')).href;

export interface StageProcess {
  child: ChildProcess;
  /**
   * Settles once the process has ended (so nothing of it writes any more): resolves with its
   * exit code; rejects with the stop's reason when the build was stopped, or stops the build
   * when the process was ended by a signal from elsewhere.
   */
  ended: Promise<number>;
  /** Ends the process now, its work unwanted (the build failed elsewhere). */
  kill(): void;
}

/**
 * A stage of the build in a Node process of its own (`node script ...args`) that stops with
 * the build: killed when the build stops, and ending itself when the build's process is gone
 * (scripts/lib/end-with-parent.ts).
 */
export function spawnStage(
  name: string,
  script: string,
  args: string[],
  options: { stop: BuildStop; stdio: StdioOptions; env?: NodeJS.ProcessEnv },
): StageProcess {
  const { stop } = options;
  stop.signal.throwIfAborted();
  const child = spawn(process.execPath, ['--import', END_WITH_PARENT, script, ...args], { stdio: options.stdio, env: options.env });
  // SIGKILL: what a stopped stage wrote is thrown away, and a stage busy in one long stretch
  // of work (Astro bundling) would answer any other signal only when the stretch ends.
  let killed = false;
  const kill = () => {
    killed = true;
    child.kill('SIGKILL');
  };
  stop.signal.addEventListener('abort', kill, { once: true });
  const ended = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      stop.signal.removeEventListener('abort', kill);
      if (signal && !killed) stop.stop(new Stopped(`by ${signal} to ${name} (process ${child.pid})`));
      if (stop.signal.aborted) reject(stop.signal.reason);
      else resolve(code ?? 1);
    });
  });
  return { child, ended, kill };
}
