import type { LanguageId } from '@tryout/contracts';
import { ProblemEntity } from '@tryout/server-problems';
import { UserEntity } from '@tryout/server-users';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The caller's unsaved code, one per user × problem × language. */
@Entity('drafts')
export class DraftEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  language: LanguageId;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id' })
  problem?: ProblemEntity;

  @Column({ type: 'text' })
  source: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
