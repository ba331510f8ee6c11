import { ApiPropertyOptional } from '@nestjs/swagger';
import { QUIZ_SHORT_ANSWER_MAX, type AnswerQuizQuestionRequest } from '@tryout/contracts';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

/** Shape only; whether it fits the question (kind, choice ids) is the grader's call. */
export class AnswerQuizQuestionDto implements AnswerQuizQuestionRequest {
  @ApiPropertyOptional({ type: [String], description: 'Choice ids (`a`, `b`, …) for single and multiple questions' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @IsString({ each: true })
  @MaxLength(1, { each: true })
  choices?: string[];

  @ApiPropertyOptional({ description: `The answer to a short question, at most ${QUIZ_SHORT_ANSWER_MAX} characters` })
  @IsOptional()
  @IsString()
  @MaxLength(QUIZ_SHORT_ANSWER_MAX)
  text?: string;
}
