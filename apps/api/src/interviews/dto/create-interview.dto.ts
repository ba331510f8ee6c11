import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INTERVIEW_LIMITS, LANGUAGE_IDS, type CreateInterviewRequest, type LanguageId } from '@tryout/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

const L = INTERVIEW_LIMITS;

export class CreateInterviewDto implements CreateInterviewRequest {
  @ApiProperty({ maxLength: L.titleMaxLength })
  @IsString()
  @MinLength(1)
  @MaxLength(L.titleMaxLength)
  title: string;

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

  @ApiPropertyOptional({ type: [String], description: 'E-mails of interviewer or admin accounts' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.coInterviewersMax)
  @IsEmail({}, { each: true })
  coInterviewers?: string[];
}
