import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InterviewReportDto } from '@tryout/contracts';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../clock/clock';
import { InterviewNotesService } from '../notes/interview-notes.service';
import { InterviewPartsService } from '../parts/interview-parts.service';
import { InterviewScorecardsService, type ScorecardViewer } from '../scorecards/interview-scorecards.service';
import { InterviewExtensionEntity } from '../sessions/interview-extension.entity';
import type { InterviewSessionEntity } from '../sessions/interview-session.entity';
import { clockDto, timeSpentPerProblem } from '../sessions/interview-view.util';
import { InterviewsService, type InterviewCaller } from '../sessions/interviews.service';

/** Per problem: final code, every run and submit with verdicts, time spent; the quiz and open parts' answers; plus the interviewers' notes and scorecards. */
@Injectable()
export class InterviewReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly interviews: InterviewsService,
    private readonly notes: InterviewNotesService,
    private readonly scorecards: InterviewScorecardsService,
    private readonly parts: InterviewPartsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async forCaller(caller: InterviewCaller, id: string): Promise<InterviewReportDto> {
    return this.build(await this.interviews.findVisible(caller, id), caller);
  }

  async forShareToken(token: string): Promise<InterviewReportDto> {
    return this.build(await this.interviews.findByShareToken(token));
  }

  /** `viewer`: the signed-in reader (their scorecard rule applies); null for the share link. */
  async build(s: InterviewSessionEntity, viewer: ScorecardViewer = null): Promise<InterviewReportDto> {
    const [problems, parts, extensions, notes, scorecards] = await Promise.all([
      this.interviews.sessionProblems(s.id),
      this.parts.results(s.id),
      this.dataSource
        .getRepository(InterviewExtensionEntity)
        .find({ where: { sessionId: s.id }, order: { createdAt: 'ASC' } }),
      this.notes.forReport(s.id),
      this.scorecards.forReport(s, viewer),
    ]);
    const submissions = await this.interviews.sessionSubmissions(s.id, problems);
    const names = await this.interviews.userNames(extensions.map((e) => e.byUserId));
    const spent = timeSpentPerProblem(
      s.startedAt,
      [
        ...submissions.filter((x) => !x.automatic).map((x) => ({ position: x.position, at: new Date(x.createdAt) })),
        ...problems.filter((p) => p.latestSavedAt).map((p) => ({ position: p.position, at: p.latestSavedAt! })),
      ],
      s.endedAt,
    );
    return {
      id: s.id,
      kind: s.kind,
      title: s.title,
      candidateName: s.candidateName,
      clock: clockDto(s, this.clock.now()),
      extensions: extensions.map((e) => ({
        minutes: e.minutes,
        reason: e.reason,
        by: names.get(e.byUserId) ?? '',
        at: e.createdAt.toISOString(),
      })),
      problems: problems.map((p) => {
        const own = submissions.filter((x) => x.position === p.position);
        const submits = own.filter((x) => x.mode === 'submit');
        return {
          position: p.position,
          slug: p.slug,
          title: p.title,
          difficulty: p.difficulty,
          finalCode:
            p.latestSource !== null && p.latestLanguage ? { language: p.latestLanguage, source: p.latestSource } : null,
          runs: own.filter((x) => x.mode === 'run').length,
          submits: submits.length,
          finalVerdict: submits.at(-1)?.verdict ?? null,
          timeSpentSeconds: spent.get(p.position) ?? 0,
          submissions: own,
        };
      }),
      parts,
      notes,
      scorecards: scorecards.cards,
      scorecardsHidden: scorecards.hidden,
    };
  }
}
