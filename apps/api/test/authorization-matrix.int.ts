/**
 * Every route × {anonymous, candidate, other candidate, interviewer, admin} → expected status.
 * The route list comes from the running app (listRoutes), so adding a route without adding it here
 * fails the first test. Resources (a submission, a draft) belong to `candidate`.
 */
import { CuratedListsService, ProblemsService } from '@tryout/server-problems';
import { QuizService } from '@tryout/server-quiz';
import { JudgingService } from '@tryout/server-submissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutes } from '../src/common/route-table.util';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleStdioProblem } from '../../../test/support/problems';
import { openSse } from '../../../test/support/sse';

type Who = 'anonymous' | 'candidate' | 'otherCandidate' | 'interviewer' | 'admin';
const WHO: Who[] = ['anonymous', 'candidate', 'otherCandidate', 'interviewer', 'admin'];

interface Ctx {
  users: Record<Exclude<Who, 'anonymous'>, TestUser>;
  submissionId: string;
  /** A user the admin routes act on (never one of the callers). */
  targetUserId: string;
  n: number;
  /** A live interview owned by `interviewer`, its invite and its guest's session token and submission. */
  interview: { id: string; inviteToken: string; guest: string; submissionId: string; shareToken: string };
  /** One fresh session per caller for the routes that change a session's state. */
  cancelable: Record<Who, string>;
  endable: Record<Who, string>;
  linkable: Record<Who, string>;
  /** A template owned by `interviewer`, and one per caller to delete. */
  template: string;
  deletableTemplate: Record<Who, string>;
  /** A running mock interview of `candidate`. */
  mock: string;
  /** A note entry of the interviewer and of the admin on `interview` (others reach no note at all). */
  notes: { interviewer: string; admin: string };
  /** A template the admin routes edit, archive and restore. */
  adminTemplateId: string;
  /** The template `interview` uses (picked by its interviewer). */
  templateId: string;
  /** Authoring: sum-two (published) with its open draft and one of its tests, a new problem's draft, an archivable problem. */
  authoring: { problemId: string; draftId: string; testId: string; newDraftId: string; archiveId: string };
}

const NO_SUCH = '00000000-0000-4000-8000-000000000000';

interface Entry {
  /** Concrete path and body for this caller. */
  request: (ctx: Ctx, who: Who) => { path: string; body?: unknown };
  /** Expected status per caller; an array means any of them (health depends on the host's images). */
  expect: Record<Who, number | number[]>;
  sse?: boolean;
  /**
   * An interview guest's session token: only its session's candidate routes say yes. Unset means
   * "nothing here": 403 on authenticated routes, the anonymous answer on public ones.
   */
  guest?: number;
}

const all = (status: number | number[]): Record<Who, number | number[]> => ({
  anonymous: status,
  candidate: status,
  otherCandidate: status,
  interviewer: status,
  admin: status,
});
const authed = (status: number): Record<Who, number> => ({
  anonymous: 401,
  candidate: status,
  otherCandidate: status,
  interviewer: status,
  admin: status,
});
const ownerOrAdmin: Record<Who, number> = {
  anonymous: 401,
  candidate: 200,
  otherCandidate: 404,
  interviewer: 404,
  admin: 200,
};
const adminOnly = (status: number): Record<Who, number> => ({
  anonymous: 401,
  candidate: 403,
  otherCandidate: 403,
  interviewer: 403,
  admin: status,
});

const interviewersOnly: Record<Who, number> = {
  anonymous: 401,
  candidate: 403,
  otherCandidate: 403,
  interviewer: 200,
  admin: 200,
};
const interviewersOnlyStatus = (status: number): Record<Who, number> => ({
  ...interviewersOnly,
  interviewer: status,
  admin: status,
});
/** The candidate routes of a session: only a session token (the guest's) gets in. */
const sessionTokenOnly: Record<Who, number> = {
  anonymous: 401,
  candidate: 403,
  otherCandidate: 403,
  interviewer: 403,
  admin: 403,
};

const criteria = [{ name: 'Matrix', description: '' }];
const scorecardBody = {
  scores: [
    { score: 3, comment: '' },
    { score: 3, comment: '' },
    { score: 3, comment: '' },
    { score: 3, comment: '' },
  ],
  recommendation: 'yes',
  /** The live interview's one open question. */
  openScores: [{ score: 3, comment: '' }],
};

