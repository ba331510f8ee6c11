import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProblemDraftEntity } from './problem-draft.entity';

/** One test of a draft. `position` orders tests within the draft (samples judge first at publish). */
@Entity('problem_draft_tests')
@Index('IDX_problem_draft_tests_draft_position', ['draftId', 'position'])
export class ProblemDraftTestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'draft_id', type: 'uuid' })
  draftId: string;

  @ManyToOne(() => ProblemDraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draft_id' })
  draft?: ProblemDraftEntity;

  @Column({ type: 'int' })
  position: number;

  /** Without the group prefix: `01`, `g1/03`. */
  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'boolean' })
  hidden: boolean;

  @Column({ type: 'text' })
  input: string;

  @Column({ type: 'text' })
  answer: string;

  @Column({ name: 'validator_flags', type: 'jsonb', nullable: true })
  validatorFlags: string[] | null;
}
