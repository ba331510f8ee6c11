import type { RejudgeDto, Verdict } from '@tryout/contracts';
import { ProblemEntity } from '@tryout/server-problems';
import { SubmissionEntity } from '@tryout/server-submissions';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** One rejudge of a problem's past submissions on its current version. */
@Entity('problem_rejudges')
@Index('IDX_problem_rejudges_problem_created', ['problemId', 'createdAt'])
export class ProblemRejudgeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id' })
  problem?: ProblemEntity;

  @Column({ name: 'to_version', type: 'int' })
  toVersion: number;

  @Column({ name: 'to_version_id', type: 'uuid' })
  toVersionId: string;

  @Column({ type: 'varchar', length: 16 })
  status: RejudgeDto['status'];

  @Column({ type: 'int' })
  total: number;

  @Column({ type: 'int', default: 0 })
  done: number;

  @Column({ name: 'changed_count', type: 'int', default: 0 })
  changedCount: number;

  @Column({ name: 'requested_by_id', type: 'uuid', nullable: true })
  requestedById: string | null;

  @Column({ name: 'requested_by_label', type: 'varchar', length: 320 })
  requestedByLabel: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

/** One submission of a rejudge: its verdict and version before, and the new verdict once judged. */
@Entity('problem_rejudge_items')
@Index('UQ_problem_rejudge_items_rejudge_submission', ['rejudgeId', 'submissionId'], { unique: true })
export class ProblemRejudgeItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'rejudge_id', type: 'uuid' })
  rejudgeId: string;

  @ManyToOne(() => ProblemRejudgeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rejudge_id' })
  rejudge?: ProblemRejudgeEntity;

  @Index('IDX_problem_rejudge_items_submission')
  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Column({ name: 'from_version', type: 'int' })
  fromVersion: number;

  @Column({ type: 'varchar', length: 32 })
  before: Verdict;

  @Column({ type: 'varchar', length: 32, nullable: true })
  after: Verdict | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
