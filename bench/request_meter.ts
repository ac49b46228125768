// Counts the Elasticsearch requests a service call makes and how many were in flight at once, from the official
// client's diagnostic events (no change to the client the service sees).
import type { Client } from '@elastic/elasticsearch';

export interface RequestTally {
  requests: number;
  /** Largest number of requests in flight at the same time: > 1 means they ran in parallel. */
  maxInFlight: number;
  /** `METHOD path` of each request, in the order they were sent. */
  calls: string[];
}

export class RequestMeter {
  private inFlight = 0;
  private tally: RequestTally = { requests: 0, maxInFlight: 0, calls: [] };
  /** Only requests sent during `measure` count (the same client also loads data). */
  private active = false;

  constructor(client: Client) {
    client.diagnostic.on('request', (error, event) => {
      // The client emits `request` once per attempt; count first attempts only.
      if (!this.active || error || !event || event.meta.attempts > 0) return;
      const params = event.meta.request.params;
      this.tally.requests += 1;
      this.tally.calls.push(`${params.method} ${params.path.split('?')[0]}`);
      this.inFlight += 1;
      this.tally.maxInFlight = Math.max(this.tally.maxInFlight, this.inFlight);
    });
    client.diagnostic.on('response', () => {
      if (this.active) this.inFlight = Math.max(0, this.inFlight - 1);
    });
  }

  /** Runs one measured call and returns what it sent. */
  async measure<T>(call: () => Promise<T>): Promise<{ result: T; tally: RequestTally }> {
    this.tally = { requests: 0, maxInFlight: 0, calls: [] };
    this.inFlight = 0;
    this.active = true;
    try {
      const result = await call();
      return { result, tally: { ...this.tally, calls: [...this.tally.calls] } };
    } finally {
      this.active = false;
    }
  }
}
