import { UserEntity } from '@tryout/server-users';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProblemEntity } from '../problems/problem.entity';

/** A problem a user starred; the catalog filters by them. */
@Entity('favourites')
export class FavouriteEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index('IDX_favourites_problem')
  @PrimaryColumn({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id' })
  problem?: ProblemEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
