import { Column, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CuratedListItemEntity } from './curated-list-item.entity';

/** A curated list (`problems/lists/<slug>.yaml`), replaced as a whole by each catalog import. */
@Entity('curated_lists')
export class CuratedListEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_curated_lists_slug', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @OneToMany(() => CuratedListItemEntity, (item) => item.list)
  items?: CuratedListItemEntity[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
