// Every request the emulator answered, with the ones Kibana would have rejected as malformed flagged, so a
// test can assert that the code under test never sent such a request.

export interface LoggedRequest {
  at: string;
  method: string;
  /** Path and query as sent. */
  url: string;
  space: string;
  username?: string;
  status: number;
  /** True when Kibana would reject the request as malformed (any 400, or a route it does not have). */
  rejected: boolean;
  /** The error message answered, for failed requests. */
  reason?: string;
  requestBody?: unknown;
}

export class RequestLog {
  private readonly entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  all(): LoggedRequest[] {
    return [...this.entries];
  }

  rejected(): LoggedRequest[] {
    return this.entries.filter((entry) => entry.rejected);
  }

  clear(): void {
    this.entries.length = 0;
  }
}
