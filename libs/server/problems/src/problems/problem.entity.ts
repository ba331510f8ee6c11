import type { Difficulty, LanguageId, ProblemType, SqlProblemDto, Verdict } from '@tryout/contracts';
import type { CallableSpec } from '@tryout/languages';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export interface ReferenceSolution {
  path: string;
  language: LanguageId;
  expected: Verdict[];
  source: string;
}

/**
 * A problem's identity and presentation. Judgeable data (tests, limits, validator) lives in
 * versions: submissions point at the version they were judged on.
 */
@Entity('problems')
export class ProblemEntity {
  /** The package's uuid: stable across renames; imports upsert by it. */
  @PrimaryColumn('uuid')
  id: string;

  /** Catalog number ("12. Two Sum"): assigned by the first import, never changed or reused. */
  @Index('UQ_problems_number', { unique: true })
  @Column({ type: 'int' })
  number: number;

  @Index('UQ_problems_slug', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index('IDX_problems_difficulty')
  @Column({ type: 'varchar', length: 16 })
  difficulty: Difficulty;

  @Column({ type: 'varchar', length: 16 })
  type: ProblemType;

  /** GIN-indexed (created in the migration: TypeORM cannot declare `USING gin`). */
  @Index('IDX_problems_tags', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  source: string | null;

  @Column({ type: 'text' })
  statement: string;

  @Column({ name: 'statement_format', type: 'varchar', length: 16, default: 'markdown' })
  statementFormat: 'markdown' | 'tex' | 'text';

  @Column({ type: 'text', nullable: true })
  editorial: string | null;

  /** Progressive hints (Markdown), in order; shown one at a time, unlocked for everyone. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  hints: string[];

  /** Weighted title (A) + statement (B); set by the importer, GIN-indexed in the migration. */
  @Index('IDX_problems_search', { synchronize: false })
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false })
  searchVector?: string | null;

  @Column({ type: 'jsonb', nullable: true })
  callable: CallableSpec | null;

  /** `type: sql`: dialects, row order and the tables with the first sample's rows (the page shows them). */
  @Column({ type: 'jsonb', nullable: true })
  sql: SqlProblemDto | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  starters: Partial<Record<LanguageId, string>>;

  @Column({ name: 'reference_solutions', type: 'jsonb', default: () => "'[]'" })
  referenceSolutions: ReferenceSolution[];

  @Column({ name: 'current_version', type: 'int', default: 1 })
  currentVersion: number;

  /** Public acceptance counters over finished submit-mode submissions, kept by the finaliser. */
  @Column({ name: 'submit_count', type: 'int', default: 0 })
  submitCount: number;

  @Column({ name: 'accepted_count', type: 'int', default: 0 })
  acceptedCount: number;

  /** Archived problems leave the public catalog (404 to non-admins); their submissions stay. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  /** Who last published or archived it in the admin area; null for problems only imported from files. */
  @Column({ name: 'last_editor_id', type: 'uuid', nullable: true })
  lastEditorId: string | null;

  @Column({ name: 'last_editor_label', type: 'varchar', length: 320, nullable: true })
  lastEditorLabel: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
