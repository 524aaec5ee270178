// A stream of writes through the JSON API — imports and status changes from a few concurrent
// clients — that records exactly which writes the server acknowledged, and when each was sent.
import { CLAIM_STATUSES } from '../../db/schema';
import { articleText } from './harness';

export interface ImportAck {
  title: string;
  id: number;
  slug: string;
  claimIds: number[];
  sentAt: number;
  ackedAt: number;
}

export interface ReviewAck {
  claimId: number;
  version: number;
  status: string;
  note: string;
  sentAt: number;
  ackedAt: number;
}

/** Every write sent, acknowledged or not: an import's title, or a review's unique note. */
export interface SentWrite {
  kind: 'import' | 'review';
  key: string;
  sentAt: number;
}

export class WriteDriver {
  readonly imports: ImportAck[] = [];
  readonly reviews: ReviewAck[] = [];
  readonly sent: SentWrite[] = [];
  /** Answers that were neither success nor an expected 409; and network errors while not expecting a crash. */
  readonly failures: string[] = [];
  inFlight = 0;
  /** In-flight requests when the connection was first lost (the server was killed mid-request). */
  inFlightAtLoss: number | null = null;
  private stopped = false;
  private workers: Promise<void>[] = [];
  private readonly versions = new Map<number, { version: number; status: string }>();
  private counter = 0;

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly options: { concurrency: number; label: string; importShare?: number; expectCrash?: boolean },
  ) {}

  start(): void {
    for (let w = 0; w < this.options.concurrency; w++) this.workers.push(this.work(w));
  }

  /** Lets each client finish its current request, then resolves. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.workers);
  }

  async waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`Timed out: ${this.imports.length} imports, ${this.reviews.length} reviews acknowledged; failures: ${this.failures.slice(0, 3).join(' | ')}`);
      if (this.stopped) throw new Error(`The driver stopped: ${this.failures.slice(0, 3).join(' | ')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private async work(worker: number): Promise<void> {
    const importShare = this.options.importShare ?? 0.3;
    while (!this.stopped) {
      try {
        if (this.versions.size < 5 || Math.random() < importShare) await this.importOne();
        else await this.reviewOne(worker);
      } catch (error) {
        if (this.inFlightAtLoss === null) this.inFlightAtLoss = this.inFlight;
        if (!this.options.expectCrash) this.failures.push(`network: ${(error as Error).message}`);
        this.stopped = true;
      }
    }
  }

  private async send(method: string, path: string, body: unknown): Promise<Response> {
    this.inFlight++;
    try {
      const response = await fetch(`${this.url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      // Read the whole body before counting the write as acknowledged.
      const text = await response.text();
      return new Response(text, { status: response.status, headers: response.headers });
    } finally {
      this.inFlight--;
    }
  }

  private async importOne(): Promise<void> {
    const n = ++this.counter;
    const title = `${this.options.label} import ${n} ${Math.random().toString(36).slice(2, 8)}`;
    const sentAt = Date.now();
    this.sent.push({ kind: 'import', key: title, sentAt });
    const response = await this.send('POST', '/api/articles', { title, text: articleText(n), outlet: 'Reliability Courier' });
    if (response.status !== 201) return void this.failures.push(`import ${response.status}: ${(await response.text()).slice(0, 200)}`);
    const body = (await response.json()) as { id: number; slug: string; claims: { id: number; version: number; status: string }[] };
    this.imports.push({ title, id: body.id, slug: body.slug, claimIds: body.claims.map((c) => c.id), sentAt, ackedAt: Date.now() });
    // Only a few claims per article are reviewed, so that clients often meet on the same claim.
    for (const c of body.claims.slice(0, 3)) this.versions.set(c.id, { version: c.version, status: c.status });
  }

  private async reviewOne(worker: number): Promise<void> {
    const ids = [...this.versions.keys()];
    const claimId = ids[Math.floor(Math.random() * ids.length)];
    for (let attempt = 0; attempt < 5 && !this.stopped; attempt++) {
      const known = this.versions.get(claimId)!;
      const choices = CLAIM_STATUSES.filter((s) => s !== known.status);
      const status = choices[Math.floor(Math.random() * choices.length)];
      // A unique note makes every acknowledged change findable in the history.
      const note = `${this.options.label}-w${worker}-${++this.counter}`;
      const sentAt = Date.now();
      this.sent.push({ kind: 'review', key: note, sentAt });
      const response = await this.send('PATCH', `/api/claims/${claimId}`, { status, note, version: known.version });
      if (response.status === 200) {
        const body = (await response.json()) as { version: number; status: string };
        this.reviews.push({ claimId, version: body.version, status: body.status, note, sentAt, ackedAt: Date.now() });
        // Answers to two clients can arrive out of order: keep the newest version seen.
        if (body.version > this.versions.get(claimId)!.version) this.versions.set(claimId, { version: body.version, status: body.status });
        return;
      }
      if (response.status === 409) {
        // Someone else changed it: take the current state from the answer and try again.
        const current = ((await response.json()) as { error: { details: { current: { version: number; status: string } } } }).error.details.current;
        this.versions.set(claimId, { version: current.version, status: current.status });
        continue;
      }
      this.failures.push(`review ${response.status}: ${(await response.text()).slice(0, 200)}`);
      return;
    }
  }
}
