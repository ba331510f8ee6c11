import type { AuditAction, AuditTargetType } from '@tryout/contracts';
import { UserEntity } from '@tryout/server-users';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row per administrative action: who (actor) did what (action) to what (target) and when.
 * Append-only. Labels are snapshots taken at the time, so an entry still reads right after the
 * actor or target is renamed or deleted.
 */
@Entity('audit_log')
@Index('IDX_audit_log_action_at', ['action', 'at'])
@Index('IDX_audit_log_target', ['targetType', 'targetId'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_audit_log_at')
  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;

  @Index('IDX_audit_log_actor')
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @Column({ name: 'actor_label', type: 'varchar', length: 320 })
  actorLabel: string;

  @Column({ type: 'varchar', length: 64 })
  action: AuditAction;

  @Column({ name: 'target_type', type: 'varchar', length: 32 })
  targetType: AuditTargetType;

  @Column({ name: 'target_id', type: 'varchar', length: 128 })
  targetId: string;

  @Column({ name: 'target_label', type: 'varchar', length: 320 })
  targetLabel: string;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;
}
