import type { QuizTopic } from '@tryout/contracts';
import type { QuizQuestionFile } from '@tryout/judge';
import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A quiz set (`problems/quizzes/<slug>.yaml`), replaced by each catalog import. `questions` holds
 * the answer keys: it never leaves the server as is (see quiz-mapping.util.ts).
 */
@Entity('quiz_sets')
export class QuizSetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_quiz_sets_slug', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index('IDX_quiz_sets_topic')
  @Column({ type: 'varchar', length: 32 })
  topic: QuizTopic;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'jsonb' })
  questions: QuizQuestionFile[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
