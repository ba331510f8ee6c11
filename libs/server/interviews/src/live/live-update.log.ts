import type { DataSource } from 'typeorm';

export interface PendingUpdate {
  sessionId: string;
  position: number;
  update: Uint8Array;
  authorId: string;
}

interface Waiter extends PendingUpdate {
  resolve: (accepted: boolean) => void;
  reject: (err: unknown) => void;
}

/** Most updates one INSERT carries (Postgres allows 65535 parameters; 5 per row). */
const MAX_BATCH = 1000;

/**
 * Appends writers' updates to `interview_live_updates`, group-committed: while one INSERT runs,
 * the next updates queue and go together in the following one, so a burst of keystrokes from many
 * sessions costs a few commits, not one each. The INSERT joins the session rows FOR SHARE and
 * checks the clock, so an update is either logged before the finaliser reads the log or refused.
 */
export class LiveUpdateLog {
  private queue: Waiter[] = [];
  private flushing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  /** Resolves true once the update is durably logged, false if its session no longer takes edits. */
  append(u: PendingUpdate): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.queue.push({ ...u, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        const accepted = await this.insert(batch);
        for (const w of batch) w.resolve(accepted.has(w.sessionId));
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    this.flushing = false;
  }

  private async insert(batch: Waiter[]): Promise<Set<string>> {
    const params: unknown[] = [this.now(), [...new Set(batch.map((w) => w.sessionId))]];
    const rows = batch.map((w, i) => {
      params.push(w.sessionId, w.position, Buffer.from(w.update), w.authorId);
      const p = 3 + i * 4;
      return `($${p}::uuid, $${p + 1}::int, $${p + 2}::bytea, $${p + 3}::uuid, ${i})`;
    });
    // ORDER BY keeps the log in arrival order within the batch.
    const inserted = await this.dataSource.query<{ session_id: string }[]>(
      `INSERT INTO interview_live_updates (session_id, position, update, author_id, created_at)
       SELECT v.session_id, v.position, v.update, v.author_id, $1
         FROM (VALUES ${rows.join(', ')}) AS v(session_id, position, update, author_id, ord)
         JOIN (SELECT id FROM interview_sessions
                WHERE id = ANY($2::uuid[]) AND started_at IS NOT NULL AND deadline_at > $1
                  AND ended_at IS NULL AND cancelled_at IS NULL
                FOR SHARE) s ON s.id = v.session_id
        ORDER BY v.ord
       RETURNING session_id`,
      params,
    );
    return new Set(inserted.map((r) => r.session_id));
  }
}
