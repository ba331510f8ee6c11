import { ApiProperty } from '@nestjs/swagger';
import {
  INTERVIEW_LIMITS,
  INTERVIEW_TEMPLATE_LIMITS,
  LANGUAGE_IDS,
  type LanguageId,
  type SaveInterviewTemplateRequest,
} from '@tryout/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const L = INTERVIEW_LIMITS;

export class SaveInterviewTemplateDto implements SaveInterviewTemplateRequest {
  @ApiProperty({ maxLength: INTERVIEW_TEMPLATE_LIMITS.nameMaxLength })
  @IsString()
  @MinLength(1)
  @MaxLength(INTERVIEW_TEMPLATE_LIMITS.nameMaxLength)
  name: string;

  @ApiProperty({ type: [String], description: `${L.problemsMin}–${L.problemsMax} catalog slugs, in order` })
  @IsArray()
  @ArrayMinSize(L.problemsMin)
  @ArrayMaxSize(L.problemsMax)
  @IsString({ each: true })
  @Matches(/^[a-z0-9][a-z0-9_-]*$/, { each: true, message: 'each problem must be a slug' })
  problems: string[];

  @ApiProperty({ minimum: L.durationMinutesMin, maximum: L.durationMinutesMax })
  @IsInt()
  @Min(L.durationMinutesMin)
  @Max(L.durationMinutesMax)
  durationMinutes: number;

  @ApiProperty({ enum: LANGUAGE_IDS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(LANGUAGE_IDS, { each: true })
  languages: LanguageId[];
}
