import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { LoginPage, RegisterPage } from '../auth/auth-pages';
import { CatalogPage } from '../catalog/catalog-page';
import { NotFoundPage } from '../shared/not-found-page';
import { RouteError } from '../shared/route-error';
import { AppLayout } from './app-layout';

// The problem page carries the editor, language modes and Markdown/KaTeX: it loads on demand so
// the catalog's initial JavaScript stays small.
const ProblemPage = lazy(() => import('../problem/problem-page'));
const ProfilePage = lazy(() => import('../profile/profile-page'));
const AdminLayout = lazy(() => import('../admin/admin-layout'));
const AdminUsersPage = lazy(() => import('../admin/admin-users-page'));
const AdminAuditPage = lazy(() => import('../admin/admin-audit-page'));
const AdminQueuePage = lazy(() => import('../admin/admin-queue-page'));

export const router = createBrowserRouter([
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
          { path: 'login', element: <LoginPage /> },
          { path: 'register', element: <RegisterPage /> },
          { path: 'profile', element: <ProfilePage /> },
          {
            path: 'admin',
            element: <AdminLayout />,
            children: [
              { index: true, element: <Navigate to="users" replace /> },
              { path: 'users', element: <AdminUsersPage /> },
              { path: 'audit', element: <AdminAuditPage /> },
              { path: 'queue', element: <AdminQueuePage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
