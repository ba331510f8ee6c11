import { UserEntity } from '@tryout/server-users';
import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProblemEntity } from '../problems/problem.entity';

/** A user chose to read a problem's editorial before submitting (the confirm on the Editorial tab). */
@Entity('editorial_reveals')
export class EditorialRevealEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id' })
  problem?: ProblemEntity;

  @CreateDateColumn({ name: 'revealed_at', type: 'timestamptz' })
  revealedAt: Date;
}
