import type { ProblemType } from '@tryout/contracts';
import type { ProblemLimits, ProblemValidation, SqlSpec, ValidatorSource } from '@tryout/judge';
import type { CallableSpec } from '@tryout/languages';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProblemEntity } from './problem.entity';

/** Judgeable data of a problem at one point in time. A new row when tests, limits or checking change. */
@Entity('problem_versions')
@Index('UQ_problem_versions_problem_version', ['problemId', 'version'], { unique: true })
export class ProblemVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id' })
  problem?: ProblemEntity;

  @Column({ type: 'int' })
  version: number;

  /** SHA-256 over everything judgeable; equal hash means no new version. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'varchar', length: 16 })
  type: ProblemType;

  @Column({ type: 'jsonb' })
  limits: ProblemLimits;

  @Column({ type: 'jsonb' })
  validation: ProblemValidation;

  @Column({ type: 'jsonb', nullable: true })
  callable: CallableSpec | null;

  /** `type: sql`: the schema, dialects and row-order rule the judge needs. */
  @Column({ type: 'jsonb', nullable: true })
  sql: SqlSpec | null;

  @Column({ type: 'jsonb', nullable: true })
  validator: ValidatorSource | null;

  @Column({ name: 'sample_count', type: 'int' })
  sampleCount: number;

  @Column({ name: 'hidden_count', type: 'int' })
  hiddenCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
