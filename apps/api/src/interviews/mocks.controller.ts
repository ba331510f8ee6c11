import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { InterviewReportDto, LiveTimelineDto, MockSummaryDto, RedeemInviteResponse } from '@tryout/contracts';
import { MockInterviewsService } from '@tryout/server-interviews';
import type { AuthPrincipal } from '@tryout/server-users';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser } from '../common/auth.decorators';
import { CreateMockDto } from './dto/create-mock.dto';

/**
 * Mock interviews: any signed-in account starts a timed session for itself. The candidate routes
 * (/api/interview/session/…) serve it with the session token from POST /api/mocks/:id/session.
 */
@ApiTags('mock interviews')
@Controller('mocks')
export class MocksController {
  constructor(private readonly mocks: MockInterviewsService) {}

  @Post()
  @ApiOperation({
    summary: 'Draw a mock interview from the catalog',
    description:
      'Problems by difficulty, topic (tags) or a curated list, unsolved ones first. Replaces the caller’s unstarted mock; 409 `session_live` while one runs; 422 `no_problems_match` when the catalog has too few.',
  })
  @ApiResponse({ status: 201, description: 'MockSummaryDto' })
  @ApiErrors(400, 401, 403, 409, 422)
  create(@CurrentUser() user: AuthPrincipal, @Body() dto: CreateMockDto): Promise<MockSummaryDto> {
    return this.mocks.create(user, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The caller’s mock interviews, newest first' })
  @ApiResponse({ status: 200, description: 'MockSummaryDto[]' })
  @ApiErrors(401, 403)
  list(@CurrentUser() user: AuthPrincipal): Promise<MockSummaryDto[]> {
    return this.mocks.list(user);
  }

  @Post(':id/session')
  @HttpCode(200)
  @ApiOperation({ summary: 'A session token for the candidate page of one’s own mock' })
  @ApiResponse({ status: 200, description: 'RedeemInviteResponse' })
  @ApiErrors(401, 403, 404, 409)
  session(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<RedeemInviteResponse> {
    return this.mocks.sessionToken(user, id);
  }

  @Post(':id/end')
  @HttpCode(200)
  @ApiOperation({ summary: 'Finish one’s own mock now; the last code of each problem is submitted' })
  @ApiResponse({ status: 200, description: 'MockSummaryDto' })
  @ApiErrors(401, 403, 404, 409)
  end(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<MockSummaryDto> {
    return this.mocks.end(user, id);
  }

  @Get(':id/report')
  @ApiOperation({ summary: 'The report of one’s own mock (admins: any)' })
  @ApiResponse({ status: 200, description: 'InterviewReportDto' })
  @ApiErrors(401, 403, 404)
  report(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<InterviewReportDto> {
    return this.mocks.report(user, id);
  }

  @Get(':id/problems/:position/timeline')
  @ApiOperation({
    summary: 'Playback of one problem of one’s own mock (admins: any)',
    description: 'The same timeline as an interview’s: server times, base64 Yjs updates in order, runs and submits.',
  })
  @ApiResponse({ status: 200, description: 'LiveTimelineDto' })
  @ApiErrors(400, 401, 403, 404)
  timeline(
    @CurrentUser() user: AuthPrincipal,
    @Param('id') id: string,
    @Param('position', ParseIntPipe) position: number,
  ): Promise<LiveTimelineDto> {
    return this.mocks.timeline(user, id, position);
  }
}
