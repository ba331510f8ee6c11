import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuditListResponse } from '@tryout/contracts';
import { AuditService } from '@tryout/server-audit';
import { ApiErrors } from '../common/api-errors.decorator';
import { Roles } from '../common/auth.decorators';
import { AuditListResponseDto } from './dto/admin.response.dto';
import { ListAuditQueryDto } from './dto/list-audit.query.dto';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/audit')
export class AdminAuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'The audit log, newest first, filterable by actor, action and target (admin)' })
  @ApiResponse({ status: 200, type: AuditListResponseDto })
  @ApiErrors(400, 401, 403)
  list(@Query() query: ListAuditQueryDto): Promise<AuditListResponse> {
    return this.audit.list({ ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 50 });
  }
}
