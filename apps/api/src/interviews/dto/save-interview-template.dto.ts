import { ApiProperty } from '@nestjs/swagger';
import { INTERVIEW_TEMPLATE_LIMITS, type SaveInterviewTemplateRequest } from '@tryout/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { InterviewPlanDto } from './interview-plan.dto';

export class SaveInterviewTemplateDto extends InterviewPlanDto implements SaveInterviewTemplateRequest {
  @ApiProperty({ maxLength: INTERVIEW_TEMPLATE_LIMITS.nameMaxLength })
  @IsString()
  @MinLength(1)
  @MaxLength(INTERVIEW_TEMPLATE_LIMITS.nameMaxLength)
  name: string;
}
