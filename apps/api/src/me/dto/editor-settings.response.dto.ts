import { ApiProperty } from '@nestjs/swagger';
import { KEY_BINDINGS, type EditorSettingsDto, type KeyBindings } from '@tryout/contracts';

export class EditorSettingsResponseDto implements EditorSettingsDto {
  @ApiProperty() fontSize: number;
  @ApiProperty() tabSize: number;
  @ApiProperty() indentWithTabs: boolean;
  @ApiProperty({ enum: KEY_BINDINGS }) keyBindings: KeyBindings;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: never saved (the defaults)' })
  updatedAt: string | null;
}
