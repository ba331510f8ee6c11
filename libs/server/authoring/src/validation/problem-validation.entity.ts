import type { ValidationDto, ValidationIssueDto, ValidationSolutionDto } from '@tryout/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProblemDraftEntity } from '../drafts/problem-draft.entity';

/** One Validate run of a draft, bound to the content hash it judged. Progress is written as it goes. */
@Entity('problem_validations')
@Index('IDX_problem_validations_draft_created', ['draftId', 'createdAt'])
export class ProblemValidationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'draft_id', type: 'uuid' })
  draftId: string;

  @ManyToOne(() => ProblemDraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id' })
  draft?: ProblemDraftEntity;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'varchar', length: 16 })
  status: ValidationDto['status'];

  @Column({ name: 'time_limit_ms', type: 'int', nullable: true })
  timeLimitMs: number | null;

  @Column({ name: 'time_limit_source', type: 'varchar', length: 16, nullable: true })
  timeLimitSource: ValidationDto['timeLimitSource'];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  solutions: ValidationSolutionDto[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  issues: ValidationIssueDto[];

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'requested_by_id', type: 'uuid', nullable: true })
  requestedById: string | null;

  @Column({ name: 'requested_by_label', type: 'varchar', length: 320 })
  requestedByLabel: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
