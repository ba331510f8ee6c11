import type { LiveEventKind } from '@tryout/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InterviewSessionEntity } from '../sessions/interview-session.entity';

/** Presence, focus, paste and mode events of a live session, stamped with the server's time. */
@Entity('interview_live_events')
@Index('IDX_interview_live_events_session', ['sessionId', 'id'])
export class InterviewLiveEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: InterviewSessionEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: LiveEventKind;

  /** Characters pasted (paste events only). */
  @Column({ type: 'int', nullable: true })
  size: number | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