const TABLE: Record<string, Entry> = {
  'GET /api/health': { request: () => ({ path: '/api/health' }), expect: all([200, 503]) },
  'POST /api/auth/register': {
    request: (ctx) => ({
      path: '/api/auth/register',
      body: { email: `new-${ctx.n}-${Date.now()}@example.com`, password: 'long-enough-password', displayName: 'New' },
    }),
    expect: all(201),
  },
  'POST /api/auth/login': {
    request: (ctx) => ({
      path: '/api/auth/login',
      body: { email: ctx.users.candidate.email, password: ctx.users.candidate.password },
    }),
    expect: all(200),
  },
  'POST /api/auth/refresh': { request: () => ({ path: '/api/auth/refresh' }), expect: all(401) },
  'POST /api/auth/logout': { request: () => ({ path: '/api/auth/logout' }), expect: all(204) },
  'GET /api/me': { request: () => ({ path: '/api/me' }), expect: authed(200) },
  'GET /api/me/progress': { request: () => ({ path: '/api/me/progress' }), expect: authed(200) },
  // The caller's own settings: everyone signed in reads and writes theirs.
  'GET /api/me/editor-settings': { request: () => ({ path: '/api/me/editor-settings' }), expect: authed(200) },
  'PUT /api/me/editor-settings': {
    request: () => ({
      path: '/api/me/editor-settings',
      body: { fontSize: 16, tabSize: 2, indentWithTabs: false, keyBindings: 'vim' },
    }),
    expect: authed(200),
  },
  'GET /api/problems': { request: () => ({ path: '/api/problems' }), expect: all(200) },
  'GET /api/problems/:slug': { request: () => ({ path: '/api/problems/sum-two' }), expect: all(200) },
  'GET /api/random-problem': { request: () => ({ path: '/api/random-problem' }), expect: all(200) },
  'PUT /api/problems/:slug/favourite': {
    request: () => ({ path: '/api/problems/sum-two/favourite' }),
    expect: authed(204),
  },
  'DELETE /api/problems/:slug/favourite': {
    request: () => ({ path: '/api/problems/sum-two/favourite' }),
    expect: authed(204),
  },
  'GET /api/lists': { request: () => ({ path: '/api/lists' }), expect: all(200) },
  'GET /api/lists/:slug': { request: () => ({ path: '/api/lists/starter' }), expect: all(200) },
  'GET /api/quizzes': { request: () => ({ path: '/api/quizzes' }), expect: all(200) },
  'GET /api/quizzes/:slug': { request: () => ({ path: '/api/quizzes/starter-quiz' }), expect: all(200) },
  'POST /api/quizzes/:slug/questions/:questionId/answer': {
    request: () => ({ path: '/api/quizzes/starter-quiz/questions/one/answer', body: { choices: ['a'] } }),
    expect: authed(200),
  },
  'DELETE /api/quizzes/:slug/answers': {
    request: () => ({ path: '/api/quizzes/starter-quiz/answers' }),
    expect: authed(204),
  },
  'GET /api/me/quiz-progress': { request: () => ({ path: '/api/me/quiz-progress' }), expect: authed(200) },
  'GET /api/tags': { request: () => ({ path: '/api/tags' }), expect: all(200) },
  'GET /api/languages': { request: () => ({ path: '/api/languages' }), expect: all(200) },
  // Unlocked by the candidate's submission; the others have none (admins always read it). Locked
  // is a 200 without the content: editorial.int.ts proves nothing of it leaves the server then.
  'GET /api/problems/:slug/editorial': {
    request: () => ({ path: '/api/problems/sum-two/editorial' }),
    expect: authed(200),
  },
  // On its own problem, so the reveals leave the editorial row above as it is.
  'POST /api/problems/:slug/editorial/reveal': {
    request: () => ({ path: '/api/problems/sum-reveal/editorial/reveal' }),
    expect: authed(200),
  },
  'GET /api/problems/:slug/hints': { request: () => ({ path: '/api/problems/sum-two/hints' }), expect: all(200) },
  'GET /api/problems/:slug/similar': { request: () => ({ path: '/api/problems/sum-two/similar' }), expect: all(200) },
  'GET /api/problems/:slug/drafts/:language': {
    request: () => ({ path: '/api/problems/sum-two/drafts/python' }),
    // Drafts are the caller's own: anyone else reads their own (absent) draft, 200 with null.
    expect: authed(200),
  },
  'PUT /api/problems/:slug/drafts/:language': {
    request: () => ({ path: '/api/problems/sum-two/drafts/java', body: { source: 'class Main {}' } }),
    expect: authed(200),
  },
  'POST /api/submissions': {
    request: () => ({
      path: '/api/submissions',
      body: { problem: 'sum-two', language: 'python', mode: 'run', source: 'print(3)' },
    }),
    expect: authed(202),
  },
  'GET /api/submissions': { request: () => ({ path: '/api/submissions' }), expect: authed(200) },
  'GET /api/submissions/:id': {
    request: (ctx) => ({ path: `/api/submissions/${ctx.submissionId}` }),
    expect: ownerOrAdmin,
  },
  'GET /api/submissions/:id/runtime-distribution': {
    request: (ctx) => ({ path: `/api/submissions/${ctx.submissionId}/runtime-distribution` }),
    expect: ownerOrAdmin,
  },
  'GET /api/submissions/:id/events': {
    request: (ctx) => ({ path: `/api/submissions/${ctx.submissionId}/events` }),
    expect: ownerOrAdmin,
    sse: true,
  },
  'POST /api/interviews': {
    request: () => ({
      path: '/api/interviews',
      body: {
        title: 'Matrix',
        problems: ['sum-two'],
        durationMinutes: 30,
        languages: ['python'],
        candidateName: 'C',
        candidateEmail: 'c@example.com',
      },
    }),
    expect: interviewersOnlyStatus(201),
  },
  'GET /api/interviews': { request: () => ({ path: '/api/interviews' }), expect: interviewersOnly },
  'GET /api/interviews/:id': {
    request: (ctx) => ({ path: `/api/interviews/${ctx.interview.id}` }),
    expect: interviewersOnly,
  },
  'GET /api/interviews/:id/parts': {
    request: (ctx) => ({ path: `/api/interviews/${ctx.interview.id}/parts` }),
    expect: interviewersOnly,
  },
  'POST /api/interviews/:id/cancel': {
    request: (ctx, who) => ({ path: `/api/interviews/${ctx.cancelable[who]}/cancel` }),
    expect: interviewersOnly,
  },
  'POST /api/interviews/:id/extend': {
    request: (ctx) => ({ path: `/api/interviews/${ctx.interview.id}/extend`, body: { minutes: 1, reason: 'matrix' } }),
    expect: interviewersOnly,
  },
  'POST /api/interviews/:id/end': {
    request: (ctx, who) => ({ path: `/api/interviews/${ctx.endable[who]}/end` }),
    expect: interviewersOnly,
  },
  'POST /api/interviews/:id/invite': {
    request: (ctx, who) => ({ path: `/api/interviews/${ctx.linkable[who]}/invite` }),
    expect: interviewersOnlyStatus(201),
  },
  'DELETE /api/interviews/:id/invite': {
    request: (ctx, who) => ({ path: `/api/interviews/${ctx.linkable[who]}/invite` }),
    expect: interviewersOnly,
  },
  'GET /api/interviews/:id/notes': {
    request: (ctx) => ({ path: `/api/interviews/${ctx.interview.id}/notes` }),
    expect: interviewersOnly,
  },
  'POST /api/interviews/:id/notes': {
    request: (ctx) => ({ path: `/api/interviews/${ctx.interview.id}/notes`, body: { body: 'note' } }),
    expect: interviewersOnlyStatus(201),
  },
  'PUT /api/interviews/:id/notes/:noteId': {
    request: (ctx, who) => ({
      path: `/api/interviews/${ctx.interview.id}/notes/${who === 'admin' ? ctx.notes.admin : ctx.notes.interviewer}`,
      body: { body: 'edited' },
    }),
    expect: interviewersOnly,
  },
  'DELETE /api/interviews/:id/notes/:noteId': {
    request: (ctx, who) => ({
      path: `/api/interviews/${ctx.interview.id}/notes/${who === 'admin' ? ctx.notes.admin : ctx.notes.interviewer}`,
    }),
    expect: interviewersOnlyStatus(204),
  },
  'GET /api/scorecard-templates': { request: () => ({ path: '/api/scorecard-templates' }), expect: interviewersOnly },
  'GET /api/interviews/:id/scorecards': {
    request: (ctx) => ({ path: `/api/interviews/${ctx.interview.id}/scorecards` }),
    expect: interviewersOnly,
  },
  // The template already picked: picking it again changes nothing.
  'PUT /api/interviews/:id/scorecard-template': {
    request: (ctx) => ({
      path: `/api/interviews/${ctx.interview.id}/scorecard-template`,
      body: { templateId: ctx.templateId },
    }),
    expect: interviewersOnly,
  },
  // Only the session's own interviewers fill a scorecard; an admin of another's session only reads.
  'PUT /api/interviews/:id/scorecards/mine': {
    request: (ctx) => ({ path: `/api/interviews/${ctx.interview.id}/scorecards/mine`, body: scorecardBody }),
    expect: { ...interviewersOnly, admin: 403 },
  },
  'POST /api/interviews/:id/scorecards/mine/submit': {
    request: (ctx) => ({ path: `/api/interviews/${ctx.interview.id}/scorecards/mine/submit`, body: scorecardBody }),
    expect: { ...interviewersOnly, admin: 403 },
  },
  'GET /api/interviews/:id/report': {
    request: (ctx) => ({ path: `/api/interviews/${ctx.interview.id}/report` }),
    expect: interviewersOnly,
  },
  'GET /api/interviews/:id/problems/:position/timeline': {
    request: (ctx) => ({ path: `/api/interviews/${ctx.interview.id}/problems/1/timeline` }),
    expect: interviewersOnly,
  },
  'POST /api/interviews/:id/share': {
    request: (ctx, who) => ({ path: `/api/interviews/${ctx.linkable[who]}/share`, body: {} }),
    expect: interviewersOnlyStatus(201),
  },
  'DELETE /api/interviews/:id/share': {
    request: (ctx, who) => ({ path: `/api/interviews/${ctx.linkable[who]}/share` }),
    expect: interviewersOnlyStatus(204),
  },
  'POST /api/interview-invites/redeem': {
    request: (ctx) => ({ path: '/api/interview-invites/redeem', body: { token: ctx.interview.inviteToken } }),
    expect: all(200),
  },
  'GET /api/interview-reports/:token': {
    request: (ctx) => ({ path: `/api/interview-reports/${ctx.interview.shareToken}` }),
    expect: all(200),
  },
  'GET /api/interview-reports/:token/problems/:position/timeline': {
    request: (ctx) => ({ path: `/api/interview-reports/${ctx.interview.shareToken}/problems/1/timeline` }),
    expect: all(200),
  },
  'GET /api/interview/session': {
    request: () => ({ path: '/api/interview/session' }),
    expect: sessionTokenOnly,
    guest: 200,
  },
  'POST /api/interview/session/start': {
    request: () => ({ path: '/api/interview/session/start' }),
    expect: sessionTokenOnly,
    guest: 200,
  },
  'PUT /api/interview/session/problems/:position/code': {
    request: () => ({
      path: '/api/interview/session/problems/1/code',
      body: { language: 'python', source: 'print(3)' },
    }),
    expect: sessionTokenOnly,
    guest: 204,
  },
  'PUT /api/interview/session/parts/:position/questions/:questionId/answer': {
    request: () => ({ path: '/api/interview/session/parts/1/questions/one/answer', body: { choices: ['a'] } }),
    expect: sessionTokenOnly,
    guest: 204,
  },
  'PUT /api/interview/session/parts/:position/answer': {
    request: () => ({ path: '/api/interview/session/parts/2/answer', body: { text: 'Because' } }),
    expect: sessionTokenOnly,
    guest: 204,
  },
  'POST /api/interview/session/submissions': {
    request: () => ({
      path: '/api/interview/session/submissions',
      body: { position: 1, language: 'python', mode: 'run', source: 'print(3)' },
    }),
    expect: sessionTokenOnly,
    guest: 202,
  },
  'GET /api/interview/session/submissions': {
    request: () => ({ path: '/api/interview/session/submissions' }),
    expect: sessionTokenOnly,
    guest: 200,
  },
  'GET /api/interview/session/submissions/:id': {
    request: (ctx) => ({ path: `/api/interview/session/submissions/${ctx.interview.submissionId}` }),
    expect: sessionTokenOnly,
    guest: 200,
  },
  'GET /api/interview/session/submissions/:id/events': {
    request: (ctx) => ({ path: `/api/interview/session/submissions/${ctx.interview.submissionId}/events` }),
    expect: sessionTokenOnly,
    sse: true,
    guest: 200,
  },
  'GET /api/interview/session/clock': {
    request: () => ({ path: '/api/interview/session/clock' }),
    expect: sessionTokenOnly,
    sse: true,
    guest: 200,
  },
  'GET /api/interview-templates': { request: () => ({ path: '/api/interview-templates' }), expect: interviewersOnly },
  'POST /api/interview-templates': {
    request: () => ({
      path: '/api/interview-templates',
      body: { name: 'Matrix', problems: ['sum-two'], durationMinutes: 30, languages: ['python'] },
    }),
    expect: interviewersOnlyStatus(201),
  },
  // Interviewers see their own templates only: the other interviewer's would be 404 (interview-templates.int).
  'GET /api/interview-templates/:id': {
    request: (ctx) => ({ path: `/api/interview-templates/${ctx.template}` }),
    expect: interviewersOnly,
  },
  'PUT /api/interview-templates/:id': {
    request: (ctx) => ({
      path: `/api/interview-templates/${ctx.template}`,
      body: { name: 'Matrix 2', problems: ['sum-two'], durationMinutes: 30, languages: ['python'] },
    }),
    expect: interviewersOnly,
  },
  'DELETE /api/interview-templates/:id': {
    request: (ctx, who) => ({ path: `/api/interview-templates/${ctx.deletableTemplate[who]}` }),
    expect: interviewersOnlyStatus(204),
  },
  'POST /api/interview-templates/:id/interviews': {
    request: (ctx) => ({
      path: `/api/interview-templates/${ctx.template}/interviews`,
      body: { candidateName: 'C', candidateEmail: 'c@example.com' },
    }),
    expect: interviewersOnlyStatus(201),
  },
  // The mock routes run in this order: the candidate's running mock is ended, then a new one is drawn.
  'GET /api/mocks': { request: () => ({ path: '/api/mocks' }), expect: authed(200) },
  'POST /api/mocks/:id/session': {
    request: (ctx) => ({ path: `/api/mocks/${ctx.mock}/session` }),
    expect: { anonymous: 401, candidate: 200, otherCandidate: 404, interviewer: 404, admin: 404 },
  },
  'GET /api/mocks/:id/report': {
    request: (ctx) => ({ path: `/api/mocks/${ctx.mock}/report` }),
    expect: ownerOrAdmin,
  },
  'GET /api/mocks/:id/problems/:position/timeline': {
    request: (ctx) => ({ path: `/api/mocks/${ctx.mock}/problems/1/timeline` }),
    expect: ownerOrAdmin,
  },
  'POST /api/mocks/:id/end': {
    request: (ctx) => ({ path: `/api/mocks/${ctx.mock}/end` }),
    expect: { anonymous: 401, candidate: 200, otherCandidate: 404, interviewer: 404, admin: 404 },
  },
  'POST /api/mocks': {
    request: () => ({
      path: '/api/mocks',
      body: { counts: { easy: 1, medium: 0, hard: 0 }, durationMinutes: 30, languages: ['python'] },
    }),
    expect: authed(201),
  },
  'GET /api/admin/users': { request: () => ({ path: '/api/admin/users?q=target' }), expect: adminOnly(200) },
  'GET /api/admin/users/:id': {
    request: (ctx) => ({ path: `/api/admin/users/${ctx.targetUserId}` }),
    expect: adminOnly(200),
  },
  'PUT /api/admin/users/:id/role': {
    request: (ctx) => ({ path: `/api/admin/users/${ctx.targetUserId}/role`, body: { role: 'interviewer' } }),
    expect: adminOnly(200),
  },
  'POST /api/admin/users/:id/disable': {
    request: (ctx) => ({ path: `/api/admin/users/${ctx.targetUserId}/disable` }),
    expect: adminOnly(200),
  },
  'POST /api/admin/users/:id/enable': {
    request: (ctx) => ({ path: `/api/admin/users/${ctx.targetUserId}/enable` }),
    expect: adminOnly(200),
  },
  'GET /api/admin/scorecard-templates': {
    request: () => ({ path: '/api/admin/scorecard-templates' }),
    expect: adminOnly(200),
  },
  'POST /api/admin/scorecard-templates': {
    request: (ctx) => ({ path: '/api/admin/scorecard-templates', body: { name: `Matrix ${ctx.n}`, criteria } }),
    expect: adminOnly(201),
  },
  'PUT /api/admin/scorecard-templates/:id': {
    request: (ctx) => ({
      path: `/api/admin/scorecard-templates/${ctx.adminTemplateId}`,
      body: { name: 'Matrix edited', criteria },
    }),
    expect: adminOnly(200),
  },
  'POST /api/admin/scorecard-templates/:id/archive': {
    request: (ctx) => ({ path: `/api/admin/scorecard-templates/${ctx.adminTemplateId}/archive` }),
    expect: adminOnly(200),
  },
  'POST /api/admin/scorecard-templates/:id/restore': {
    request: (ctx) => ({ path: `/api/admin/scorecard-templates/${ctx.adminTemplateId}/restore` }),
    expect: adminOnly(200),
  },
  'GET /api/admin/audit': { request: () => ({ path: '/api/admin/audit' }), expect: adminOnly(200) },
  'GET /api/admin/queue': { request: () => ({ path: '/api/admin/queue' }), expect: adminOnly(200) },
  'GET /api/metrics': { request: () => ({ path: '/api/metrics' }), expect: adminOnly(200) },
  'POST /api/admin/queue/jobs/:id/retry': {
    request: () => ({ path: '/api/admin/queue/jobs/no-such-job/retry' }),
    expect: adminOnly(404),
  },
  'GET /api/admin/problems': { request: () => ({ path: '/api/admin/problems?q=sum' }), expect: adminOnly(200) },
  'GET /api/admin/problems/:problemId': {
    request: (ctx) => ({ path: `/api/admin/problems/${ctx.authoring.problemId}` }),
    expect: adminOnly(200),
  },
  'POST /api/admin/problems/:problemId/draft': {
    request: (ctx) => ({ path: `/api/admin/problems/${ctx.authoring.problemId}/draft` }),
    expect: adminOnly(200),
  },
  'POST /api/admin/problems/:problemId/archive': {
    request: (ctx) => ({ path: `/api/admin/problems/${ctx.authoring.archiveId}/archive` }),
    expect: adminOnly(200),
  },
  'POST /api/admin/problems/:problemId/unarchive': {
    request: (ctx) => ({ path: `/api/admin/problems/${ctx.authoring.archiveId}/unarchive` }),
    expect: adminOnly(200),
  },
  'GET /api/admin/problems/:problemId/versions/:version/package': {
    request: (ctx) => ({ path: `/api/admin/problems/${ctx.authoring.problemId}/versions/1/package` }),
    expect: adminOnly(200),
  },
  // Nothing was judged on an older version: the rejudge is empty and finished at once.
  'POST /api/admin/problems/:problemId/rejudge': {
    request: (ctx) => ({ path: `/api/admin/problems/${ctx.authoring.problemId}/rejudge` }),
    expect: adminOnly(202),
  },
  'GET /api/admin/problems/:problemId/rejudges': {
    request: (ctx) => ({ path: `/api/admin/problems/${ctx.authoring.problemId}/rejudges` }),
    expect: adminOnly(200),
  },
  'GET /api/admin/rejudges/:rejudgeId': {
    request: () => ({ path: `/api/admin/rejudges/${NO_SUCH}` }),
    expect: adminOnly(404),
  },
  'POST /api/admin/drafts': {
    request: (ctx) => ({
      path: '/api/admin/drafts',
      body: { slug: `matrix-${ctx.n}`, title: 'Matrix', type: 'stdio' },
    }),
    expect: adminOnly(201),
  },
  'POST /api/admin/packages': {
    request: () => ({ path: '/api/admin/packages', body: 'not a zip' }),
    expect: adminOnly(422),
  },
  'GET /api/admin/drafts/:draftId': {
    request: (ctx) => ({ path: `/api/admin/drafts/${ctx.authoring.draftId}` }),
    expect: adminOnly(200),
  },
  'PATCH /api/admin/drafts/:draftId': {
    request: (ctx) => ({ path: `/api/admin/drafts/${ctx.authoring.newDraftId}`, body: { difficulty: 'medium' } }),
    expect: adminOnly(200),
  },
  'DELETE /api/admin/drafts/:draftId': {
    request: () => ({ path: `/api/admin/drafts/${NO_SUCH}` }),
    expect: adminOnly(404),
  },
  'POST /api/admin/drafts/:draftId/tests': {
    request: (ctx) => ({
      path: `/api/admin/drafts/${ctx.authoring.newDraftId}/tests`,
      body: { hidden: true, input: '1 2\n', answer: '3\n' },
    }),
    expect: adminOnly(201),
  },
  'PUT /api/admin/drafts/:draftId/tests-order': {
    request: (ctx) => ({
      path: `/api/admin/drafts/${ctx.authoring.draftId}/tests-order`,
      body: { testIds: [NO_SUCH] },
    }),
    expect: adminOnly(400),
  },
  'PATCH /api/admin/drafts/:draftId/tests/:testId': {
    request: (ctx) => ({
      path: `/api/admin/drafts/${ctx.authoring.draftId}/tests/${ctx.authoring.testId}`,
      body: { answer: '3\n' },
    }),
    expect: adminOnly(200),
  },
  'DELETE /api/admin/drafts/:draftId/tests/:testId': {
    request: (ctx) => ({ path: `/api/admin/drafts/${ctx.authoring.draftId}/tests/${NO_SUCH}` }),
    expect: adminOnly(404),
  },
  'PUT /api/admin/drafts/:draftId/tests/:testId/:part': {
    request: (ctx) => ({
      path: `/api/admin/drafts/${ctx.authoring.draftId}/tests/${ctx.authoring.testId}/answer`,
      body: '3\n',
    }),
    expect: adminOnly(200),
  },
  'GET /api/admin/drafts/:draftId/tests/:testId/:part': {
    request: (ctx) => ({ path: `/api/admin/drafts/${ctx.authoring.draftId}/tests/${ctx.authoring.testId}/input` }),
    expect: adminOnly(200),
  },
  'POST /api/admin/drafts/:draftId/validate': {
    request: (ctx) => ({ path: `/api/admin/drafts/${ctx.authoring.draftId}/validate` }),
    expect: adminOnly(202),
  },
  'GET /api/admin/drafts/:draftId/validation': {
    request: (ctx) => ({ path: `/api/admin/drafts/${ctx.authoring.draftId}/validation` }),
    expect: adminOnly(200),
  },
  'GET /api/admin/drafts/:draftId/changes': {
    request: (ctx) => ({ path: `/api/admin/drafts/${ctx.authoring.draftId}/changes` }),
    expect: adminOnly(200),
  },
  // Never validated: refused, whoever asks (only an admin gets as far as that).
  'POST /api/admin/drafts/:draftId/publish': {
    request: (ctx) => ({ path: `/api/admin/drafts/${ctx.authoring.newDraftId}/publish` }),
    expect: adminOnly(409),
  },
};

