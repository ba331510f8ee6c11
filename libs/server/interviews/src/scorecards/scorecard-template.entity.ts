import type { ScorecardCriterionDto } from '@tryout/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A named set of criteria, each scored 1–4. Kept by admins; archived, never deleted (sessions refer to them). */
@Entity('scorecard_templates')
export class ScorecardTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_scorecard_templates_name', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'jsonb' })
  criteria: ScorecardCriterionDto[];

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
