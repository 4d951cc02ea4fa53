import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuildStop, Stopped, spawnStage, untilStopped } from '../../scripts/lib/stop-signals.ts';

const dir = mkdtempSync(join(tmpdir(), 'stop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STOP_MODULE = JSON.stringify(resolve('scripts/lib/stop-signals.ts'));

/** A stop driven by the test instead of by signals. */
function testStop(): BuildStop & { controller: AbortController } {
  const controller = new AbortController();
  return {
    controller,
    signal: controller.signal,
    stop: (reason) => controller.abort(reason),
    received: () => null,
    dispose: () => {},
  };
}

/** A stage script that says it is ready, then works without ever yielding to its event loop. */
function busyStage(): string {
  const file = join(dir, 'busy.mjs');
  writeFileSync(file, "process.stdout.write('ready\\n');\nfor (;;);\n");
  return file;
}

const alive = (pid: number) => {
  const state = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim();
  return state !== '' && !state.startsWith('Z');
};

/** Waits, a tenth of a second at a time and at most fifty times, for `pid` to end. */
async function ends(pid: number): Promise<boolean> {
  for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  return !alive(pid);
}

describe('untilStopped', () => {
  it('settles as the work does, or rejects with the stop’s reason as soon as the build stops', async () => {
    const stop = testStop();
    await expect(untilStopped(Promise.resolve(7), stop.signal)).resolves.toBe(7);
    const never = new Promise(() => {});
    const waiting = untilStopped(never, stop.signal);
    stop.stop(new Stopped('by SIGTERM'));
    await expect(waiting).rejects.toThrow('build: stopped by SIGTERM before publishing anything: content/ and dist/ are as they were; build again');
  });
});

describe('spawnStage', () => {
  it('kills a stage busy in its own work when the build stops, and settles once it has ended', async () => {
    const stop = testStop();
    const stage = spawnStage('the busy stage', busyStage(), [], { stop, stdio: ['ignore', 'pipe', 'inherit'] });
    await createInterface({ input: stage.child.stdout! })[Symbol.asyncIterator]().next();
    stop.stop(new Stopped('by SIGINT'));
    await expect(stage.ended).rejects.toThrow('stopped by SIGINT');
    expect(alive(stage.child.pid!)).toBe(false);
  });

  it('stops the build when a stage is ended by a signal from elsewhere, naming it', async () => {
    const stop = testStop();
    const stage = spawnStage('the busy stage', busyStage(), [], { stop, stdio: ['ignore', 'pipe', 'inherit'] });
    await createInterface({ input: stage.child.stdout! })[Symbol.asyncIterator]().next();
    process.kill(stage.child.pid!, 'SIGTERM');
    await expect(stage.ended).rejects.toThrow(`stopped by SIGTERM to the busy stage (process ${stage.child.pid})`);
    expect(stop.signal.aborted).toBe(true);
  });

  it('ends a stage busy in its own work when the build that started it is killed outright', async () => {
    // A build in a process of its own, which starts the stage, says the stage's id, and waits.
    const build = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { spawnStage } from ${STOP_MODULE};
        const stop = { signal: new AbortController().signal, stop() {}, received: () => null, dispose() {} };
        const stage = spawnStage('the busy stage', ${JSON.stringify(busyStage())}, [], { stop, stdio: ['ignore', 'pipe', 'inherit'] });
        stage.child.stdout.once('data', () => process.stdout.write(stage.child.pid + '\\n'));
        stage.ended.catch(() => {});`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const line = await createInterface({ input: build.stdout! })[Symbol.asyncIterator]().next();
    const stagePid = Number(line.value);
    expect(alive(stagePid)).toBe(true);
    build.kill('SIGKILL');
    expect(await ends(stagePid)).toBe(true);
  });
});

describe('stopOnSignals', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('turns %s into a stop the build cleans up after, then ends by it', async (signal) => {
    const build = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { stopOnSignals } from ${STOP_MODULE};
        const stop = stopOnSignals();
        stop.signal.addEventListener('abort', () => {
          process.stdout.write(stop.signal.reason.message + '\\n');
          stop.dispose();
          process.kill(process.pid, stop.received());
        });
        setInterval(() => {}, 1000);
        process.stdout.write('ready\\n');`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const lines = createInterface({ input: build.stdout! })[Symbol.asyncIterator]();
    await lines.next();
    const ended = new Promise((r) => build.on('close', (_, sig) => r(sig)));
    build.kill(signal);
    expect((await lines.next()).value).toBe(`build: stopped by ${signal} before publishing anything: content/ and dist/ are as they were; build again`);
    expect(await ended).toBe(signal);
  });

  it('stops the build when the process that started it ends (a shell killed under npm)', async () => {
    const shell = spawn(
      'sh',
      [
        '-c',
        `${JSON.stringify(process.execPath)} --input-type=module -e "import { stopOnSignals } from '${resolve('scripts/lib/stop-signals.ts')}';
        const stop = stopOnSignals();
        stop.signal.addEventListener('abort', () => { process.stdout.write(stop.signal.reason.message + '\\n'); process.exit(1); });
        setInterval(() => {}, 1000);
        process.stdout.write('ready\\n');"; echo shell-after`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const lines = createInterface({ input: shell.stdout! })[Symbol.asyncIterator]();
    expect((await lines.next()).value).toBe('ready');
    shell.kill('SIGKILL');
    expect((await lines.next()).value).toBe('build: stopped because the process that started it ended before publishing anything: content/ and dist/ are as they were; build again');
  });
});
