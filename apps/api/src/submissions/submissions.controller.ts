import { Body, Controller, Get, HttpCode, MessageEvent, Param, Post, Query, Sse } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type {
  CreateSubmissionResponse,
  RuntimeDistributionDto,
  SubmissionDto,
  SubmissionListResponse,
} from '@tryout/contracts';
import { SubmissionsService } from '@tryout/server-submissions';
import type { AuthPrincipal } from '@tryout/server-users';
import type { Observable } from 'rxjs';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser } from '../common/auth.decorators';
import { ThrottleSubmissions } from '../common/throttle.decorators';
import { CreateSubmissionDto } from './dto/create-submission.dto';
import { ListSubmissionsQueryDto } from './dto/list-submissions.query.dto';
import {
  CreateSubmissionResponseDto,
  RuntimeDistributionResponseDto,
  SubmissionListResponseDto,
  SubmissionResponseDto,
} from './dto/submission.response.dto';
import { SubmissionEventsRelay } from './submission-events.relay';

@ApiTags('submissions')
@Controller('submissions')
export class SubmissionsController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly relay: SubmissionEventsRelay,
  ) {}

  @Post()
  @HttpCode(202)
  @ThrottleSubmissions()
  @ApiOperation({
    summary: 'Create a submission (run or submit)',
    description:
      'Stored as queued and enqueued; answers at once. Rate limited per user (SUBMISSIONS_PER_MINUTE) and capped in flight (MAX_QUEUED_PER_USER).',
  })
  @ApiResponse({ status: 202, type: CreateSubmissionResponseDto })
  @ApiErrors(400, 401, 404, 413, 415, 429, 503)
  create(@CurrentUser() user: AuthPrincipal, @Body() dto: CreateSubmissionDto): Promise<CreateSubmissionResponse> {
    return this.submissions.create(user, dto);
  }

  @Get()
  @ApiOperation({ summary: "The caller's submissions, newest first" })
  @ApiResponse({ status: 200, type: SubmissionListResponseDto })
  @ApiErrors(400, 401, 404)
  async list(
    @CurrentUser() user: AuthPrincipal,
    @Query() query: ListSubmissionsQueryDto,
  ): Promise<SubmissionListResponse> {
    return { items: await this.submissions.list(user, query) };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One of the caller’s submissions',
    description:
      'Hidden tests show their verdict only; time and memory are rounded up to a 1-2-5 step (admins: exact figures and per-test metrics). Others’ submissions are 404.',
  })
  @ApiResponse({ status: 200, type: SubmissionResponseDto })
  @ApiErrors(401, 404)
  get(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<SubmissionDto> {
    return this.submissions.get(user, id);
  }

  @Get(':id/runtime-distribution')
  @ApiOperation({
    summary: 'Where an accepted submit’s runtime stands',
    description:
      'Among the accepted submits of the same problem and language: share slower, and a histogram of CPU times. Only for an accepted submit (else 400).',
  })
  @ApiResponse({ status: 200, type: RuntimeDistributionResponseDto })
  @ApiErrors(400, 401, 404)
  runtimeDistribution(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<RuntimeDistributionDto> {
    return this.submissions.runtimeDistribution(user, id);
  }

  @Sse(':id/events')
  @ApiOperation({
    summary: 'Progress as Server-Sent Events',
    description:
      'Each message: `event: <type>` and `data: <SubmissionEvent JSON>`. The current state comes first; the stream ends after `verdict`. `heartbeat` events keep proxies awake. Send the Authorization header (fetch + eventsource-parser). Hidden tests carry their verdict only; figures are rounded up to a 1-2-5 step (admins: exact).',
  })
  @ApiProduces('text/event-stream')
  @ApiResponse({ status: 200, description: 'text/event-stream of SubmissionEvent' })
  @ApiErrors(401, 404)
  async events(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<Observable<MessageEvent>> {
    // Ownership is checked before the stream starts, so a stranger gets a plain 404.
    await this.submissions.findVisible(user, id);
    return this.relay.stream(id, { exact: user.role === 'admin' });
  }
}
