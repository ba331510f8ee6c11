import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InterviewSessionEntity } from '../sessions/interview-session.entity';

/**
 * The append-only log of a live document: every Yjs update the server acknowledged, with the
 * server's time and its author (null for the server's own seed). Playback replays it.
 */
@Entity('interview_live_updates')
@Index('IDX_interview_live_updates_doc', ['sessionId', 'position', 'id'])
export class InterviewLiveUpdateEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: InterviewSessionEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'bytea' })
  update: Buffer;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
