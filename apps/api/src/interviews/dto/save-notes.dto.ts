import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { MultilineText } from '../../common/text.decorators';

export class SaveNotesDto {
  @ApiProperty({ description: 'Markdown; the size limit is checked in bytes by the service' })
  @IsString()
  @MultilineText()
  body: string;
}
