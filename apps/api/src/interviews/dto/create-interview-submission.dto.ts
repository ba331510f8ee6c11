import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CUSTOM_INPUT_MAX_BYTES,
  INTERVIEW_LIMITS,
  LANGUAGE_IDS,
  SUBMISSION_MODES,
  type CreateInterviewSubmissionRequest,
  type LanguageId,
  type SubmissionMode,
} from '@tryout/contracts';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MultilineText } from '../../common/text.decorators';

export class CreateInterviewSubmissionDto implements CreateInterviewSubmissionRequest {
  @ApiProperty({
    minimum: 1,
    maximum: INTERVIEW_LIMITS.problemsMax,
    description: "The problem's position in the session",
  })
  @IsInt()
  @Min(1)
  @Max(INTERVIEW_LIMITS.problemsMax)
  position: number;

  @ApiProperty({ enum: LANGUAGE_IDS })
  @IsIn(LANGUAGE_IDS)
  language: LanguageId;

  @ApiProperty({ enum: SUBMISSION_MODES })
  @IsIn(SUBMISSION_MODES)
  mode: SubmissionMode;

  @ApiProperty()
  @IsString()
  @MultilineText()
  source: string;

  @ApiPropertyOptional({ description: `Run mode only; at most ${CUSTOM_INPUT_MAX_BYTES} bytes` })
  @IsOptional()
  @IsString()
  @MultilineText()
  customInput?: string;
}
