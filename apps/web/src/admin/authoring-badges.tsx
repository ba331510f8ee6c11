import { Badge } from '@mantine/core';
import type { AuthoringProblemStatus, ValidationState } from '@tryout/contracts';

const STATUS_COLORS: Record<AuthoringProblemStatus, string> = { draft: 'blue', published: 'teal', archived: 'gray' };

export function ProblemStatusBadge({ status }: { status: AuthoringProblemStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-testid="problem-status">
      {status}
    </Badge>
  );
}

const VALIDATION: Record<ValidationState, { color: string; label: string }> = {
  none: { color: 'gray', label: 'not validated' },
  queued: { color: 'blue', label: 'queued' },
  running: { color: 'blue', label: 'validating' },
  passed: { color: 'teal', label: 'passed' },
  failed: { color: 'red', label: 'failed' },
  stale: { color: 'yellow', label: 'changed since validation' },
  error: { color: 'orange', label: 'judge error' },
};

export function ValidationBadge({ state }: { state: ValidationState }) {
  const v = VALIDATION[state];
  return (
    <Badge color={v.color} variant="light" tt="none" data-testid="validation-state" data-state={state}>
      {v.label}
    </Badge>
  );
}
