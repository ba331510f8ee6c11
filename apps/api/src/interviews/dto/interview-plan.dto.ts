import { ApiProperty } from '@nestjs/swagger';
import { INTERVIEW_LIMITS, LANGUAGE_IDS, type LanguageId } from '@tryout/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';

const L = INTERVIEW_LIMITS;

/** What a session and a template both fix: the problems in order, the duration and the languages. */
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
}
