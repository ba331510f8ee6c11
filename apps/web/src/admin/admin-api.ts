import type {
  AdminUserDto,
  AdminUserListQuery,
  AdminUserListResponse,
  AuditListQuery,
  AuditListResponse,
  QueueOverviewDto,
  Role,
} from '@tryout/contracts';
import { request } from '../api/http';

/** The admin area's calls, typed by the shared contracts. */
export const adminApi = {
  users: (query: AdminUserListQuery, signal?: AbortSignal) =>
    request<AdminUserListResponse>('/api/admin/users', { query: { ...query }, signal }),
  changeRole: (id: string, role: Role) =>
    request<AdminUserDto>(`/api/admin/users/${encodeURIComponent(id)}/role`, { method: 'PUT', body: { role } }),
  disable: (id: string) =>
    request<AdminUserDto>(`/api/admin/users/${encodeURIComponent(id)}/disable`, { method: 'POST' }),
  enable: (id: string) =>
    request<AdminUserDto>(`/api/admin/users/${encodeURIComponent(id)}/enable`, { method: 'POST' }),
  audit: (query: AuditListQuery, signal?: AbortSignal) =>
    request<AuditListResponse>('/api/admin/audit', { query: { ...query }, signal }),
  queue: () => request<QueueOverviewDto>('/api/admin/queue'),
  retryJob: (id: string) => request<void>(`/api/admin/queue/jobs/${encodeURIComponent(id)}/retry`, { method: 'POST' }),
};
