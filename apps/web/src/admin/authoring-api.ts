import type {
  AuthoringProblemDetailDto,
  AuthoringProblemListQuery,
  AuthoringProblemListResponse,
  AuthoringProblemSummaryDto,
  CreateDraftRequest,
  CreateDraftTestRequest,
  DraftChangesDto,
  ProblemDraftDto,
  DraftTestDto,
  PublishResultDto,
  RejudgeDto,
  UpdateDraftRequest,
  UpdateDraftTestRequest,
  ValidationDto,
} from '@tryout/contracts';
import { ApiError } from '../api/api-error';
import { authorizedFetch, request } from '../api/http';

const enc = encodeURIComponent;
const draftPath = (draftId: string) => `/api/admin/drafts/${enc(draftId)}`;
const problemPath = (problemId: string) => `/api/admin/problems/${enc(problemId)}`;

/** Raw bodies (test files, zips) go unparsed and streamed: no JSON, no 1 MiB body limit. */
async function sendRaw<T>(path: string, method: 'PUT' | 'POST', body: Blob, contentType: string): Promise<T> {
  const response = await authorizedFetch(path, {
    method,
    headers: { 'Content-Type': contentType, Accept: 'application/json' },
    body,
  });
  if (!response.ok) throw await ApiError.fromResponse(response);
  return (await response.json()) as T;
}

async function fetchRaw(path: string): Promise<Response> {
  const response = await authorizedFetch(path);
  if (!response.ok) throw await ApiError.fromResponse(response);
  return response;
}

/** The authoring routes (admins only), typed by the shared contracts. */
export const authoringApi = {
  problems: (query: AuthoringProblemListQuery, signal?: AbortSignal) =>
    request<AuthoringProblemListResponse>('/api/admin/problems', { query: { ...query }, signal }),
  problem: (problemId: string) => request<AuthoringProblemDetailDto>(problemPath(problemId)),
  archive: (problemId: string) =>
    request<AuthoringProblemSummaryDto>(`${problemPath(problemId)}/archive`, { method: 'POST' }),
  unarchive: (problemId: string) =>
    request<AuthoringProblemSummaryDto>(`${problemPath(problemId)}/unarchive`, { method: 'POST' }),
  /** The open draft of a published problem, opened from its current version when there is none. */
  openDraft: (problemId: string) => request<ProblemDraftDto>(`${problemPath(problemId)}/draft`, { method: 'POST' }),

  createDraft: (body: CreateDraftRequest) => request<ProblemDraftDto>('/api/admin/drafts', { method: 'POST', body }),
  draft: (draftId: string) => request<ProblemDraftDto>(draftPath(draftId)),
  updateDraft: (draftId: string, body: UpdateDraftRequest) =>
    request<ProblemDraftDto>(draftPath(draftId), { method: 'PATCH', body }),
  discardDraft: (draftId: string) => request<void>(draftPath(draftId), { method: 'DELETE' }),

  addTest: (draftId: string, body: CreateDraftTestRequest) =>
    request<DraftTestDto>(`${draftPath(draftId)}/tests`, { method: 'POST', body }),
  updateTest: (draftId: string, testId: string, body: UpdateDraftTestRequest) =>
    request<DraftTestDto>(`${draftPath(draftId)}/tests/${enc(testId)}`, { method: 'PATCH', body }),
  deleteTest: (draftId: string, testId: string) =>
    request<void>(`${draftPath(draftId)}/tests/${enc(testId)}`, { method: 'DELETE' }),
  reorderTests: (draftId: string, testIds: string[]) =>
    request<DraftTestDto[]>(`${draftPath(draftId)}/tests-order`, { method: 'PUT', body: { testIds } }),
  uploadTestFile: (draftId: string, testId: string, part: 'input' | 'answer', file: Blob) =>
    sendRaw<DraftTestDto>(
      `${draftPath(draftId)}/tests/${enc(testId)}/${part}`,
      'PUT',
      file,
      'application/octet-stream',
    ),
  testFile: async (draftId: string, testId: string, part: 'input' | 'answer') =>
    (await fetchRaw(`${draftPath(draftId)}/tests/${enc(testId)}/${part}`)).text(),

  validate: (draftId: string) => request<ValidationDto>(`${draftPath(draftId)}/validate`, { method: 'POST' }),
  /** The latest validation; null before the first. */
  validation: (draftId: string) => request<ValidationDto | null>(`${draftPath(draftId)}/validation`),
  changes: (draftId: string) => request<DraftChangesDto>(`${draftPath(draftId)}/changes`),
  publish: (draftId: string) => request<PublishResultDto>(`${draftPath(draftId)}/publish`, { method: 'POST' }),

  rejudge: (problemId: string) => request<RejudgeDto>(`${problemPath(problemId)}/rejudge`, { method: 'POST' }),
  rejudgeStatus: (rejudgeId: string) => request<RejudgeDto>(`/api/admin/rejudges/${enc(rejudgeId)}`),
  rejudges: (problemId: string) => request<RejudgeDto[]>(`${problemPath(problemId)}/rejudges`),

  uploadPackage: (zip: Blob) => sendRaw<ProblemDraftDto>('/api/admin/packages', 'POST', zip, 'application/zip'),
  downloadPackage: async (problemId: string, version: number) =>
    (await fetchRaw(`${problemPath(problemId)}/versions/${version}/package`)).blob(),
};

/** Hands a fetched file to the browser's download (the route needs the bearer token, so no plain link). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
