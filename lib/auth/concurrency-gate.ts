import { AppError } from '@/lib/errors';

/**
 * Runs at most `maxRunning` tasks at once, keeps up to `maxWaiting` more in line (first come, first
 * served), and refuses the rest at once with a 503 "busy". Password hashing goes through one: each
 * scrypt takes 128 MiB and most of a second of a core, so a flood of sign-ins must queue, briefly,
 * rather than pile up in the thread pool and make everyone wait.
 */
export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly maxRunning: number,
    readonly maxWaiting: number,
    private readonly busyMessage = 'The server is busy; try again in a few seconds.',
  ) {}

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.maxRunning) {
      this.running++;
    } else {
      if (this.waiting.length >= this.maxWaiting) throw new AppError('busy', this.busyMessage);
      // The slot is handed over by the task that finishes: `running` stays as it is.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
