import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  DIFFICULTIES,
  PROBLEM_PAGE_SIZE_MAX,
  PROBLEM_SORTS,
  PROBLEM_STATUS_FILTERS,
  PROBLEM_TYPE_FILTERS,
  type Difficulty,
  type ProblemListQuery,
  type RandomProblemQuery,
  type ProblemSort,
  type ProblemStatusFilter,
  type ProblemTypeFilter,
} from '@tryout/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery, PageSizeQuery } from '../../common/paging.decorators';

/** The filters shared by the list and the random pick. */
export class RandomProblemQueryDto implements RandomProblemQuery {
  @ApiPropertyOptional({ description: 'Full-text search over title and statement', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: DIFFICULTIES })
  @IsOptional()
  @IsIn(DIFFICULTIES)
  difficulty?: Difficulty;

  @ApiPropertyOptional({ enum: PROBLEM_TYPE_FILTERS, description: '`coding`: every type but sql' })
  @IsOptional()
  @IsIn(PROBLEM_TYPE_FILTERS)
  type?: ProblemTypeFilter;

  @ApiPropertyOptional({ description: 'Comma-separated; problems having all of them', example: 'arrays,hashing' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(/^[a-zA-Z0-9,-]*$/, { message: 'tags are comma-separated names of letters, digits and dashes' })
  tags?: string;

  @ApiPropertyOptional({
    enum: PROBLEM_STATUS_FILTERS,
    description: "The caller's state (anonymous callers have solved nothing)",
  })
  @IsOptional()
  @IsIn(PROBLEM_STATUS_FILTERS)
  status?: ProblemStatusFilter;

  @ApiPropertyOptional({
    description: "A curated list's slug: its problems only (in its order when no sort)",
    example: 'backend-track',
  })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,99}$/, { message: 'list must be a list slug (lower-case letters, digits and dashes)' })
  list?: string;

  @ApiPropertyOptional({ description: "The caller's starred problems only (anonymous callers have none)" })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'favourites must be true or false' })
  favourites?: boolean;
}

export class ListProblemsQueryDto extends RandomProblemQueryDto implements ProblemListQuery {
  @ApiPropertyOptional({ enum: PROBLEM_SORTS, description: 'Default: title, or rank when q is given' })
  @IsOptional()
  @IsIn(PROBLEM_SORTS)
  sort?: ProblemSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @PageQuery()
  page?: number;

  @PageSizeQuery(PROBLEM_PAGE_SIZE_MAX)
  pageSize?: number;
}
