import { ApiPropertyOptional } from '@nestjs/swagger';
import { INTERVIEW_LIMITS, type CreateShareLinkRequest } from '@tryout/contracts';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class CreateShareLinkDto implements CreateShareLinkRequest {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: INTERVIEW_LIMITS.shareLinkMaxDays,
    default: INTERVIEW_LIMITS.shareLinkDefaultDays,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(INTERVIEW_LIMITS.shareLinkMaxDays)
  days?: number;
}
