import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { MeResponse, ProgressDto } from '@tryout/contracts';
import { ProgressService } from '@tryout/server-submissions';
import { AuthException, UsersService, type AuthPrincipal } from '@tryout/server-users';
import { UserResponseDto } from '../auth/dto/auth-response.dto';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser } from '../common/auth.decorators';
import { ProgressResponseDto } from './progress.response.dto';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly progress: ProgressService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The caller' })
  @ApiResponse({ status: 200, type: UserResponseDto })
  @ApiErrors(401)
  async me(@CurrentUser() principal: AuthPrincipal): Promise<MeResponse> {
    const user = await this.users.findById(principal.userId);
    if (!user) throw new AuthException('unauthorized', 'this account no longer exists');
    return UsersService.toDto(user);
  }

  @Get('progress')
  @ApiOperation({ summary: "The caller's progress: solved, attempts, acceptance per problem, streak" })
  @ApiResponse({ status: 200, type: ProgressResponseDto })
  @ApiErrors(401)
  myProgress(@CurrentUser() principal: AuthPrincipal): Promise<ProgressDto> {
    return this.progress.progress(principal.userId);
  }
}
