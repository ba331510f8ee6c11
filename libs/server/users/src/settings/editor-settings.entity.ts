import { EDITOR_FONT_SIZE, EDITOR_TAB_SIZE, KEY_BINDINGS, type KeyBindings } from '@tryout/contracts';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A user's code editor settings; no row means the defaults. The checks repeat the API's ranges. */
@Entity('editor_settings')
@Check('CHK_editor_settings_font_size', `"font_size" BETWEEN ${EDITOR_FONT_SIZE.min} AND ${EDITOR_FONT_SIZE.max}`)
@Check('CHK_editor_settings_tab_size', `"tab_size" BETWEEN ${EDITOR_TAB_SIZE.min} AND ${EDITOR_TAB_SIZE.max}`)
@Check('CHK_editor_settings_key_bindings', `"key_bindings" IN (${KEY_BINDINGS.map((k) => `'${k}'`).join(', ')})`)
export class EditorSettingsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'font_size', type: 'smallint' })
  fontSize: number;

  @Column({ name: 'tab_size', type: 'smallint' })
  tabSize: number;

  @Column({ name: 'indent_with_tabs', type: 'boolean' })
  indentWithTabs: boolean;

  @Column({ name: 'key_bindings', type: 'varchar', length: 16 })
  keyBindings: KeyBindings;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
