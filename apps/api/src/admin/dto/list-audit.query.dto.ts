import { ApiPropertyOptional } from '@nestjs/swagger';
import { ADMIN_PAGE_SIZE_MAX, AUDIT_ACTIONS, type AuditAction, type AuditListQuery } from '@tryout/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

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

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: ADMIN_PAGE_SIZE_MAX, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(ADMIN_PAGE_SIZE_MAX)
  pageSize?: number;
}
