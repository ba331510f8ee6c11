import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProblemVersionEntity } from './problem-version.entity';

/** One test of a version, in judging order. `hidden` tests never leave the server except to admins. */
@Entity('problem_tests')
@Index('UQ_problem_tests_version_index', ['versionId', 'index'], { unique: true })
export class ProblemTestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => ProblemVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: ProblemVersionEntity;

  @Column({ type: 'int' })
  index: number;

  /** `sample/1`, `secret/g1/03`. */
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
