import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { running } from '../../src/lib/process/running.ts';

describe('running', () => {
  it('tells a live process from one that has ended', () => {
    expect(running(process.pid)).toBe(true);
    const ended = spawnSync(process.execPath, ['-e', '']).pid!;
    expect(running(ended)).toBe(false);
  });
});
