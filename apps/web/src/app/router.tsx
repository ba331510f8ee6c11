import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { LoginPage, RegisterPage } from '../auth/auth-pages';
import { CatalogPage } from '../catalog/catalog-page';
import { ListPage, ListsPage } from '../catalog/lists-page';
import { NotFoundPage } from '../shared/not-found-page';
import { PageLoader } from '../shared/page-loader';
import { RouteError } from '../shared/route-error';
import { AppLayout } from './app-layout';

// The problem page carries the editor, language modes and Markdown/KaTeX: it loads on demand so
// the catalog's initial JavaScript stays small.
const ProblemPage = lazy(() => import('../problem/problem-page'));
const ProfilePage = lazy(() => import('../profile/profile-page'));
const QuizzesPage = lazy(() => import('../quizzes/quizzes-page'));
const QuizPage = lazy(() => import('../quizzes/quiz-page'));
const CandidatePage = lazy(() => import('../interviews/candidate-page'));
const InterviewsPage = lazy(() => import('../interviews/interviews-page').then((m) => ({ default: m.InterviewsPage })));
const NewInterviewPage = lazy(() =>
  import('../interviews/interviews-page').then((m) => ({ default: m.NewInterviewPage })),
);
const InterviewSessionPage = lazy(() =>
  import('../interviews/interview-session-page').then((m) => ({ default: m.InterviewSessionPage })),
);
const InterviewReportPage = lazy(() =>
  import('../interviews/interview-session-page').then((m) => ({ default: m.InterviewReportPage })),
);
const SharedReportPage = lazy(() =>
  import('../interviews/interview-session-page').then((m) => ({ default: m.SharedReportPage })),
);
const MockSetupPage = lazy(() => import('../mocks/mock-setup-page'));
const MockSessionPage = lazy(() => import('../mocks/mock-session-page'));
const MockReportPage = lazy(() => import('../mocks/mock-report-page'));
const AdminLayout = lazy(() => import('../admin/admin-layout'));
const AdminUsersPage = lazy(() => import('../admin/admin-users-page'));
const AdminAuditPage = lazy(() => import('../admin/admin-audit-page'));
const AdminQueuePage = lazy(() => import('../admin/admin-queue-page'));
const AdminScorecardsPage = lazy(() => import('../admin/admin-scorecards-page'));
const AdminProblemsPage = lazy(() => import('../admin/admin-problems-page'));
const AdminProblemPage = lazy(() => import('../admin/admin-problem-page'));
const DraftEditorPage = lazy(() => import('../admin/draft-editor-page'));

export const router = createBrowserRouter([
  // The candidate's interview (or mock) and the shared report stand alone: no catalog, no navigation.
  {
    path: 'interview/join',
    errorElement: <RouteError />,
    element: (
      <Suspense fallback={<PageLoader />}>
        <CandidatePage />
      </Suspense>
    ),
  },
  {
    path: 'mock/:id',
    errorElement: <RouteError />,
    element: (
      <Suspense fallback={<PageLoader />}>
        <MockSessionPage />
      </Suspense>
    ),
  },
  {
    path: 'interview-reports',
    errorElement: <RouteError />,
    element: (
      <Suspense fallback={<PageLoader />}>
        <SharedReportPage />
      </Suspense>
    ),
  },
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        // Errors inside a page keep the header and navigation.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/problems" replace /> },
          { path: 'problems', element: <CatalogPage /> },
          { path: 'problems/:slug', element: <ProblemPage /> },
          { path: 'lists', element: <ListsPage /> },
          { path: 'lists/:slug', element: <ListPage /> },
          { path: 'quizzes', element: <QuizzesPage /> },
          { path: 'quizzes/:slug', element: <QuizPage /> },
          { path: 'login', element: <LoginPage /> },
          { path: 'register', element: <RegisterPage /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'mock', element: <MockSetupPage /> },
          { path: 'mock/:id/report', element: <MockReportPage /> },
          { path: 'interviews', element: <InterviewsPage /> },
          { path: 'interviews/new', element: <NewInterviewPage /> },
          { path: 'interviews/:id', element: <InterviewSessionPage /> },
          { path: 'interviews/:id/report', element: <InterviewReportPage /> },
          {
            path: 'admin',
            element: <AdminLayout />,
            children: [
              { index: true, element: <Navigate to="users" replace /> },
              { path: 'users', element: <AdminUsersPage /> },
              { path: 'audit', element: <AdminAuditPage /> },
              { path: 'queue', element: <AdminQueuePage /> },
              { path: 'scorecards', element: <AdminScorecardsPage /> },
              { path: 'problems', element: <AdminProblemsPage /> },
              { path: 'problems/:problemId', element: <AdminProblemPage /> },
              { path: 'drafts/:draftId', element: <DraftEditorPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
