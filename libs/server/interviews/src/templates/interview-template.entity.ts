import type { InterviewPartRequest, LanguageId } from '@tryout/contracts';
import { UserEntity } from '@tryout/server-users';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A reusable interview: a named set of problems (in order), a duration and the allowed languages. */
@Entity('interview_templates')
export class InterviewTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_interview_templates_owner')
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Problem ids in order (ids, not slugs: a template survives a problem's renaming). */
  @Column({ name: 'problem_ids', type: 'uuid', array: true })
  problemIds: string[];

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  @Column({ type: 'jsonb' })
  languages: LanguageId[];

  /** Quiz sets (by slug) and open questions after the problems, as written (checked when saved). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  parts: InterviewPartRequest[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
