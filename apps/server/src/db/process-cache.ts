/**
 * Values read from the database and kept in this process for at most `ttlMs` per key — company
 * configuration that every request needs and that changes a few times a year (statuses,
 * settings, calendar time zones). The use case that changes such a value calls `forget()` after
 * its commit: this process reads afresh at once, a load already in flight is not stored, and
 * other API processes see the change within `ttlMs` (docs/decisions/0005).
 */
export class ProcessCache<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  private generation = 0;

  constructor(private readonly ttlMs: number) {}

  async get(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.until > now) return entry.value;
    const started = this.generation;
    const value = await load();
    if (started === this.generation) this.entries.set(key, { value, until: now + this.ttlMs });
    return value;
  }

  forget(): void {
    this.generation++;
    this.entries.clear();
  }
}
