import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';

export class SaveNotesDto {
  @ApiProperty({ description: 'Markdown; the size limit is checked in bytes by the service' })
  @IsString()
  body: string;
}
