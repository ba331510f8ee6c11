import { Body, Controller, Get, HttpCode, MessageEvent, Param, ParseIntPipe, Post, Put, Sse } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type {
  CandidateSessionDto,
  CreateSubmissionResponse,
  InterviewSubmissionDto,
  SubmissionDto,
} from '@tryout/contracts';
import { CandidateSessionService } from '@tryout/server-interviews';
import type { AuthPrincipal } from '@tryout/server-users';
import type { Observable } from 'rxjs';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrentUser, SessionScoped } from '../common/auth.decorators';
import { ThrottleSubmissions } from '../common/throttle.decorators';
import { SubmissionEventsRelay } from '../submissions/submission-events.relay';
import { CreateInterviewSubmissionDto } from './dto/create-interview-submission.dto';
import { AnswerQuizQuestionDto } from '../quizzes/dto/answer-quiz-question.dto';
import { SaveInterviewCodeDto } from './dto/save-interview-code.dto';
import { SaveOpenAnswerDto } from './dto/save-open-answer.dto';
import { InterviewClockRelay } from './interview-clock.relay';

/**
 * The candidate's side of one session, reached only with a session token (from the invite link or
 * a mock interview). The session comes from the token, so no other session can even be named.
 */
@ApiTags('interview (candidate)')
@Controller('interview/session')
@SessionScoped()
export class CandidateSessionController {
  constructor(
    private readonly candidate: CandidateSessionService,
    private readonly submissionRelay: SubmissionEventsRelay,
    private readonly clock: InterviewClockRelay,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The session: clock (server time and deadline), languages; its problems once started',
  })
  @ApiResponse({ status: 200, description: 'CandidateSessionDto' })
  @ApiErrors(401, 403, 404)
  view(@CurrentUser() user: AuthPrincipal): Promise<CandidateSessionDto> {
    return this.candidate.view(user);
  }

  @Post('start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start the clock (the deadline is stored now); pressing it again is harmless' })
  @ApiResponse({ status: 200, description: 'CandidateSessionDto' })
  @ApiErrors(401, 403, 404, 409)
  start(@CurrentUser() user: AuthPrincipal): Promise<CandidateSessionDto> {
    return this.candidate.start(user);
  }

  @Put('problems/:position/code')
  @HttpCode(204)
  @ApiOperation({ summary: 'Autosave the latest code of a problem (submitted at the deadline)' })
  @ApiResponse({ status: 204 })
  @ApiErrors(400, 401, 403, 404, 409, 413)
  async saveCode(
    @CurrentUser() user: AuthPrincipal,
    @Param('position', ParseIntPipe) position: number,
    @Body() dto: SaveInterviewCodeDto,
  ): Promise<void> {
    await this.candidate.saveCode(user, position, dto.language, dto.source);
  }

  @Put('parts/:position/questions/:questionId/answer')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Save the answer to one question of a quiz part (graded on the server; the outcome is not shown)',
    description:
      '`{ choices }` or `{ text }` as for a practice quiz; answering again replaces it. At or after the deadline: 409 `session_over`.',
  })
  @ApiResponse({ status: 204 })
  @ApiErrors(400, 401, 403, 404, 409)
  async answerQuizQuestion(
    @CurrentUser() user: AuthPrincipal,
    @Param('position', ParseIntPipe) position: number,
    @Param('questionId') questionId: string,
    @Body() dto: AnswerQuizQuestionDto,
  ): Promise<void> {
    await this.candidate.answerQuizQuestion(user, position, questionId, dto);
  }

  @Put('parts/:position/answer')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Autosave the Markdown answer of an open question (at or after the deadline: 409 `session_over`)',
  })
  @ApiResponse({ status: 204 })
  @ApiErrors(400, 401, 403, 404, 409)
  async saveOpenAnswer(
    @CurrentUser() user: AuthPrincipal,
    @Param('position', ParseIntPipe) position: number,
    @Body() dto: SaveOpenAnswerDto,
  ): Promise<void> {
    await this.candidate.saveOpenAnswer(user, position, dto.text);
  }

  @Post('submissions')
  @HttpCode(202)
  @ThrottleSubmissions()
  @ApiOperation({
    summary: 'Run or submit, judged ahead of practice traffic',
    description: 'After the deadline: 409 `session_over`; before Start: 409 `session_not_started`.',
  })
  @ApiResponse({ status: 202, description: 'CreateSubmissionResponse' })
  @ApiErrors(400, 401, 403, 404, 409, 413, 429, 503)
  submit(
    @CurrentUser() user: AuthPrincipal,
    @Body() dto: CreateInterviewSubmissionDto,
  ): Promise<CreateSubmissionResponse> {
    return this.candidate.submit(user, dto);
  }

  @Get('submissions')
  @ApiOperation({ summary: 'This session’s runs and submits, oldest first' })
  @ApiResponse({ status: 200, description: 'InterviewSubmissionDto[]' })
  @ApiErrors(401, 403, 404)
  submissions(@CurrentUser() user: AuthPrincipal): Promise<InterviewSubmissionDto[]> {
    return this.candidate.listSubmissions(user);
  }

  @Get('submissions/:id')
  @ApiOperation({ summary: 'One result of this session (hidden tests: pass/fail only)' })
  @ApiResponse({ status: 200, description: 'SubmissionDto' })
  @ApiErrors(401, 403, 404)
  submission(@CurrentUser() user: AuthPrincipal, @Param('id') id: string): Promise<SubmissionDto> {
    return this.candidate.submission(user, id);
  }

  @Sse('submissions/:id/events')
  @ApiOperation({ summary: 'Progress of one result as Server-Sent Events (as /api/submissions/:id/events)' })
  @ApiProduces('text/event-stream')
  @ApiResponse({ status: 200, description: 'text/event-stream of SubmissionEvent' })
  @ApiErrors(401, 403, 404)
  async submissionEvents(
    @CurrentUser() user: AuthPrincipal,
    @Param('id') id: string,
  ): Promise<Observable<MessageEvent>> {
    await this.candidate.submission(user, id);
    return this.submissionRelay.stream(id, { exact: false });
  }

  @Sse('clock')
  @ApiOperation({
    summary: 'The clock as Server-Sent Events',
    description:
      '`event: clock` with an InterviewClockDto at once, on every change (start, extension, end) and every few seconds; the stream ends when the session does.',
  })
  @ApiProduces('text/event-stream')
  @ApiResponse({ status: 200, description: 'text/event-stream of InterviewClockDto' })
  @ApiErrors(401, 403, 404)
  async clockEvents(@CurrentUser() user: AuthPrincipal): Promise<Observable<MessageEvent>> {
    await this.candidate.clockOf(user);
    return this.clock.stream(user);
  }
}
