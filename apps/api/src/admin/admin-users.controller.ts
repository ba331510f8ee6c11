import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AdminUserDto, AdminUserListResponse } from '@tryout/contracts';
import { AdminUsersService } from '@tryout/server-admin';
import type { AuthPrincipal } from '@tryout/server-users';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { UserIdPipe } from './admin-id.pipe';
import { AdminUserListResponseDto, AdminUserResponseDto } from './dto/admin.response.dto';
import { ChangeRoleDto } from './dto/change-role.dto';
import { ListUsersQueryDto } from './dto/list-users.query.dto';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  @ApiOperation({ summary: 'List and search users (admin)' })
  @ApiResponse({ status: 200, type: AdminUserListResponseDto })
  @ApiErrors(400, 401, 403)
  list(@Query() query: ListUsersQueryDto): Promise<AdminUserListResponse> {
    return this.users.list({ ...query, page: query.page ?? 1, pageSize: query.pageSize ?? 20 });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user (admin)' })
  @ApiResponse({ status: 200, type: AdminUserResponseDto })
  @ApiErrors(401, 403, 404)
  get(@Param('id', UserIdPipe) id: string): Promise<AdminUserDto> {
    return this.users.get(id);
  }

  @Put(':id/role')
  @ApiOperation({ summary: "Change a user's role (admin); the last active admin can't be demoted" })
  @ApiResponse({ status: 200, type: AdminUserResponseDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async changeRole(
    @CurrentUser() principal: AuthPrincipal,
    @Param('id', UserIdPipe) id: string,
    @Body() dto: ChangeRoleDto,
  ): Promise<AdminUserDto> {
    return this.users.changeRole(await this.users.actor(principal.userId), id, dto.role);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Disable an account (admin)',
    description: 'Revokes its refresh tokens; its access tokens are refused from the next request on.',
  })
  @ApiResponse({ status: 200, type: AdminUserResponseDto })
  @ApiErrors(401, 403, 404, 409)
  async disable(@CurrentUser() principal: AuthPrincipal, @Param('id', UserIdPipe) id: string): Promise<AdminUserDto> {
    return this.users.disable(await this.users.actor(principal.userId), id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-enable a disabled account (admin)' })
  @ApiResponse({ status: 200, type: AdminUserResponseDto })
  @ApiErrors(401, 403, 404)
  async enable(@CurrentUser() principal: AuthPrincipal, @Param('id', UserIdPipe) id: string): Promise<AdminUserDto> {
    return this.users.enable(await this.users.actor(principal.userId), id);
  }
}
