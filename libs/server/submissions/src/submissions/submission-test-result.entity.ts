import type { SqlDiffDto, Verdict } from '@tryout/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SubmissionEntity } from './submission.entity';

/**
 * One test's outcome. Unique on (submission_id, index) so a re-run after a crash overwrites rather
 * than duplicates. Hidden tests store no data (input/expected/actual/stdout/stderr stay null).
 */
@Entity('submission_test_results')
@Index('UQ_submission_test_results_submission_index', ['submissionId', 'index'], { unique: true })
export class SubmissionTestResultEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Column({ type: 'int' })
  index: number;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'boolean' })
  hidden: boolean;

  @Column({ type: 'varchar', length: 32 })
  verdict: Verdict;

  @Column({ name: 'cpu_ms', type: 'int' })
  cpuMs: number;

  @Column({ name: 'wall_ms', type: 'int' })
  wallMs: number;

  @Column({ name: 'memory_kb', type: 'int' })
  memoryKb: number;

  @Column({ type: 'text', nullable: true })
  input: string | null;

  @Column({ type: 'text', nullable: true })
  expected: string | null;

  @Column({ type: 'text', nullable: true })
  actual: string | null;

  /** Function and design problems: the program's prints (`actual` holds the returned value). */
  @Column({ type: 'text', nullable: true })
  stdout: string | null;

  @Column({ type: 'text', nullable: true })
  stderr: string | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  /** SQL problems, visible tests with a wrong answer: the first differing row. */
  @Column({ name: 'sql_diff', type: 'jsonb', nullable: true })
  sqlDiff: SqlDiffDto | null;

  @Column({ name: 'exit_code', type: 'int', nullable: true })
  exitCode: number | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  signal: string | null;
}
