import type {
  AuthResponse,
  CreateSubmissionRequest,
  CreateSubmissionResponse,
  CuratedListDetailDto,
  CuratedListDto,
  DraftDto,
  EditorSettingsDto,
  EditorialDto,
  EditorialStateDto,
  HintsDto,
  LanguageDto,
  LanguageId,
  LoginRequest,
  MeResponse,
  ProblemDetailDto,
  ProblemListQuery,
  ProblemListResponse,
  ProgressDto,
  AnswerQuizQuestionRequest,
  QuizAnswerResultDto,
  QuizSetDto,
  QuizSetSummaryDto,
  QuizTopicProgressDto,
  PutEditorSettingsRequest,
  RandomProblemQuery,
  RandomProblemResponse,
  RegisterRequest,
  SimilarProblemsDto,
  RuntimeDistributionDto,
  SubmissionDto,
  SubmissionListResponse,
  TagDto,
} from '@tryout/contracts';
import { applySession, request } from './http';

/** Every call the web app makes, typed by the shared contracts. */
export const api = {
  async register(body: RegisterRequest): Promise<AuthResponse> {
    const session = await request<AuthResponse>('/api/auth/register', { method: 'POST', body, noRetry: true });
    applySession(session);
    return session;
  },
  async login(body: LoginRequest): Promise<AuthResponse> {
    const session = await request<AuthResponse>('/api/auth/login', { method: 'POST', body, noRetry: true });
    applySession(session);
    return session;
  },
  async logout(): Promise<void> {
    try {
      await request<void>('/api/auth/logout', { method: 'POST', noRetry: true });
    } finally {
      applySession(null);
    }
  },
  me: () => request<MeResponse>('/api/me'),
  progress: () => request<ProgressDto>('/api/me/progress'),
  editorSettings: () => request<EditorSettingsDto>('/api/me/editor-settings'),
  putEditorSettings: (body: PutEditorSettingsRequest) =>
    request<EditorSettingsDto>('/api/me/editor-settings', { method: 'PUT', body }),

  problems: (query: ProblemListQuery, signal?: AbortSignal) =>
    request<ProblemListResponse>('/api/problems', { query: { ...query }, signal }),
  problem: (slug: string) => request<ProblemDetailDto>(`/api/problems/${encodeURIComponent(slug)}`),
  randomProblem: (query: RandomProblemQuery) =>
    request<RandomProblemResponse>('/api/random-problem', { query: { ...query } }),
  setFavourite: (slug: string, favourite: boolean) =>
    request<void>(`/api/problems/${encodeURIComponent(slug)}/favourite`, { method: favourite ? 'PUT' : 'DELETE' }),
  lists: () => request<CuratedListDto[]>('/api/lists'),
  list: (slug: string) => request<CuratedListDetailDto>(`/api/lists/${encodeURIComponent(slug)}`),
  quizzes: () => request<QuizSetSummaryDto[]>('/api/quizzes'),
  quiz: (slug: string) => request<QuizSetDto>(`/api/quizzes/${encodeURIComponent(slug)}`),
  answerQuiz: (slug: string, questionId: string, body: AnswerQuizQuestionRequest) =>
    request<QuizAnswerResultDto>(
      `/api/quizzes/${encodeURIComponent(slug)}/questions/${encodeURIComponent(questionId)}/answer`,
      { method: 'POST', body },
    ),
  retakeQuiz: (slug: string) => request<void>(`/api/quizzes/${encodeURIComponent(slug)}/answers`, { method: 'DELETE' }),
  quizProgress: () => request<QuizTopicProgressDto[]>('/api/me/quiz-progress'),
  editorial: (slug: string) => request<EditorialStateDto>(`/api/problems/${encodeURIComponent(slug)}/editorial`),
  revealEditorial: (slug: string) =>
    request<EditorialDto>(`/api/problems/${encodeURIComponent(slug)}/editorial/reveal`, { method: 'POST' }),
  hints: (slug: string) => request<HintsDto>(`/api/problems/${encodeURIComponent(slug)}/hints`),
  similar: (slug: string) => request<SimilarProblemsDto>(`/api/problems/${encodeURIComponent(slug)}/similar`),
  tags: () => request<TagDto[]>('/api/tags'),
  languages: () => request<LanguageDto[]>('/api/languages'),

  /** null when the caller has no draft for this language. */
  draft: async (slug: string, language: LanguageId) =>
    (await request<DraftDto | null | undefined>(`/api/problems/${encodeURIComponent(slug)}/drafts/${language}`)) ??
    null,
  putDraft: (slug: string, language: LanguageId, source: string) =>
    request<DraftDto>(`/api/problems/${encodeURIComponent(slug)}/drafts/${language}`, {
      method: 'PUT',
      body: { source },
    }),

  createSubmission: (body: CreateSubmissionRequest) =>
    request<CreateSubmissionResponse>('/api/submissions', { method: 'POST', body }),
  submission: (id: string) => request<SubmissionDto>(`/api/submissions/${encodeURIComponent(id)}`),
  runtimeDistribution: (id: string) =>
    request<RuntimeDistributionDto>(`/api/submissions/${encodeURIComponent(id)}/runtime-distribution`),
  submissions: (query: { problem?: string; limit?: number }) =>
    request<SubmissionListResponse>('/api/submissions', { query }),
};
