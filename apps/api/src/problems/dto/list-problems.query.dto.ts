import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  DIFFICULTIES,
  PROBLEM_PAGE_SIZE_MAX,
  PROBLEM_SORTS,
  PROBLEM_STATUS_FILTERS,
  PROBLEM_TYPES,
  type Difficulty,
  type ProblemListQuery,
  type ProblemSort,
  type ProblemStatusFilter,
  type ProblemType,
} from '@tryout/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class ListProblemsQueryDto implements ProblemListQuery {
  @ApiPropertyOptional({ description: 'Full-text search over title and statement', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: DIFFICULTIES })
  @IsOptional()
  @IsIn(DIFFICULTIES)
  difficulty?: Difficulty;

  @ApiPropertyOptional({ enum: PROBLEM_TYPES })
  @IsOptional()
  @IsIn(PROBLEM_TYPES)
  type?: ProblemType;

  @ApiPropertyOptional({ description: 'Comma-separated; problems having all of them', example: 'arrays,hashing' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(/^[a-zA-Z0-9,-]*$/, { message: 'tags are comma-separated names of letters, digits and dashes' })
  tags?: string;

  @ApiPropertyOptional({ enum: PROBLEM_STATUS_FILTERS, description: "The caller's state (anonymous callers have solved nothing)" })
  @IsOptional()
  @IsIn(PROBLEM_STATUS_FILTERS)
  status?: ProblemStatusFilter;

  @ApiPropertyOptional({ enum: PROBLEM_SORTS, description: 'Default: title, or rank when q is given' })
  @IsOptional()
  @IsIn(PROBLEM_SORTS)
  sort?: ProblemSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: PROBLEM_PAGE_SIZE_MAX, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PROBLEM_PAGE_SIZE_MAX)
  pageSize?: number;
}
