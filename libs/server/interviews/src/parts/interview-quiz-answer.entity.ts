import type { QuizGiven } from '@tryout/server-quiz';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InterviewSessionEntity } from '../sessions/interview-session.entity';

/** The candidate's latest answer to one question of a quiz part, graded when saved (answering again replaces it). */
@Entity('interview_quiz_answers')
export class InterviewQuizAnswerEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: InterviewSessionEntity;

  /** The quiz part's position. */
  @PrimaryColumn({ type: 'int' })
  position: number;

  @PrimaryColumn({ name: 'question_id', type: 'varchar', length: 100 })
  questionId: string;

  @Column({ type: 'jsonb' })
  given: QuizGiven;

  @Column({ type: 'boolean' })
  correct: boolean;

  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt: Date;
}
