import { type ChildProcess, spawn } from 'node:child_process';

/**
 * A command run in a pseudo-terminal (util-linux `script`), as a person at a keyboard runs it:
 * keys are typed once the screen shows what they answer.
 */
export class Terminal {
  private output = '';
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  constructor(command: string, env: NodeJS.ProcessEnv) {
    this.child = spawn('script', ['-qfec', command, '/dev/null'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.on('close', resolve));
  }

  /** The screen so far, without colour and cursor codes. */
  get screen(): string {
    // eslint-disable-next-line no-control-regex
    return this.output.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
  }

  /** Waits until the screen shows `text`, after `after` where that is given. */
  async waitFor(text: string, after = '', timeout = 20_000): Promise<void> {
    const started = Date.now();
    const shown = () => {
      const from = after ? this.screen.lastIndexOf(after) : 0;
      return from !== -1 && this.screen.indexOf(text, from + after.length) !== -1;
    };
    while (!shown()) {
      if (Date.now() - started > timeout) throw new Error(`the terminal never showed ${JSON.stringify(text)}${after ? ` after ${JSON.stringify(after)}` : ''}; it shows:\n${this.screen.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  type(keys: string): void {
    this.child.stdin!.write(keys);
  }
}
