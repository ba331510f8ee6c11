import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { InterviewReportDto, LiveTimelineDto, RedeemInviteResponse } from '@tryout/contracts';
import { CandidateSessionService, InterviewReportService, LiveTimelineService } from '@tryout/server-interviews';
import type { AuthPrincipal } from '@tryout/server-users';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Public } from '../common/auth.decorators';
import { ThrottleLogin } from '../common/throttle.decorators';
import { RedeemInviteDto } from './dto/redeem-invite.dto';

/** The two links that work without an account: the candidate's invite and the hiring team's report. */
@ApiTags('interviews')
@Controller()
export class InterviewLinksController {
  constructor(
    private readonly candidate: CandidateSessionService,
    private readonly reports: InterviewReportService,
    private readonly timelines: LiveTimelineService,
  ) {}

  @Post('interview-invites/redeem')
  @Public()
  @HttpCode(200)
  @ThrottleLogin()
  @ApiOperation({
    summary: 'Trade an invite token for a session token',
    description:
      'The token reaches only /api/interview/session/… . Anonymous: a guest identity of this session. Signed in: binds the session to the account.',
  })
  @ApiResponse({ status: 200, description: 'RedeemInviteResponse' })
  @ApiErrors(400, 401, 403, 409, 429)
  redeem(@CurrentUser() user: AuthPrincipal | undefined, @Body() dto: RedeemInviteDto): Promise<RedeemInviteResponse> {
    return this.candidate.redeem(dto.token, user);
  }

  @Get('interview-reports/:token')
  @Public()
  @ApiOperation({ summary: 'A report through its read-only share link' })
  @ApiResponse({ status: 200, description: 'InterviewReportDto' })
  @ApiErrors(404)
  report(@Param('token') token: string): Promise<InterviewReportDto> {
    return this.reports.forShareToken(token);
  }

  @Get('interview-reports/:token/problems/:position/timeline')
  @Public()
  @ApiOperation({ summary: "One problem's playback through the report's read-only share link" })
  @ApiResponse({ status: 200, description: 'LiveTimelineDto' })
  @ApiErrors(400, 404)
  timeline(@Param('token') token: string, @Param('position', ParseIntPipe) position: number): Promise<LiveTimelineDto> {
    return this.timelines.forShareToken(token, position);
  }
}
