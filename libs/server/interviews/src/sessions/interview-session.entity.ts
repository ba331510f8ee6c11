import type { InterviewKind, LanguageId } from '@tryout/contracts';
import { UserEntity } from '@tryout/server-users';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export type InterviewEndReason = 'deadline' | 'ended_early';

@Entity('interview_sessions')
export class InterviewSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16, default: 'interview' })
  kind: InterviewKind;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Index('IDX_interview_sessions_owner')
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  /** Sum of every extension (negative ones shorten). */
  @Column({ name: 'extension_minutes', type: 'int', default: 0 })
  extensionMinutes: number;

  @Column({ type: 'jsonb' })
  languages: LanguageId[];

  @Column({ name: 'window_start', type: 'timestamptz', nullable: true })
  windowStart: Date | null;

  @Column({ name: 'window_end', type: 'timestamptz', nullable: true })
  windowEnd: Date | null;

  @Column({ name: 'candidate_name', type: 'varchar', length: 64 })
  candidateName: string;

  @Column({ name: 'candidate_email', type: 'varchar', length: 320 })
  candidateEmail: string;

  /** The guest identity or the signed-in account the invite was redeemed by. */
  @Column({ name: 'candidate_user_id', type: 'uuid', nullable: true })
  candidateUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'candidate_user_id' })
  candidateUser?: UserEntity | null;

  /** True when `candidateUserId` is a guest identity made for this session (not someone's account). */
  @Column({ name: 'candidate_is_guest', type: 'boolean', default: false })
  candidateIsGuest: boolean;

  /** sha256 of the invite token; null once revoked. */
  @Index('UQ_interview_sessions_invite', { unique: true })
  @Column({ name: 'invite_token_hash', type: 'varchar', length: 64, nullable: true })
  inviteTokenHash: string | null;

  /** Bumped on every new link or revocation: session tokens of older generations stop working at once. */
  @Column({ name: 'invite_version', type: 'int', default: 1 })
  inviteVersion: number;

  @Column({ name: 'invite_expires_at', type: 'timestamptz' })
  inviteExpiresAt: Date;

  @Column({ name: 'invite_revoked_at', type: 'timestamptz', nullable: true })
  inviteRevokedAt: Date | null;

  @Index('UQ_interview_sessions_share', { unique: true })
  @Column({ name: 'share_token_hash', type: 'varchar', length: 64, nullable: true })
  shareTokenHash: string | null;

  @Column({ name: 'share_expires_at', type: 'timestamptz', nullable: true })
  shareExpiresAt: Date | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  /** Stored at Start and moved by extensions: the one authority on when time is up. */
  @Column({ name: 'deadline_at', type: 'timestamptz', nullable: true })
  deadlineAt: Date | null;

  /** Set once the session is over and its final code was submitted. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 16, nullable: true })
  endReason: InterviewEndReason | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
