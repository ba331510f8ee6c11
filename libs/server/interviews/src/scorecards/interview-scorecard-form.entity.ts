import type { ScorecardCriterionDto } from '@tryout/contracts';
import { UserEntity } from '@tryout/server-users';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InterviewSessionEntity } from '../sessions/interview-session.entity';
import { ScorecardTemplateEntity } from './scorecard-template.entity';

/**
 * The scorecard template a session uses: a copy of its name and criteria taken when an interviewer
 * picked it, so later edits to the template never change what was scored.
 */
@Entity('interview_scorecard_forms')
export class InterviewScorecardFormEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: InterviewSessionEntity;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @ManyToOne(() => ScorecardTemplateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id' })
  template?: ScorecardTemplateEntity;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'jsonb' })
  criteria: ScorecardCriterionDto[];

  @Column({ name: 'chosen_by', type: 'uuid', nullable: true })
  chosenBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'chosen_by' })
  chooser?: UserEntity | null;

  @Column({ name: 'chosen_at', type: 'timestamptz' })
  chosenAt: Date;
}
