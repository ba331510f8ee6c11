import { ApiProperty } from '@nestjs/swagger';
import type { ChooseScorecardTemplateRequest } from '@tryout/contracts';
import { IsString, MaxLength } from 'class-validator';

export class ChooseScorecardTemplateDto implements ChooseScorecardTemplateRequest {
  @ApiProperty({ description: 'An active template (GET /api/scorecard-templates)' })
  @IsString()
  @MaxLength(64)
  templateId: string;
}
