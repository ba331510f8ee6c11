import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InterviewSessionEntity } from '../sessions/interview-session.entity';

/** A compacted Yjs state of a live document, up to and including update `lastUpdateId` of the log. */
@Entity('interview_live_documents')
export class InterviewLiveDocumentEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'int' })
  position: number;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: InterviewSessionEntity;

  @Column({ type: 'bytea' })
  state: Buffer;

  @Column({ name: 'last_update_id', type: 'bigint' })
  lastUpdateId: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
