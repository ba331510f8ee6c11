import type { ScorecardRecommendation, ScorecardScoreDto } from '@tryout/contracts';
import { UserEntity } from '@tryout/server-users';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InterviewSessionEntity } from '../sessions/interview-session.entity';

/** One interviewer's scorecard on a session: a draft until submitted, final after. */
@Entity('interview_scorecards')
export class InterviewScorecardEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: InterviewSessionEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /** One per criterion of the session's form, in its order. */
  @Column({ type: 'jsonb' })
  scores: ScorecardScoreDto[];

  /** One per open question of the session, in part order. */
  @Column({ name: 'open_scores', type: 'jsonb', default: () => "'[]'" })
  openScores: ScorecardScoreDto[];

  @Column({ type: 'varchar', length: 16, nullable: true })
  recommendation: ScorecardRecommendation | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
