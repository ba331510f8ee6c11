import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  AUTHORING_PAGE_SIZE_MAX,
  AUTHORING_PROBLEM_STATUSES,
  type AuthoringProblemListQuery,
  type AuthoringProblemStatus,
} from '@tryout/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery, PageSizeQuery } from '../../common/paging.decorators';

export class ListAuthoringProblemsQueryDto implements AuthoringProblemListQuery {
  @ApiPropertyOptional({ description: 'Title or slug contains (case-insensitive)', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: AUTHORING_PROBLEM_STATUSES })
  @IsOptional()
  @IsIn(AUTHORING_PROBLEM_STATUSES)
  status?: AuthoringProblemStatus;

  @PageQuery()
  page?: number;

  @PageSizeQuery(AUTHORING_PAGE_SIZE_MAX)
  pageSize?: number;
}
