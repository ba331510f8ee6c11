import { UserEntity } from '@tryout/server-users';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InterviewSessionEntity } from '../sessions/interview-session.entity';

/**
 * One entry of an interviewer's private Markdown notes on a session (the report shows them to the
 * hiring team), stamped with the session time it was written at.
 */
@Entity('interview_note_entries')
@Index('IDX_interview_note_entries_session_author', ['sessionId', 'authorId'])
export class InterviewNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: InterviewSessionEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  body: string;

  /** ms since the candidate's Start when written, by the server's clock; null before Start; capped at the end. */
  @Column({ name: 'session_ms', type: 'int', nullable: true })
  sessionMs: number | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
