import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type {
  CreateInterviewResponse,
  InterviewDetailDto,
  InterviewPartResultDto,
  InterviewReportDto,
  InterviewSummaryDto,
  InviteTokenResponse,
  LiveTimelineDto,
  ShareLinkResponse,
} from '@tryout/contracts';
import { InterviewReportService, InterviewsService, LiveTimelineService } from '@tryout/server-interviews';
import type { AuthPrincipal } from '@tryout/server-users';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CreateInterviewDto } from './dto/create-interview.dto';
import { CreateShareLinkDto } from './dto/create-share-link.dto';
import { ExtendInterviewDto } from './dto/extend-interview.dto';

/** The interviewer's side. Interviewers see sessions they own or were added to; admins see all. */
@ApiTags('interviews')
@Controller('interviews')
@Roles('interviewer', 'admin')
export class InterviewsController {
  constructor(
    private readonly interviews: InterviewsService,
    private readonly reports: InterviewReportService,
    private readonly timelines: LiveTimelineService,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create an interview session',
    description: 'Returns the invite token once (only its hash is stored). The link is `/interview/join#<token>`.',
  })
  @ApiResponse({ status: 201, description: 'CreateInterviewResponse' })
  @ApiErrors(400, 401, 403, 404)
  create(@CurrentUser() user: AuthPrincipal, @Body() dto: CreateInterviewDto): Promise<CreateInterviewResponse> {
    return this.interviews.create(user, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Sessions the caller owns or was added to (admins: all), newest first' })
  @ApiResponse({ status: 200, description: 'InterviewSummaryDto[]' })
  @ApiErrors(401, 403)
  list(@CurrentUser() user: AuthPrincipal): Promise<InterviewSummaryDto[]> {
    return this.interviews.list(user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One session: clock, problems, extensions, links and the candidate’s runs and submits' })
  @ApiResponse({ status: 200, description: 'InterviewDetailDto' })
  @ApiErrors(401, 403, 404)
  detail(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<InterviewDetailDto> {
    return this.interviews.detail(user, id);
  }

  @Get(':id/parts')
  @ApiOperation({
    summary:
      'The quiz and open parts with the candidate’s answers so far: each quiz answer, right or not, and the score',
  })
  @ApiResponse({ status: 200, description: 'InterviewPartResultDto[]' })
  @ApiErrors(401, 403, 404)
  parts(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<InterviewPartResultDto[]> {
    return this.interviews.partResults(user, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Call the session off (nothing is submitted)' })
  @ApiResponse({ status: 200, description: 'InterviewDetailDto' })
  @ApiErrors(401, 403, 404, 409)
  cancel(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<InterviewDetailDto> {
    return this.interviews.cancel(user, id);
  }

  @Post(':id/extend')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move the deadline by some minutes (negative shortens), recorded with who and why',
    description: 'The deadline never moves before now: shortening past it ends the session at once.',
  })
  @ApiResponse({ status: 200, description: 'InterviewDetailDto' })
  @ApiErrors(400, 401, 403, 404, 409)
  extend(
    @CurrentUser() user: AuthPrincipal,
    @Param('id') id: string,
    @Body() dto: ExtendInterviewDto,
  ): Promise<InterviewDetailDto> {
    return this.interviews.extend(user, id, dto.minutes, dto.reason);
  }

  @Post(':id/end')
  @HttpCode(200)
  @ApiOperation({ summary: 'End now; the last code of each problem is submitted' })
  @ApiResponse({ status: 200, description: 'InterviewDetailDto' })
  @ApiErrors(401, 403, 404, 409)
  end(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<InterviewDetailDto> {
    return this.interviews.end(user, id);
  }

  @Post(':id/invite')
  @ApiOperation({ summary: 'A new invite link; the old link and its session tokens stop working' })
  @ApiResponse({ status: 201, description: 'InviteTokenResponse' })
  @ApiErrors(401, 403, 404, 409)
  rotateInvite(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<InviteTokenResponse> {
    return this.interviews.rotateInvite(user, id);
  }

  @Delete(':id/invite')
  @ApiOperation({ summary: 'Revoke the invite link: the candidate loses access at once' })
  @ApiResponse({ status: 200, description: 'InterviewDetailDto' })
  @ApiErrors(401, 403, 404)
  revokeInvite(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<InterviewDetailDto> {
    return this.interviews.revokeInvite(user, id);
  }

  @Get(':id/report')
  @ApiOperation({
    summary:
      'The report: per problem final code, runs, submits, verdicts, time; every interviewer’s notes and submitted scorecards',
  })
  @ApiResponse({ status: 200, description: 'InterviewReportDto' })
  @ApiErrors(401, 403, 404)
  report(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<InterviewReportDto> {
    return this.reports.forCaller(user, id);
  }

  @Get(':id/problems/:position/timeline')
  @ApiOperation({
    summary: 'Playback of one problem: the live document’s updates, presence/paste events, runs and submits',
    description: 'Server times throughout; updates are base64 Yjs updates to apply in order.',
  })
  @ApiResponse({ status: 200, description: 'LiveTimelineDto' })
  @ApiErrors(400, 401, 403, 404)
  timeline(
    @CurrentUser() user: AuthPrincipal,
    @Param('id') id: string,
    @Param('position', ParseIntPipe) position: number,
  ): Promise<LiveTimelineDto> {
    return this.timelines.timeline(user, id, position);
  }

  @Post(':id/share')
  @ApiOperation({ summary: 'A read-only, expiring report link for the hiring team (replaces the previous one)' })
  @ApiResponse({ status: 201, description: 'ShareLinkResponse' })
  @ApiErrors(400, 401, 403, 404)
  share(
    @CurrentUser() user: AuthPrincipal,
    @Param('id') id: string,
    @Body() dto: CreateShareLinkDto,
  ): Promise<ShareLinkResponse> {
    return this.interviews.share(user, id, dto.days);
  }

  @Delete(':id/share')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke the report link' })
  @ApiResponse({ status: 204 })
  @ApiErrors(401, 403, 404)
  revokeShare(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<void> {
    return this.interviews.revokeShare(user, id);
  }
}
