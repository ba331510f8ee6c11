import type {
  InterviewScorecardsDto,
  SaveScorecardRequest,
  SaveScorecardTemplateRequest,
  ScorecardTemplateDto,
} from '@tryout/contracts';
import { request } from '../../api/http';

const id = (value: string) => encodeURIComponent(value);

/** Scorecards of a session (its interviewers) and the active templates to pick from. */
export const scorecardsApi = {
  templates: () => request<ScorecardTemplateDto[]>('/api/scorecard-templates'),
  get: (sessionId: string) => request<InterviewScorecardsDto>(`/api/interviews/${id(sessionId)}/scorecards`),
  choose: (sessionId: string, templateId: string) =>
    request<InterviewScorecardsDto>(`/api/interviews/${id(sessionId)}/scorecard-template`, {
      method: 'PUT',
      body: { templateId },
    }),
  save: (sessionId: string, body: SaveScorecardRequest) =>
    request<InterviewScorecardsDto>(`/api/interviews/${id(sessionId)}/scorecards/mine`, { method: 'PUT', body }),
  submit: (sessionId: string, body: SaveScorecardRequest) =>
    request<InterviewScorecardsDto>(`/api/interviews/${id(sessionId)}/scorecards/mine/submit`, {
      method: 'POST',
      body,
    }),
};

/** The admin's template calls. */
export const scorecardTemplatesAdminApi = {
  list: () => request<ScorecardTemplateDto[]>('/api/admin/scorecard-templates'),
  create: (body: SaveScorecardTemplateRequest) =>
    request<ScorecardTemplateDto>('/api/admin/scorecard-templates', { method: 'POST', body }),
  update: (templateId: string, body: SaveScorecardTemplateRequest) =>
    request<ScorecardTemplateDto>(`/api/admin/scorecard-templates/${id(templateId)}`, { method: 'PUT', body }),
  archive: (templateId: string) =>
    request<ScorecardTemplateDto>(`/api/admin/scorecard-templates/${id(templateId)}/archive`, { method: 'POST' }),
  restore: (templateId: string) =>
    request<ScorecardTemplateDto>(`/api/admin/scorecard-templates/${id(templateId)}/restore`, { method: 'POST' }),
};
