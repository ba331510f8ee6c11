import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INTERVIEW_LIMITS, INTERVIEW_PART_LIMITS, LANGUAGE_IDS, type LanguageId } from '@tryout/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MultilineText } from '../../common/text.decorators';
import { InterviewPartBodyDto } from './interview-part.dto';

const L = INTERVIEW_LIMITS;

/** What a session and a template both fix: the problems in order, the quiz and open parts, the duration and the languages. */
export class InterviewPlanDto {
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

  @ApiPropertyOptional({
    type: [InterviewPartBodyDto],
    description: `Quiz sets and open questions after the problems, in order (at most ${INTERVIEW_PART_LIMITS.partsMax})`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INTERVIEW_PART_LIMITS.partsMax)
  @ValidateNested({ each: true })
  @Type(() => InterviewPartBodyDto)
  @MultilineText()
  parts?: InterviewPartBodyDto[];
}
