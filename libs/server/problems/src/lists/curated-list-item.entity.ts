import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProblemEntity } from '../problems/problem.entity';
import { CuratedListEntity } from './curated-list.entity';

/** One problem of a list, at its 0-based position. */
@Entity('curated_list_items')
export class CuratedListItemEntity {
  @PrimaryColumn({ name: 'list_id', type: 'uuid' })
  listId: string;

  @PrimaryColumn({ type: 'int' })
  position: number;

  @Index('IDX_curated_list_items_problem')
  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @ManyToOne(() => CuratedListEntity, (list) => list.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id' })
  list?: CuratedListEntity;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id' })
  problem?: ProblemEntity;
}
