import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { REFRESH_COOKIE_NAME, REFRESH_COOKIE_PATH, type AuthResponse } from '@tryout/contracts';
import { ConfigService } from '@tryout/server-config';
import { AuthService, type IssuedSession } from '@tryout/server-users';
import type { Request, Response } from 'express';
import { ApiErrors } from '../common/api-errors.decorator';
import { Public } from '../common/auth.decorators';
import { ThrottleLogin } from '../common/throttle.decorators';
import { AuthResponseDto } from './dto/auth-response.dto';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: ConfigService,
  ) {}

  @Post('register')
  @Public()
  @ThrottleLogin()
  @ApiOperation({ summary: 'Create a candidate account and log in', description: 'Sets the httpOnly refresh cookie.' })
  @ApiResponse({ status: 201, type: AuthResponseDto })
  @ApiErrors(400, 409, 413, 415, 429)
  async register(@Body() dto: RegisterDto, @Res({ passthrough: true }) res: Response): Promise<AuthResponse> {
    return this.withCookie(res, await this.auth.register(dto));
  }

  @Post('login')
  @Public()
  @ThrottleLogin()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in',
    description: 'Throttled per address and e-mail, and per address alone. Sets the httpOnly refresh cookie.',
  })
  @ApiResponse({ status: 200, type: AuthResponseDto })
  @ApiErrors(400, 401, 429)
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response): Promise<AuthResponse> {
    return this.withCookie(res, await this.auth.login(dto.email, dto.password));
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiCookieAuth(REFRESH_COOKIE_NAME)
  @ApiOperation({
    summary: 'Rotate the refresh cookie and get a new access token',
    description: 'A refresh token used twice revokes its whole family (`refresh_token_reused`).',
  })
  @ApiResponse({ status: 200, type: AuthResponseDto })
  @ApiErrors(401)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthResponse> {
    try {
      return this.withCookie(res, await this.auth.refresh(this.cookie(req)));
    } catch (err) {
      this.clearCookie(res);
      throw err;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiCookieAuth(REFRESH_COOKIE_NAME)
  @ApiOperation({ summary: 'Revoke the refresh cookie (its whole family) and clear it' })
  @ApiResponse({ status: 204 })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(this.cookie(req));
    this.clearCookie(res);
  }

  private cookie(req: Request): string | undefined {
    const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE_NAME];
    return typeof value === 'string' ? value : undefined;
  }

  private withCookie(res: Response, session: IssuedSession): AuthResponse {
    res.cookie(REFRESH_COOKIE_NAME, session.refreshToken, {
      httpOnly: true,
      secure: this.config.get('NODE_ENV') === 'production',
      sameSite: 'strict',
      path: REFRESH_COOKIE_PATH,
      expires: session.refreshExpiresAt,
    });
    return session.body;
  }

  private clearCookie(res: Response): void {
    res.clearCookie(REFRESH_COOKIE_NAME, { path: REFRESH_COOKIE_PATH, httpOnly: true, sameSite: 'strict' });
  }
}
