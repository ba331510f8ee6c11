import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LiveEventDto, LiveTimelineDto } from '@tryout/contracts';
import { DataSource } from 'typeorm';
import { InterviewException } from '../interview.exception';
import type { InterviewSessionEntity } from '../sessions/interview-session.entity';
import { InterviewsService, type InterviewCaller } from '../sessions/interviews.service';
import { InterviewLiveEventEntity } from './live-event.entity';
import { InterviewLiveUpdateEntity } from './live-update.entity';

/** What playback replays: a problem's logged updates, its events and its runs and submits, in server time. */
@Injectable()
export class LiveTimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly interviews: InterviewsService,
  ) {}

  async timeline(caller: InterviewCaller, sessionId: string, position: number): Promise<LiveTimelineDto> {
    return this.timelineOf(await this.interviews.findVisible(caller, sessionId), position);
  }

  /** The same playback through the report's read-only share link (the hiring team's view). */
  async forShareToken(token: string, position: number): Promise<LiveTimelineDto> {
    return this.timelineOf(await this.interviews.findByShareToken(token), position);
  }

  async timelineOf(s: InterviewSessionEntity, position: number): Promise<LiveTimelineDto> {
    const problems = await this.interviews.sessionProblems(s.id);
    const problem = problems.find((p) => p.position === position);
    if (!problem) throw new InterviewException('problem_not_found', `this interview has no problem ${position}`);
    const [updates, events, submissions] = await Promise.all([
      this.dataSource.getRepository(InterviewLiveUpdateEntity).find({
        where: { sessionId: s.id, position },
        order: { id: 'ASC' },
      }),
      this.dataSource.getRepository(InterviewLiveEventEntity).find({
        where: { sessionId: s.id, position },
        order: { id: 'ASC' },
      }),
      this.interviews.sessionSubmissions(s.id, problems),
    ]);
    const names = await this.interviews.userNames(events.flatMap((e) => (e.userId ? [e.userId] : [])));
    const who = (userId: string | null) =>
      userId === null
        ? ('system' as const)
        : userId === s.candidateUserId
          ? ('candidate' as const)
          : ('interviewer' as const);
    return {
      position,
      startedAt: s.startedAt?.toISOString() ?? null,
      endedAt: (s.endedAt ?? s.cancelledAt)?.toISOString() ?? null,
      updates: updates.map((u) => ({
        at: u.createdAt.toISOString(),
        who: who(u.authorId),
        update: u.update.toString('base64'),
      })),
      events: events.map((e): LiveEventDto => ({
        at: e.createdAt.toISOString(),
        position: e.position,
        kind: e.kind,
        who: who(e.userId) === 'candidate' ? 'candidate' : 'interviewer',
        name: (e.userId && names.get(e.userId)) || '',
        size: e.size,
      })),
      submissions: submissions
        .filter((x) => x.position === position)
        .map((x) => ({ id: x.id, at: x.createdAt, mode: x.mode, verdict: x.verdict, automatic: x.automatic })),
    };
  }
}
