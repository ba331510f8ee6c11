import type { DataSource } from 'typeorm';

export interface PendingUpdate {
  sessionId: string;
  position: number;
  update: Uint8Array;
  authorId: string;
  /** The invite generation of a candidate's session token; null for JWT connections (no link to revoke). */
  inviteVersion: number | null;
}

/** `logged`: durable, may be acknowledged; `over`: the session takes no edits; `revoked`: the token's link was revoked or replaced. */
export type AppendOutcome = 'logged' | 'over' | 'revoked';

interface Waiter extends PendingUpdate {
  resolve: (outcome: AppendOutcome) => void;
  reject: (err: unknown) => void;
}

/** Most updates one INSERT carries (Postgres allows 65535 parameters; 5 per row). */
const MAX_BATCH = 1000;

/**
 * Appends writers' updates to `interview_live_updates`, group-committed: while one INSERT runs,
 * the next updates queue and go together in the following one, so a burst of keystrokes from many
 * sessions costs a few commits, not one each. The INSERT joins the session rows FOR SHARE and
 * checks the clock and the candidate's link generation, so an update is either logged before the
 * finaliser (or a revocation) commits, or refused.
 */
export class LiveUpdateLog {
  private queue: Waiter[] = [];
  private flushing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  /** Resolves `logged` once the update is durably logged, otherwise why it was refused. */
  append(u: PendingUpdate): Promise<AppendOutcome> {
    return new Promise<AppendOutcome>((resolve, reject) => {
      this.queue.push({ ...u, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        const outcomes = await this.insert(batch);
        batch.forEach((w, i) => w.resolve(outcomes.get(i) ?? 'over'));
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    this.flushing = false;
  }

  private async insert(batch: Waiter[]): Promise<Map<number, AppendOutcome>> {
    const params: unknown[] = [this.now(), [...new Set(batch.map((w) => w.sessionId))]];
    const rows = batch.map((w, i) => {
      params.push(w.sessionId, w.position, Buffer.from(w.update), w.authorId, w.inviteVersion);
      const p = 3 + i * 5;
      return `($${p}::uuid, $${p + 1}::int, $${p + 2}::bytea, $${p + 3}::uuid, $${p + 4}::int, ${i})`;
    });
    // The session rows are held FOR SHARE: a revocation or the finaliser (both write the row) either
    // commits first and the update is refused, or waits until it is logged. `v` is read twice, so
    // Postgres evaluates it once; the INSERT keeps the log in arrival order within the batch.
    const decided = await this.dataSource.query<{ ord: number; outcome: AppendOutcome }[]>(
      `WITH s AS (
         SELECT id, invite_version,
                (kind <> 'interview' OR invite_token_hash IS NOT NULL) AS link_live,
                (started_at IS NOT NULL AND deadline_at > $1 AND ended_at IS NULL AND cancelled_at IS NULL) AS open
           FROM interview_sessions WHERE id = ANY($2::uuid[]) FOR SHARE),
       v AS (
         SELECT v.*, CASE
                  WHEN s.id IS NULL OR NOT s.open THEN 'over'
                  WHEN v.invite_version IS NOT NULL AND (v.invite_version <> s.invite_version OR NOT s.link_live)
                    THEN 'revoked'
                  ELSE 'logged' END AS outcome
           FROM (VALUES ${rows.join(', ')}) AS v(session_id, position, update, author_id, invite_version, ord)
           LEFT JOIN s ON s.id = v.session_id),
       ins AS (
         INSERT INTO interview_live_updates (session_id, position, update, author_id, created_at)
         SELECT session_id, position, update, author_id, $1 FROM v WHERE outcome = 'logged' ORDER BY ord
         RETURNING id)
       SELECT ord, outcome FROM v`,
      params,
    );
    return new Map(decided.map((r) => [Number(r.ord), r.outcome]));
  }
}
