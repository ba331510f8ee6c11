import type { LanguageId } from '../language';

/** GET /api/problems/:slug/drafts/:language → 200 DraftDto, or 200 `null` when there is none. */
export interface DraftDto {
  problemSlug: string;
  language: LanguageId;
  source: string;
  updatedAt: string;
}

/** PUT /api/problems/:slug/drafts/:language → 200 DraftDto. Source ≤ the submission cap. */
export interface PutDraftRequest {
  source: string;
}
