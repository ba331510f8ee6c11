import { ApiPropertyOptional } from '@nestjs/swagger';
import { ADMIN_PAGE_SIZE_MAX, AUDIT_ACTIONS, type AuditAction, type AuditListQuery } from '@tryout/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery, PageSizeQuery } from '../../common/paging.decorators';

export class ListAuditQueryDto implements AuditListQuery {
  @ApiPropertyOptional({ description: 'Actor id, or e-mail contains', maxLength: 320 })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  actor?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({ description: 'Target id, or label (e-mail, job) contains', maxLength: 320 })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  target?: string;

  @PageQuery()
  page?: number;

  @PageSizeQuery(ADMIN_PAGE_SIZE_MAX, 50)
  pageSize?: number;
}
