// Keeps the last lines of a child process's output so a failed start can show what the process said.

export class LineTail {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly capacity: number) {}

  /** Feeds a chunk of output; complete lines are kept, the unfinished end waits for the next chunk. */
  push(chunk: string): string[] {
    const parts = (this.partial + chunk).split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    for (const line of parts) {
      this.lines.push(line);
      if (this.lines.length > this.capacity) {
        this.lines.shift();
      }
    }
    return parts;
  }

  /** The kept lines, oldest first, including an unfinished last line. */
  text(): string {
    return [...this.lines, ...(this.partial ? [this.partial] : [])].join('\n');
  }
}
