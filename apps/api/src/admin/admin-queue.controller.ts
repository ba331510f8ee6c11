import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { QueueOverviewDto } from '@tryout/contracts';
import { AdminQueueService, AdminUsersService } from '@tryout/server-admin';
import type { AuthPrincipal } from '@tryout/server-users';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { JobIdPipe } from './admin-id.pipe';
import { QueueOverviewResponseDto } from './dto/admin.response.dto';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/queue')
export class AdminQueueController {
  constructor(
    private readonly queue: AdminQueueService,
    private readonly users: AdminUsersService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Judge queue depth by state and its most recent failures (admin)' })
  @ApiResponse({ status: 200, type: QueueOverviewResponseDto })
  @ApiErrors(401, 403)
  overview(): Promise<QueueOverviewDto> {
    return this.queue.overview();
  }

  @Post('jobs/:id/retry')
  @HttpCode(204)
  @ApiOperation({ summary: 'Move a failed job back to waiting (admin)' })
  @ApiResponse({ status: 204 })
  @ApiErrors(401, 403, 404, 409)
  async retry(@CurrentUser() principal: AuthPrincipal, @Param('id', JobIdPipe) id: string): Promise<void> {
    await this.queue.retry(await this.users.actor(principal.userId), id);
  }
}
