import { ApiProperty } from '@nestjs/swagger';
import type { SaveOpenAnswerRequest } from '@tryout/contracts';
import { IsString } from 'class-validator';
import { MultilineText } from '../../common/text.decorators';

export class SaveOpenAnswerDto implements SaveOpenAnswerRequest {
  @ApiProperty({ description: 'Markdown (may be empty); the size limit is checked in bytes by the service' })
  @IsString()
  @MultilineText()
  text: string;
}
