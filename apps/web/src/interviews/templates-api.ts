import type {
  CreateInterviewFromTemplateRequest,
  CreateInterviewResponse,
  InterviewTemplateDto,
  SaveInterviewTemplateRequest,
} from '@tryout/contracts';
import { request } from '../api/http';

const id = (value: string) => encodeURIComponent(value);

/** Interview templates: the interviewer's own (admins: all). */
export const templatesApi = {
  list: () => request<InterviewTemplateDto[]>('/api/interview-templates'),
  create: (body: SaveInterviewTemplateRequest) =>
    request<InterviewTemplateDto>('/api/interview-templates', { method: 'POST', body }),
  update: (templateId: string, body: SaveInterviewTemplateRequest) =>
    request<InterviewTemplateDto>(`/api/interview-templates/${id(templateId)}`, { method: 'PUT', body }),
  remove: (templateId: string) => request<void>(`/api/interview-templates/${id(templateId)}`, { method: 'DELETE' }),
  createInterview: (templateId: string, body: CreateInterviewFromTemplateRequest) =>
    request<CreateInterviewResponse>(`/api/interview-templates/${id(templateId)}/interviews`, { method: 'POST', body }),
};
