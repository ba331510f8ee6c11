import type { LanguageId, SubmissionMode, SubmissionStatus, Verdict } from '@tryout/contracts';
import { ProblemEntity, ProblemVersionEntity } from '@tryout/server-problems';
import { UserEntity } from '@tryout/server-users';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

@Entity('submissions')
@Index('IDX_submissions_user_problem_created', ['userId', 'problemId', 'createdAt'])
@Index('IDX_submissions_user_status', ['userId', 'status'])
// The per-user queued cap counts only these (submission_slot_free): a user's finished history is not read.
@Index('IDX_submissions_user_unfinished', ['userId', 'createdAt'], { where: `"status" <> 'finished'` })
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index('IDX_submissions_problem')
  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id' })
  problem?: ProblemEntity;

  /** The version this submission is judged on, fixed at creation. */
  @Column({ name: 'problem_version_id', type: 'uuid' })
  problemVersionId: string;

  @ManyToOne(() => ProblemVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'problem_version_id' })
  problemVersion?: ProblemVersionEntity;

  @Column({ type: 'varchar', length: 16 })
  language: LanguageId;

  @Column({ type: 'varchar', length: 8 })
  mode: SubmissionMode;

  /**
   * Deprecated, never written or read (the queue job carries the priority). Kept, with a default,
   * while the previous release still writes it during a rolling upgrade; a later migration drops it.
   */
  @Column({ type: 'integer', default: 5, select: false })
  priority?: number;

  @Column({ type: 'text' })
  source: string;

  /** A run's custom cases, in order; null when it runs the samples (or is a submit). */
  @Column({ name: 'custom_inputs', type: 'jsonb', nullable: true })
  customInputs: string[] | null;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status: SubmissionStatus;

  @Column({ type: 'varchar', length: 32, nullable: true })
  verdict: Verdict | null;

  @Column({ name: 'cpu_ms', type: 'int', nullable: true })
  cpuMs: number | null;

  @Column({ name: 'memory_kb', type: 'int', nullable: true })
  memoryKb: number | null;

  @Column({ name: 'compile_output', type: 'text', nullable: true })
  compileOutput: string | null;

  @Column({ name: 'tests_done', type: 'int', default: 0 })
  testsDone: number;

  @Column({ name: 'tests_total', type: 'int', default: 0 })
  testsTotal: number;

  /** Set when made inside an interview session (judged first, kept out of practice history). */
  @Index('IDX_submissions_interview_session')
  @Column({ name: 'interview_session_id', type: 'uuid', nullable: true })
  interviewSessionId: string | null;

  /** Submitted by the server at an interview's deadline, not by the candidate. */
  @Column({ type: 'boolean', default: false })
  automatic: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
