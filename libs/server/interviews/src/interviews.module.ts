import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SubmissionsModule } from '@tryout/server-submissions';
import { QuizModule } from '@tryout/server-quiz';
import { UsersModule } from '@tryout/server-users';
import { CandidateSessionService } from './candidate/candidate-session.service';
import { CLOCK, SystemClock } from './clock/clock';
import { InterviewDeadlineService } from './deadline/interview-deadline.service';
import { LiveEditorService } from './live/live-editor.service';
import { InterviewLiveDocumentEntity } from './live/live-document.entity';
import { InterviewLiveEventEntity } from './live/live-event.entity';
import { LiveTimelineService } from './live/live-timeline.service';
import { InterviewLiveUpdateEntity } from './live/live-update.entity';
import { InterviewNoteEntity } from './notes/interview-note.entity';
import { InterviewNotesService } from './notes/interview-notes.service';
import { InterviewPartsService } from './parts/interview-parts.service';
import { InterviewQuizAnswerEntity } from './parts/interview-quiz-answer.entity';
import { InterviewSessionPartEntity } from './parts/interview-session-part.entity';
import { InterviewReportService } from './report/interview-report.service';
import { InterviewScorecardFormEntity } from './scorecards/interview-scorecard-form.entity';
import { InterviewScorecardEntity } from './scorecards/interview-scorecard.entity';
import { InterviewScorecardsService } from './scorecards/interview-scorecards.service';
import { ScorecardTemplateEntity } from './scorecards/scorecard-template.entity';
import { ScorecardTemplatesService } from './scorecards/scorecard-templates.service';
import { InterviewEventsService } from './sessions/interview-events.service';
import { InterviewExtensionEntity } from './sessions/interview-extension.entity';
import { InterviewInterviewerEntity } from './sessions/interview-interviewer.entity';
import { InterviewSessionProblemEntity } from './sessions/interview-session-problem.entity';
import { InterviewSessionEntity } from './sessions/interview-session.entity';
import { InterviewsService } from './sessions/interviews.service';
import { MockInterviewsService } from './mocks/mock-interviews.service';
import { InterviewTemplateEntity } from './templates/interview-template.entity';
import { InterviewTemplatesService } from './templates/interview-templates.service';

export const INTERVIEW_ENTITIES = [
  InterviewSessionEntity,
  InterviewSessionProblemEntity,
  InterviewInterviewerEntity,
  InterviewExtensionEntity,
  InterviewNoteEntity,
  InterviewTemplateEntity,
  ScorecardTemplateEntity,
  InterviewScorecardFormEntity,
  InterviewScorecardEntity,
  InterviewLiveUpdateEntity,
  InterviewLiveDocumentEntity,
  InterviewLiveEventEntity,
  InterviewSessionPartEntity,
  InterviewQuizAnswerEntity,
];

/** Interview sessions: the interviewer's and the candidate's sides, the deadline job, reports, templates and mock interviews. Needs DatabaseModule and ConfigModule. */
@Module({
  imports: [TypeOrmModule.forFeature(INTERVIEW_ENTITIES), SubmissionsModule, UsersModule, QuizModule],
  providers: [
    { provide: CLOCK, useClass: SystemClock },
    InterviewEventsService,
    InterviewDeadlineService,
    InterviewsService,
    CandidateSessionService,
    InterviewReportService,
    InterviewTemplatesService,
    MockInterviewsService,
    InterviewNotesService,
    ScorecardTemplatesService,
    InterviewScorecardsService,
    LiveEditorService,
    LiveTimelineService,
    InterviewPartsService,
  ],
  exports: [
    CLOCK,
    InterviewsService,
    CandidateSessionService,
    InterviewReportService,
    InterviewDeadlineService,
    InterviewEventsService,
    InterviewTemplatesService,
    MockInterviewsService,
    InterviewNotesService,
    ScorecardTemplatesService,
    InterviewScorecardsService,
    LiveEditorService,
    LiveTimelineService,
    InterviewPartsService,
  ],
})
export class InterviewsModule {}
