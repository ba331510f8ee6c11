import { UserEntity } from '@tryout/server-users';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { QuizSetEntity } from './quiz-set.entity';

/** The caller's latest answer to one question (answering again replaces it; a retake deletes them). */
@Entity('quiz_answers')
@Index('UQ_quiz_answers_user_set_question', ['userId', 'setId', 'questionId'], { unique: true })
export class QuizAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index('IDX_quiz_answers_set')
  @Column({ name: 'set_id', type: 'uuid' })
  setId: string;

  @ManyToOne(() => QuizSetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'set_id' })
  set?: QuizSetEntity;

  @Column({ name: 'question_id', type: 'varchar', length: 100 })
  questionId: string;

  /** `{ choices: ["a"] }` or `{ text: "201" }`, as given. */
  @Column({ type: 'jsonb' })
  given: { choices: string[] } | { text: string };

  @Column({ type: 'boolean' })
  correct: boolean;

  @UpdateDateColumn({ name: 'answered_at', type: 'timestamptz' })
  answeredAt: Date;
}
