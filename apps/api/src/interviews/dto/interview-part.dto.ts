import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  INTERVIEW_PART_KINDS,
  INTERVIEW_PART_LIMITS,
  OPEN_QUESTION_FORMATS,
  type InterviewPartKind,
  type InterviewPartRequest,
  type OpenQuestionFormat,
} from '@tryout/contracts';
import { IsIn, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

const L = INTERVIEW_PART_LIMITS;

/** One quiz or open part. Shape only: the service checks the set exists and an open question is complete. */
export class InterviewPartBodyDto implements InterviewPartRequest {
  @ApiProperty({ enum: INTERVIEW_PART_KINDS })
  @IsIn(INTERVIEW_PART_KINDS)
  kind: InterviewPartKind;

  @ApiPropertyOptional({ description: 'quiz: the slug of a quiz set (problems/quizzes)' })
  @ValidateIf((o: InterviewPartBodyDto) => o.kind === 'quiz')
  @IsString()
  @MaxLength(100)
  quiz?: string;

  @ApiPropertyOptional({ enum: OPEN_QUESTION_FORMATS, description: 'open: text (default) or design' })
  @IsOptional()
  @IsIn(OPEN_QUESTION_FORMATS)
  format?: OpenQuestionFormat;

  @ApiPropertyOptional({ maxLength: L.openTitleMaxLength, description: 'open: required' })
  @ValidateIf((o: InterviewPartBodyDto) => o.kind === 'open')
  @IsString()
  @MaxLength(L.openTitleMaxLength)
  title?: string;

  @ApiPropertyOptional({ maxLength: L.openPromptMaxLength, description: 'open: Markdown, required' })
  @ValidateIf((o: InterviewPartBodyDto) => o.kind === 'open')
  @IsString()
  @MaxLength(L.openPromptMaxLength)
  prompt?: string;

  @ApiPropertyOptional({ maxLength: L.openRubricMaxLength, description: 'open: Markdown, for interviewers only' })
  @IsOptional()
  @IsString()
  @MaxLength(L.openRubricMaxLength)
  rubric?: string;
}
