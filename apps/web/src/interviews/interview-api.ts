import type {
  AnswerQuizQuestionRequest,
  CandidateSessionDto,
  CreateInterviewRequest,
  CreateInterviewResponse,
  CreateInterviewSubmissionRequest,
  CreateSubmissionResponse,
  InterviewClockDto,
  InterviewDetailDto,
  InterviewNoteDto,
  InterviewNotesDto,
  InterviewPartResultDto,
  InterviewReportDto,
  InterviewSubmissionDto,
  InterviewSummaryDto,
  InviteTokenResponse,
  LanguageId,
  LiveTimelineDto,
  RedeemInviteResponse,
  ShareLinkResponse,
  SubmissionDto,
  SubmissionEvent,
} from '@tryout/contracts';
import { INTERVIEW_CLOCK_EVENT } from '@tryout/contracts';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { ApiError } from '../api/api-error';
import { request } from '../api/http';
import { followSubmissionEvents } from '../api/submission-events';

const id = (value: string) => encodeURIComponent(value);

/** The interviewer's calls: the signed-in account's token, as everywhere else. */
export const interviewsApi = {
  list: () => request<InterviewSummaryDto[]>('/api/interviews'),
  create: (body: CreateInterviewRequest) =>
    request<CreateInterviewResponse>('/api/interviews', { method: 'POST', body }),
  detail: (sessionId: string) => request<InterviewDetailDto>(`/api/interviews/${id(sessionId)}`),
  parts: (sessionId: string) => request<InterviewPartResultDto[]>(`/api/interviews/${id(sessionId)}/parts`),
  cancel: (sessionId: string) =>
    request<InterviewDetailDto>(`/api/interviews/${id(sessionId)}/cancel`, { method: 'POST' }),
  end: (sessionId: string) => request<InterviewDetailDto>(`/api/interviews/${id(sessionId)}/end`, { method: 'POST' }),
  extend: (sessionId: string, minutes: number, reason: string) =>
    request<InterviewDetailDto>(`/api/interviews/${id(sessionId)}/extend`, {
      method: 'POST',
      body: { minutes, reason },
    }),
  rotateInvite: (sessionId: string) =>
    request<InviteTokenResponse>(`/api/interviews/${id(sessionId)}/invite`, { method: 'POST' }),
  revokeInvite: (sessionId: string) =>
    request<InterviewDetailDto>(`/api/interviews/${id(sessionId)}/invite`, { method: 'DELETE' }),
  notes: (sessionId: string) => request<InterviewNotesDto>(`/api/interviews/${id(sessionId)}/notes`),
  addNote: (sessionId: string, body: string) =>
    request<InterviewNoteDto>(`/api/interviews/${id(sessionId)}/notes`, { method: 'POST', body: { body } }),
  editNote: (sessionId: string, noteId: string, body: string) =>
    request<InterviewNoteDto>(`/api/interviews/${id(sessionId)}/notes/${id(noteId)}`, {
      method: 'PUT',
      body: { body },
    }),
  deleteNote: (sessionId: string, noteId: string) =>
    request<void>(`/api/interviews/${id(sessionId)}/notes/${id(noteId)}`, { method: 'DELETE' }),
  report: (sessionId: string) => request<InterviewReportDto>(`/api/interviews/${id(sessionId)}/report`),
  share: (sessionId: string) =>
    request<ShareLinkResponse>(`/api/interviews/${id(sessionId)}/share`, { method: 'POST', body: {} }),
  timeline: (sessionId: string, position: number) =>
    request<LiveTimelineDto>(`/api/interviews/${id(sessionId)}/problems/${position}/timeline`),
  revokeShare: (sessionId: string) => request<void>(`/api/interviews/${id(sessionId)}/share`, { method: 'DELETE' }),
  sharedReport: (token: string) =>
    request<InterviewReportDto>(`/api/interview-reports/${id(token)}`, { noRetry: true }),
  sharedTimeline: (token: string, position: number) =>
    request<LiveTimelineDto>(`/api/interview-reports/${id(token)}/problems/${position}/timeline`, { noRetry: true }),
  redeem: (token: string) =>
    request<RedeemInviteResponse>('/api/interview-invites/redeem', { method: 'POST', body: { token }, noRetry: true }),
};

