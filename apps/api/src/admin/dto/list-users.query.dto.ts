import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ADMIN_PAGE_SIZE_MAX,
  ROLES,
  USER_STATUSES,
  type AdminUserListQuery,
  type Role,
  type UserStatus,
} from '@tryout/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery, PageSizeQuery } from '../../common/paging.decorators';

export class ListUsersQueryDto implements AdminUserListQuery {
  @ApiPropertyOptional({ description: 'E-mail or display name contains (case-insensitive)', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @PageQuery()
  page?: number;

  @PageSizeQuery(ADMIN_PAGE_SIZE_MAX)
  pageSize?: number;
}
