import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LANGUAGE_IDS,
  MOCK_LIMITS,
  type CreateMockRequest,
  type LanguageId,
  type MockDifficultyCounts,
} from '@tryout/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const SLUG = /^[a-z0-9][a-z0-9_-]*$/;

export class MockDifficultyCountsDto implements MockDifficultyCounts {
  @ApiProperty({ minimum: 0, maximum: MOCK_LIMITS.perDifficultyMax })
  @IsInt()
  @Min(0)
  @Max(MOCK_LIMITS.perDifficultyMax)
  easy: number;

  @ApiProperty({ minimum: 0, maximum: MOCK_LIMITS.perDifficultyMax })
  @IsInt()
  @Min(0)
  @Max(MOCK_LIMITS.perDifficultyMax)
  medium: number;

  @ApiProperty({ minimum: 0, maximum: MOCK_LIMITS.perDifficultyMax })
  @IsInt()
  @Min(0)
  @Max(MOCK_LIMITS.perDifficultyMax)
  hard: number;
}

export class CreateMockDto implements CreateMockRequest {
  @ApiProperty({ type: MockDifficultyCountsDto, description: 'Problems per difficulty (1–5 in all)' })
  @IsDefined()
  @ValidateNested()
  @Type(() => MockDifficultyCountsDto)
  counts: MockDifficultyCountsDto;

  @ApiPropertyOptional({ type: [String], description: 'Draw only problems with at least one of these tags' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MOCK_LIMITS.tagsMax)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ description: 'Draw only from this curated list (its slug)' })
  @IsOptional()
  @IsString()
  @Matches(SLUG, { message: 'list must be a slug' })
  @MaxLength(100)
  list?: string;

  @ApiProperty({ minimum: MOCK_LIMITS.durationMinutesMin, maximum: MOCK_LIMITS.durationMinutesMax })
  @IsInt()
  @Min(MOCK_LIMITS.durationMinutesMin)
  @Max(MOCK_LIMITS.durationMinutesMax)
  durationMinutes: number;

  @ApiProperty({ enum: LANGUAGE_IDS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(LANGUAGE_IDS, { each: true })
  languages: LanguageId[];
}