/** Invite links carry their token in the fragment, which browsers never send to a server or a Referer. */
export function inviteUrl(token: string): string {
  return `${window.location.origin}/interview/join#${token}`;
}
export function shareUrl(token: string): string {
  return `${window.location.origin}/interview-reports#${token}`;
}

/**
 * The candidate's calls carry the session token (never the account's): it reaches only this
 * session's routes. It lives in memory; a reload redeems the link again.
 */
export class CandidateClient {
  /** `onRevoked`: called once any call (or the live editor, through `reportRevoked`) learns the link was revoked. */
  constructor(
    private readonly token: string,
    private readonly onRevoked?: () => void,
  ) {}

  /** The interviewer revoked or replaced the link: every later call would get 403 `invite_revoked`. */
  reportRevoked(): void {
    this.onRevoked?.();
  }

  private async failure(response: Response): Promise<ApiError> {
    const error = await ApiError.fromResponse(response);
    if (error.code === 'invite_revoked') this.reportRevoked();
    return error;
  }

  /** The session token (the live editor authenticates with it too). */
  get accessToken(): string {
    return this.token;
  }

  private async send<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
    });
    if (!response.ok) throw await this.failure(response);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  session = () => this.send<CandidateSessionDto>('/api/interview/session');
  start = () => this.send<CandidateSessionDto>('/api/interview/session/start', 'POST');
  saveCode = (position: number, language: LanguageId, source: string) =>
    this.send<void>(`/api/interview/session/problems/${position}/code`, 'PUT', { language, source });
  answerQuiz = (position: number, questionId: string, body: AnswerQuizQuestionRequest) =>
    this.send<void>(`/api/interview/session/parts/${position}/questions/${id(questionId)}/answer`, 'PUT', body);
  saveOpenAnswer = (position: number, text: string) =>
    this.send<void>(`/api/interview/session/parts/${position}/answer`, 'PUT', { text });
  submit = (body: CreateInterviewSubmissionRequest) =>
    this.send<CreateSubmissionResponse>('/api/interview/session/submissions', 'POST', body);
  submissions = () => this.send<InterviewSubmissionDto[]>('/api/interview/session/submissions');
  submission = (submissionId: string) =>
    this.send<SubmissionDto>(`/api/interview/session/submissions/${id(submissionId)}`);

  /** Follows one result until its verdict. */
  follow(submissionId: string, onEvent: (event: SubmissionEvent) => void, signal: AbortSignal): Promise<void> {
    // The practice pages' follower: it reopens a dropped or silent stream, so no verdict is lost.
    return followSubmissionEvents(
      `/api/interview/session/submissions/${id(submissionId)}/events`,
      (url, init) =>
        fetch(url, {
          ...init,
          headers: { ...Object.fromEntries(new Headers(init.headers)), Authorization: `Bearer ${this.token}` },
          credentials: 'omit',
        }),
      onEvent,
      signal,
    );
  }

  /** Follows the server's clock; reconnects while the session runs. */
  async followClock(onClock: (clock: InterviewClockDto) => void, signal: AbortSignal): Promise<void> {
    let attempt = 0;
    while (!signal.aborted) {
      let over = false;
      try {
        await this.stream('/api/interview/session/clock', signal, (type, data) => {
          if (type !== INTERVIEW_CLOCK_EVENT) return false;
          const clock = JSON.parse(data) as InterviewClockDto;
          attempt = 0;
          onClock(clock);
          over = clock.status === 'ended' || clock.status === 'cancelled';
          return over;
        });
      } catch (error) {
        if (signal.aborted || (error instanceof ApiError && error.status < 500)) throw error;
      }
      if (over) return;
      attempt += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** attempt)));
    }
  }

  private async stream(
    path: string,
    signal: AbortSignal,
    onMessage: (type: string | undefined, data: string) => boolean,
  ): Promise<void> {
    const response = await fetch(path, {
      headers: { Accept: 'text/event-stream', Authorization: `Bearer ${this.token}` },
      signal,
      credentials: 'omit',
    });
    if (!response.ok) throw await this.failure(response);
    if (!response.body) throw new Error('The browser returned no stream');
    const reader = response.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream())
      .getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value.data && onMessage(value.event, value.data)) {
        await reader.cancel().catch(() => undefined);
        return;
      }
    }
  }
}
