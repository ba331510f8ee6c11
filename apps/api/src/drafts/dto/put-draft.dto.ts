import { ApiProperty } from '@nestjs/swagger';
import type { PutDraftRequest } from '@tryout/contracts';
import { IsString } from 'class-validator';
import { MultilineText } from '../../common/text.decorators';

export class PutDraftDto implements PutDraftRequest {
  @ApiProperty({ description: 'May be empty; at most SUBMISSION_MAX_SOURCE_BYTES' })
  @IsString()
  @MultilineText()
  source: string;
}
