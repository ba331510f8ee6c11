import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import {
  SCORECARD_LIMITS,
  SCORECARD_RECOMMENDATION_LABELS,
  SCORECARD_SCORE_LABELS,
  type ScorecardCriterionDto,
  type ScorecardRecommendation,
} from '@tryout/contracts';

export const RECOMMENDATION_COLORS: Record<ScorecardRecommendation, string> = {
  strong_no: 'red',
  no: 'orange',
  yes: 'teal',
  strong_yes: 'green',
};

export function RecommendationBadge({ value }: { value: ScorecardRecommendation | null }) {
  if (!value) return <Badge color="gray">No recommendation</Badge>;
  return (
    <Badge color={RECOMMENDATION_COLORS[value]} data-testid="scorecard-recommendation">
      {SCORECARD_RECOMMENDATION_LABELS[value]}
    </Badge>
  );
}

/** A filled scorecard, read-only: the session page (submitted ones) and the report. */
export function ScorecardView({
  author,
  template,
  criteria,
  scores,
  recommendation,
  submittedAt,
}: {
  author: string;
  template?: string;
  criteria: ScorecardCriterionDto[];
  scores: { score: number | null; comment: string }[];
  recommendation: ScorecardRecommendation | null;
  submittedAt: string | null;
}) {
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="scorecard-view" style={{ breakInside: 'avoid' }}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>
          {author}
          {template ? <Text span c="dimmed" size="sm">{` · ${template}`}</Text> : null}
        </Text>
        <RecommendationBadge value={recommendation} />
      </Group>
      <Stack gap={6}>
        {criteria.map((c, i) => {
          const s = scores[i];
          return (
            <div key={c.name}>
              <Group gap="xs">
                <Text size="sm" fw={500}>
                  {c.name}
                </Text>
                <Text size="sm" data-testid="scorecard-score">
                  {s?.score ? `${s.score}/${SCORECARD_LIMITS.scoreMax} (${SCORECARD_SCORE_LABELS[s.score]})` : '–'}
                </Text>
              </Group>
              {s?.comment && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {s.comment}
                </Text>
              )}
            </div>
          );
        })}
      </Stack>
      {submittedAt && (
        <Text size="xs" c="dimmed" mt="xs">
          Submitted {new Date(submittedAt).toLocaleString()}
        </Text>
      )}
    </Paper>
  );
}
