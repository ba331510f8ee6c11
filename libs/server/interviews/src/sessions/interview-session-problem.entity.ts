import type { LanguageId } from '@tryout/contracts';
import { ProblemEntity } from '@tryout/server-problems';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InterviewSessionEntity } from './interview-session.entity';

/** One problem of a session, in order, with the candidate's latest code (autosaved, submitted at the deadline). */
@Entity('interview_session_problems')
export class InterviewSessionProblemEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'int' })
  position: number;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: InterviewSessionEntity;

  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @ManyToOne(() => ProblemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'problem_id' })
  problem?: ProblemEntity;

  @Column({ name: 'latest_language', type: 'varchar', length: 16, nullable: true })
  latestLanguage: LanguageId | null;

  @Column({ name: 'latest_source', type: 'text', nullable: true })
  latestSource: string | null;

  @Column({ name: 'latest_saved_at', type: 'timestamptz', nullable: true })
  latestSavedAt: Date | null;

  /** The submission made from the latest code at the end; set once (idempotent finalisation). */
  @Column({ name: 'final_submission_id', type: 'uuid', nullable: true })
  finalSubmissionId: string | null;
}
