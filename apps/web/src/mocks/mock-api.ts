import type {
  CreateMockRequest,
  InterviewReportDto,
  LiveTimelineDto,
  MockSummaryDto,
  RedeemInviteResponse,
} from '@tryout/contracts';
import { request } from '../api/http';

const id = (value: string) => encodeURIComponent(value);

/** A signed-in account's own mock interviews (the account's token, as everywhere else). */
export const mocksApi = {
  list: () => request<MockSummaryDto[]>('/api/mocks'),
  create: (body: CreateMockRequest) => request<MockSummaryDto>('/api/mocks', { method: 'POST', body }),
  /** A session token for the candidate page: the same routes an invited candidate uses. */
  session: (mockId: string) => request<RedeemInviteResponse>(`/api/mocks/${id(mockId)}/session`, { method: 'POST' }),
  end: (mockId: string) => request<MockSummaryDto>(`/api/mocks/${id(mockId)}/end`, { method: 'POST' }),
  report: (mockId: string) => request<InterviewReportDto>(`/api/mocks/${id(mockId)}/report`),
  /** The playback of one problem: the owner's own work, replayed. */
  timeline: (mockId: string, position: number) =>
    request<LiveTimelineDto>(`/api/mocks/${id(mockId)}/problems/${position}/timeline`),
};
