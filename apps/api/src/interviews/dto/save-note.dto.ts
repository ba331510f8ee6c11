import { ApiProperty } from '@nestjs/swagger';
import type { SaveInterviewNoteRequest } from '@tryout/contracts';
import { IsString } from 'class-validator';
import { MultilineText } from '../../common/text.decorators';

export class SaveNoteDto implements SaveInterviewNoteRequest {
  @ApiProperty({ description: 'Markdown; not blank; the size limit is checked in bytes by the service' })
  @IsString()
  @MultilineText()
  body: string;
}