describe('authorization matrix', () => {
  let t: TestApp;
  let ctx: Ctx;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '50' } });
    await t.importProblem(sampleStdioProblem());
    await t.app
      .get(CuratedListsService)
      .replaceLists([
        { slug: 'starter', file: 'lists/starter.yaml', title: 'Starter', description: '', problems: ['sum-two'] },
      ]);
    await t.importProblem(sampleStdioProblem({ slug: 'sum-reveal' }));
    await t.app.get(QuizService).replaceSets([
      {
        slug: 'starter-quiz',
        file: 'quizzes/starter-quiz.yaml',
        title: 'Starter quiz',
        topic: 'http',
        description: '',
        questions: [
          {
            id: 'one',
            kind: 'single',
            prompt: 'p',
            choices: [
              { text: 'yes', correct: true },
              { text: 'no', correct: false },
            ],
            explanation: 'e',
          },
        ],
      },
    ]);
    const archivable = await t.importProblem(sampleStdioProblem({ slug: 'sum-archive' }));
    const [candidate, otherCandidate, interviewer, admin, target] = await Promise.all([
      t.register('candidate'),
      t.register('candidate'),
      t.register('interviewer'),
      t.register('admin'),
      t.register('candidate'),
    ]);
    const created = await call(t.url, 'POST', '/api/submissions', {
      token: candidate.token,
      body: { problem: 'sum-two', language: 'python', mode: 'submit', source: 'print(3)' },
    });
    // Finished, so its event stream ends at once.
    // One test ran, so it has a runtime (and a runtime distribution).
    const test = {
      index: 0,
      name: 'sample/1',
      hidden: false,
      verdict: 'accepted' as const,
      cpuMs: 1,
      wallMs: 2,
      memoryKb: 1,
    };
    await t.app
      .get(JudgingService)
      .finish(created.body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [test] });
    await call(t.url, 'PUT', '/api/problems/sum-two/drafts/python', {
      token: candidate.token,
      body: { source: 'print(3)' },
    });
    const newInterview = async () => {
      const res = await call(t.url, 'POST', '/api/interviews', {
        token: interviewer.token,
        body: {
          title: 'Matrix',
          problems: ['sum-two'],
          durationMinutes: 60,
          languages: ['python'],
          candidateName: 'Guest',
          candidateEmail: 'guest@example.com',
          parts: [
            { kind: 'quiz', quiz: 'starter-quiz' },
            { kind: 'open', title: 'Matrix', prompt: 'Why?', rubric: 'Because' },
          ],
        },
      });
      return { id: res.body.interview.id as string, inviteToken: res.body.inviteToken as string };
    };
    const perWho = async () =>
      Object.fromEntries(await Promise.all(WHO.map(async (who) => [who, (await newInterview()).id]))) as Record<
        Who,
        string
      >;
    const live = await newInterview();
    const guest = (await call(t.url, 'POST', '/api/interview-invites/redeem', { body: { token: live.inviteToken } }))
      .body.accessToken as string;
    await call(t.url, 'POST', '/api/interview/session/start', { token: guest });
    const interviewSubmission = await call(t.url, 'POST', '/api/interview/session/submissions', {
      token: guest,
      body: { position: 1, language: 'python', mode: 'submit', source: 'print(3)' },
    });
    await t.app
      .get(JudgingService)
      .finish(interviewSubmission.body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
    const share = await call(t.url, 'POST', `/api/interviews/${live.id}/share`, { token: interviewer.token, body: {} });
    const newTemplate = async () =>
      (
        await call(t.url, 'POST', '/api/interview-templates', {
          token: interviewer.token,
          body: { name: 'Matrix', problems: ['sum-two'], durationMinutes: 30, languages: ['python'] },
        })
      ).body.id as string;
    const mock = (
      await call(t.url, 'POST', '/api/mocks', {
        token: candidate.token,
        body: { counts: { easy: 1, medium: 0, hard: 0 }, durationMinutes: 30, languages: ['python'] },
      })
    ).body.id as string;
    const mockSession = (await call(t.url, 'POST', `/api/mocks/${mock}/session`, { token: candidate.token })).body
      .accessToken as string;
    await call(t.url, 'POST', '/api/interview/session/start', { token: mockSession });
    const addNote = async (user: typeof interviewer) =>
      (await call(t.url, 'POST', `/api/interviews/${live.id}/notes`, { token: user.token, body: { body: 'mine' } }))
        .body.id as string;
    const seeded = (await call(t.url, 'GET', '/api/scorecard-templates', { token: interviewer.token })).body.find(
      (x: { name: string }) => x.name === 'Coding interview',
    );
    await call(t.url, 'PUT', `/api/interviews/${live.id}/scorecard-template`, {
      token: interviewer.token,
      body: { templateId: seeded.id },
    });
    const adminTemplate = await call(t.url, 'POST', '/api/admin/scorecard-templates', {
      token: admin.token,
      body: { name: 'Matrix template', criteria },
    });
    const sumTwo = await t.app.get(ProblemsService).findBySlug('sum-two');
    const opened = await call(t.url, 'POST', `/api/admin/problems/${sumTwo.id}/draft`, { token: admin.token });
    const fresh = await call(t.url, 'POST', '/api/admin/drafts', {
      token: admin.token,
      body: { slug: 'matrix-new', title: 'Matrix new', type: 'stdio' },
    });
    ctx = {
      authoring: {
        problemId: sumTwo.id,
        draftId: opened.body.id,
        testId: opened.body.tests[0].id,
        newDraftId: fresh.body.id,
        archiveId: archivable.problemId,
      },
      users: { candidate, otherCandidate, interviewer, admin },
      submissionId: created.body.id,
      targetUserId: target.userId,
      n: 0,
      interview: {
        ...live,
        guest,
        submissionId: interviewSubmission.body.id,
        shareToken: share.body.shareToken,
      },
      cancelable: await perWho(),
      endable: await perWho(),
      linkable: await perWho(),
      template: await newTemplate(),
      deletableTemplate: Object.fromEntries(
        await Promise.all(WHO.map(async (who) => [who, await newTemplate()])),
      ) as Record<Who, string>,
      mock,
      notes: { interviewer: await addNote(interviewer), admin: await addNote(admin) },
      adminTemplateId: adminTemplate.body.id,
      templateId: seeded.id,
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has an entry for every route the app serves, and no stale ones', () => {
    const served = listRoutes(t.app).map((r) => `${r.method} ${r.path}`);
    expect([...served].sort()).toEqual(Object.keys(TABLE).sort());
  });

  for (const [route, entry] of Object.entries(TABLE)) {
    it(route, async () => {
      const method = route.split(' ')[0];
      const seen: Record<string, number> = {};
      for (const who of WHO) {
        ctx.n++;
        const { path, body } = entry.request(ctx, who);
        const token = who === 'anonymous' ? undefined : ctx.users[who].token;
        let status: number;
        if (entry.sse) {
          const stream = await openSse(`${t.url}${path}`, token);
          status = stream.status;
          if (status === 200) await stream.collect();
          stream.close();
        } else {
          status = (await call(t.url, method, path, { token, body })).status;
        }
        seen[who] = status;
      }
      for (const who of WHO) {
        const want = entry.expect[who];
        expect(Array.isArray(want) ? want : [want], `${route} as ${who} answered ${seen[who]}`).toContain(seen[who]);
      }
    });
  }

  it('an interview guest reaches its session and nothing else', async () => {
    const routes = new Map(listRoutes(t.app).map((r) => [`${r.method} ${r.path}`, r]));
    const seen: Record<string, number> = {};
    const want: Record<string, number | number[]> = {};
    for (const [route, entry] of Object.entries(TABLE)) {
      ctx.n++;
      const { path, body } = entry.request(ctx, 'candidate');
      const method = route.split(' ')[0];
      want[route] = entry.guest ?? (routes.get(route)?.isPublic ? entry.expect.anonymous : 403);
      if (entry.sse) {
        const stream = await openSse(`${t.url}${path}`, ctx.interview.guest);
        seen[route] = stream.status;
        if (stream.status === 200) expect(await stream.next(), route).toBeDefined();
        stream.close();
      } else {
        seen[route] = (await call(t.url, method, path, { token: ctx.interview.guest, body })).status;
      }
    }
    for (const route of Object.keys(TABLE)) {
      const expected = want[route];
      expect(Array.isArray(expected) ? expected : [expected], `${route} as guest answered ${seen[route]}`).toContain(
        seen[route],
      );
    }
  });

  it('never shows hidden tests or references to non-admins', async () => {
    for (const who of WHO) {
      const token = who === 'anonymous' ? undefined : ctx.users[who].token;
      const res = await call(t.url, 'GET', '/api/problems/sum-two', { token });
      expect(res.body.hiddenTests !== undefined, who).toBe(who === 'admin');
      expect(res.body.referenceSolutions !== undefined, who).toBe(who === 'admin');
    }
  });
});
