import { ApiProperty } from '@nestjs/swagger';
import {
  EDITOR_FONT_SIZE,
  EDITOR_TAB_SIZE,
  KEY_BINDINGS,
  type KeyBindings,
  type PutEditorSettingsRequest,
} from '@tryout/contracts';
import { IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';

export class PutEditorSettingsDto implements PutEditorSettingsRequest {
  @ApiProperty({ minimum: EDITOR_FONT_SIZE.min, maximum: EDITOR_FONT_SIZE.max, description: 'Pixels' })
  @IsInt()
  @Min(EDITOR_FONT_SIZE.min)
  @Max(EDITOR_FONT_SIZE.max)
  fontSize: number;

  @ApiProperty({ minimum: EDITOR_TAB_SIZE.min, maximum: EDITOR_TAB_SIZE.max, description: 'Columns per tab' })
  @IsInt()
  @Min(EDITOR_TAB_SIZE.min)
  @Max(EDITOR_TAB_SIZE.max)
  tabSize: number;

  @ApiProperty({ description: 'Indent with a tab character instead of tabSize spaces' })
  @IsBoolean()
  indentWithTabs: boolean;

  @ApiProperty({ enum: KEY_BINDINGS })
  @IsIn(KEY_BINDINGS)
  keyBindings: KeyBindings;
}
