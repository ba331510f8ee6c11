import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { INTERVIEW_LIMITS, type CreateInterviewFromTemplateRequest } from '@tryout/contracts';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CreateInterviewDto } from './create-interview.dto';

/** The session's own fields; problems, duration and languages come from the template. */
export class CreateInterviewFromTemplateDto
  extends PickType(CreateInterviewDto, [
    'candidateName',
    'candidateEmail',
    'windowStart',
    'windowEnd',
    'startAt',
    'coInterviewers',
  ] as const)
  implements CreateInterviewFromTemplateRequest
{
  @ApiPropertyOptional({ maxLength: INTERVIEW_LIMITS.titleMaxLength, description: "Defaults to the template's name" })
  @IsOptional()
  @IsString()
  @MaxLength(INTERVIEW_LIMITS.titleMaxLength)
  title?: string;
}
