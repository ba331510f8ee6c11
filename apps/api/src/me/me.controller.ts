import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { EditorSettingsDto, MeResponse, ProgressDto } from '@tryout/contracts';
import { ProgressService } from '@tryout/server-submissions';
import { AuthException, EditorSettingsService, UsersService, type AuthPrincipal } from '@tryout/server-users';
import { UserResponseDto } from '../auth/dto/auth-response.dto';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser } from '../common/auth.decorators';
import { EditorSettingsResponseDto } from './dto/editor-settings.response.dto';
import { PutEditorSettingsDto } from './dto/put-editor-settings.dto';
import { ProgressResponseDto } from './progress.response.dto';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly progress: ProgressService,
    private readonly editorSettings: EditorSettingsService,
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

  @Get('editor-settings')
  @ApiOperation({ summary: "The caller's code editor settings; the defaults (updatedAt null) until first saved" })
  @ApiResponse({ status: 200, type: EditorSettingsResponseDto })
  @ApiErrors(401)
  getEditorSettings(@CurrentUser() principal: AuthPrincipal): Promise<EditorSettingsDto> {
    return this.editorSettings.get(principal.userId);
  }

  @Put('editor-settings')
  @ApiOperation({
    summary: "Replace the caller's code editor settings (font size, tab size, indentation, key bindings)",
  })
  @ApiResponse({ status: 200, type: EditorSettingsResponseDto })
  @ApiErrors(400, 401)
  putEditorSettings(
    @CurrentUser() principal: AuthPrincipal,
    @Body() dto: PutEditorSettingsDto,
  ): Promise<EditorSettingsDto> {
    return this.editorSettings.put(principal.userId, dto);
  }
}
