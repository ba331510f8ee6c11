import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CUSTOM_CASES_MAX,
  CUSTOM_INPUT_MAX_BYTES,
  LANGUAGE_IDS,
  SUBMISSION_MODES,
  type CreateSubmissionRequest,
  type LanguageId,
  type SubmissionMode,
} from '@tryout/contracts';
import { IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MultilineText } from '../../common/text.decorators';

export class CreateSubmissionDto implements CreateSubmissionRequest {
  @ApiProperty({ description: 'Problem slug', example: 'two-sum' })
  @IsString()
  @MaxLength(100)
  @Matches(/^[a-z0-9][a-z0-9_-]*$/, { message: 'problem must be a slug' })
  problem: string;

  @ApiProperty({ enum: LANGUAGE_IDS })
  @IsIn(LANGUAGE_IDS)
  language: LanguageId;

  @ApiProperty({ enum: SUBMISSION_MODES, description: '`run`: samples (or the custom cases); `submit`: every test' })
  @IsIn(SUBMISSION_MODES)
  mode: SubmissionMode;

  @ApiProperty({ description: 'Non-empty; at most SUBMISSION_MAX_SOURCE_BYTES (default 64 KiB) of UTF-8' })
  @IsString()
  @MultilineText()
  source: string;

  @ApiPropertyOptional({
    type: [String],
    description:
      `Run mode only: 1 to ${CUSTOM_CASES_MAX} custom cases in the problem's input format, ` +
      `at most ${CUSTOM_INPUT_MAX_BYTES} bytes in all; each is checked against the signature (400 custom_input_invalid)`,
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MultilineText()
  customInputs?: string[];

  @ApiPropertyOptional({ description: 'One custom case: the same as `customInputs: [customInput]`' })
  @IsOptional()
  @IsString()
  @MultilineText()
  customInput?: string;
}
