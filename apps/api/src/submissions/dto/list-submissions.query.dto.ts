import { ApiPropertyOptional } from '@nestjs/swagger';
import type { SubmissionListQuery } from '@tryout/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class ListSubmissionsQueryDto implements SubmissionListQuery {
  @ApiPropertyOptional({ description: 'Problem slug' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[a-z0-9][a-z0-9_-]*$/, { message: 'problem must be a slug' })
  problem?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
