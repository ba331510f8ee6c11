import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INTERVIEW_LIMITS, type CreateInterviewRequest } from '@tryout/contracts';
import { ArrayMaxSize, IsArray, IsEmail, IsISO8601, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { InterviewPlanDto } from './interview-plan.dto';

const L = INTERVIEW_LIMITS;

export class CreateInterviewDto extends InterviewPlanDto implements CreateInterviewRequest {
  @ApiProperty({ maxLength: L.titleMaxLength })
  @IsString()
  @MinLength(1)
  @MaxLength(L.titleMaxLength)
  title: string;

  @ApiProperty({ maxLength: L.candidateNameMaxLength })
  @IsString()
  @MinLength(1)
  @MaxLength(L.candidateNameMaxLength)
  candidateName: string;

  @ApiProperty()
  @IsEmail()
  @MaxLength(320)
  candidateEmail: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601()
  windowStart?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'The invite link expires then (if not started)' })
  @IsOptional()
  @IsISO8601()
  windowEnd?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'A fixed start: the clock starts then by itself; without it, when the candidate presses Start',
  })
  @IsOptional()
  @IsISO8601()
  startAt?: string;

  @ApiPropertyOptional({ type: [String], description: 'E-mails of interviewer or admin accounts' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.coInterviewersMax)
  @IsEmail({}, { each: true })
  coInterviewers?: string[];
}
