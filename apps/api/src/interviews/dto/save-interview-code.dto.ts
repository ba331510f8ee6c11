import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGE_IDS, type LanguageId, type SaveInterviewCodeRequest } from '@tryout/contracts';
import { IsIn, IsString } from 'class-validator';
import { MultilineText } from '../../common/text.decorators';

export class SaveInterviewCodeDto implements SaveInterviewCodeRequest {
  @ApiProperty({ enum: LANGUAGE_IDS })
  @IsIn(LANGUAGE_IDS)
  language: LanguageId;

  @ApiProperty({ description: 'At most SUBMISSION_MAX_SOURCE_BYTES of UTF-8; may be empty' })
  @IsString()
  @MultilineText()
  source: string;
}
