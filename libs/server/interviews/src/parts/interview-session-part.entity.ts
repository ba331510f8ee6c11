import type { InterviewPartKind, OpenQuestionFormat } from '@tryout/contracts';
import type { QuizQuestionFile } from '@tryout/judge';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InterviewSessionEntity } from '../sessions/interview-session.entity';

/**
 * A quiz set or an open question of a session, after its problems (positions count from 1). A
 * quiz part keeps a copy of the set's questions with their keys, taken when the session was made,
 * so a catalog import during the interview changes nothing already answered; the copy never
 * leaves the server as is. An open part holds the candidate's latest Markdown answer.
 */
@Entity('interview_session_parts')
export class InterviewSessionPartEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'int' })
  position: number;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: InterviewSessionEntity;

  @Column({ type: 'varchar', length: 8 })
  kind: InterviewPartKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'quiz_slug', type: 'varchar', length: 100, nullable: true })
  quizSlug: string | null;

  @Column({ name: 'quiz_questions', type: 'jsonb', nullable: true })
  quizQuestions: QuizQuestionFile[] | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  format: OpenQuestionFormat | null;

  @Column({ type: 'text', default: '' })
  prompt: string;

  @Column({ type: 'text', default: '' })
  rubric: string;

  @Column({ name: 'answer_text', type: 'text', nullable: true })
  answerText: string | null;

  @Column({ name: 'answer_saved_at', type: 'timestamptz', nullable: true })
  answerSavedAt: Date | null;
}
