import { UserEntity } from '@tryout/server-users';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InterviewSessionEntity } from './interview-session.entity';

/** Every change of the deadline: how much, who and why. */
@Entity('interview_extensions')
export class InterviewExtensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_interview_extensions_session')
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => InterviewSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: InterviewSessionEntity;

  @Column({ type: 'int' })
  minutes: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'by_user_id', type: 'uuid' })
  byUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'by_user_id' })
  byUser?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
