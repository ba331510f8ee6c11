export * from './submissions/submission.entity';
export * from './submissions/submission-test-result.entity';
export * from './drafts/draft.entity';
