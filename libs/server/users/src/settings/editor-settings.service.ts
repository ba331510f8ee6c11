import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DEFAULT_EDITOR_SETTINGS, type EditorSettings, type EditorSettingsDto } from '@tryout/contracts';
import { Repository } from 'typeorm';
import { EditorSettingsEntity } from './editor-settings.entity';

export function toEditorSettingsDto(entity: EditorSettingsEntity): EditorSettingsDto {
  return {
    fontSize: entity.fontSize,
    tabSize: entity.tabSize,
    indentWithTabs: entity.indentWithTabs,
    keyBindings: entity.keyBindings,
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** Per-user code editor settings (font size, tab size, indentation, key bindings). */
@Injectable()
export class EditorSettingsService {
  constructor(@InjectRepository(EditorSettingsEntity) private readonly settings: Repository<EditorSettingsEntity>) {}

  async get(userId: string): Promise<EditorSettingsDto> {
    const row = await this.settings.findOneBy({ userId });
    return row ? toEditorSettingsDto(row) : { ...DEFAULT_EDITOR_SETTINGS, updatedAt: null };
  }

  /** Replaces the whole set (validated at the edge). */
  async put(userId: string, input: EditorSettings): Promise<EditorSettingsDto> {
    const { fontSize, tabSize, indentWithTabs, keyBindings } = input;
    await this.settings.upsert({ userId, fontSize, tabSize, indentWithTabs, keyBindings }, ['userId']);
    const row = await this.settings.findOneByOrFail({ userId });
    return toEditorSettingsDto(row);
  }
}
