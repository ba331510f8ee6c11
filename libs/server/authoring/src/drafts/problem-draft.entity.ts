import type { DraftContentDto } from '@tryout/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * An admin's working copy of a problem: everything but the tests (rows of their own, they can be
 * large). One open draft per problem; it is deleted when published or discarded. A never-published
 * problem exists only here, so the public catalog can't reach it.
 */
@Entity('problem_drafts')
export class ProblemDraftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The problem's uuid; for a new problem not yet in `problems`. */
  @Index('UQ_problem_drafts_problem', { unique: true })
  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @Index('UQ_problem_drafts_slug', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug: string;

  @Column({ name: 'base_version', type: 'int', nullable: true })
  baseVersion: number | null;

  @Column({ type: 'jsonb' })
  content: DraftContentDto;

  /** Hash of what judging depends on (see draftContentHash); validations are bound to it. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ name: 'last_editor_id', type: 'uuid', nullable: true })
  lastEditorId: string | null;

  @Column({ name: 'last_editor_label', type: 'varchar', length: 320 })
  lastEditorLabel: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
