/**
 * Slows password guessing: after `limit` failed logins for one email within `windowMs`, that email
 * is refused until the window has passed. Kept in memory: one process per PGlite data folder, and
 * per instance on PostgreSQL (a shared store would be the next step for several instances).
 */
export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(private readonly limit = 8, private readonly windowMs = 15 * 60_000, private readonly now: () => number = Date.now) {}

  /** Milliseconds until this email may try again, or 0 when it may try now. */
  retryAfter(email: string): number {
    const recent = this.recent(email);
    if (recent.length < this.limit) return 0;
    return Math.max(0, recent[0]! + this.windowMs - this.now());
  }

  fail(email: string): void {
    const recent = this.recent(email);
    recent.push(this.now());
    this.failures.set(email, recent);
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value!);
  }

  succeed(email: string): void {
    this.failures.delete(email);
  }

  private recent(email: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(email) ?? []).filter((t) => t > since);
  }
}
