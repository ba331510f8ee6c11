import { Alert, Button, Group, Paper, SegmentedControl, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  SCORECARD_LIMITS,
  SCORECARD_RECOMMENDATION_LABELS,
  SCORECARD_RECOMMENDATIONS,
  SCORECARD_SCORE_LABELS,
  type InterviewScorecardsDto,
  type SaveScorecardRequest,
  type ScorecardCriterionDto,
  type ScorecardRecommendation,
  type ScorecardScoreDto,
} from '@tryout/contracts';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { scorecardsApi } from './scorecards-api';
import { ScorecardView } from './scorecard-view';

const SCORES = Array.from({ length: SCORECARD_LIMITS.scoreMax - SCORECARD_LIMITS.scoreMin + 1 }, (_, i) => {
  const score = SCORECARD_LIMITS.scoreMin + i;
  return { value: String(score), label: `${score} ${SCORECARD_SCORE_LABELS[score]}` };
});

/**
 * The session page's scorecard: pick the template (until someone starts a scorecard), fill and
 * submit your own; the other interviewers' appear once yours is submitted.
 */
export function ScorecardPanel({
  sessionId,
  openQuestions = [],
}: {
  sessionId: string;
  /** The session's open questions: each is scored 1–4 beside the criteria. */
  openQuestions?: OpenQuestionRef[];
}) {
  const queryClient = useQueryClient();
  const key = ['interview-scorecards', sessionId];
  const data = useQuery({ queryKey: key, queryFn: () => scorecardsApi.get(sessionId) });
  const set = (d: InterviewScorecardsDto) => queryClient.setQueryData(key, d);
  const s = data.data;
  return (
    <Paper withBorder p="md" radius="md" data-testid="scorecard-panel">
      <Title order={2} size="h4" mb="xs">
        Scorecard
      </Title>
      {data.error && <Alert color="red">{errorMessage(data.error)}</Alert>}
      {s && (
        <Stack gap="md">
          {(!s.form || !s.mine) && (
            <TemplatePicker sessionId={sessionId} current={s.form?.templateId ?? null} onPicked={set} />
          )}
          {s.form && !s.mine?.submittedAt && (
            <ScorecardForm
              key={s.form.templateId}
              sessionId={sessionId}
              data={s}
              openQuestions={openQuestions}
              onSaved={set}
            />
          )}
          {s.form && s.mine?.submittedAt && (
            <ScorecardView
              {...s.mine}
              {...withOpenQuestions(s.form.criteria, s.mine.scores, openQuestions, s.mine.openScores)}
              author="Your scorecard"
            />
          )}
          {s.form &&
            s.others.map((o) => (
              <ScorecardView
                key={o.author + o.updatedAt}
                {...o}
                {...withOpenQuestions(s.form!.criteria, o.scores, openQuestions, o.openScores)}
              />
            ))}
          {s.hiddenCount > 0 && (
            <Text size="sm" c="dimmed" data-testid="scorecards-hidden">
              {s.hiddenCount === 1 ? 'One other interviewer has' : `${s.hiddenCount} other interviewers have`}{' '}
              submitted. Their scorecards show once you submit yours, so every score is given independently.
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function TemplatePicker({
  sessionId,
  current,
  onPicked,
}: {
  sessionId: string;
  current: string | null;
  onPicked: (d: InterviewScorecardsDto) => void;
}) {
  const templates = useQuery({ queryKey: ['scorecard-templates'], queryFn: scorecardsApi.templates });
  const choose = useMutation({ mutationFn: (id: string) => scorecardsApi.choose(sessionId, id), onSuccess: onPicked });
  return (
    <Stack gap={4}>
      <Select
        label="Scorecard template"
        description="Fixed once an interviewer starts a scorecard."
        placeholder="Pick a template"
        data={(templates.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
        value={current}
        onChange={(v) => v && v !== current && choose.mutate(v)}
        allowDeselect={false}
        maw={360}
        data-testid="scorecard-template"
      />
      {choose.error && (
        <Text size="sm" c="red">
          {errorMessage(choose.error)}
        </Text>
      )}
    </Stack>
  );
}

export interface OpenQuestionRef {
  position: number;
  title: string;
}

/** Open questions shown as extra rows after the criteria (their scores after the criteria's). */
export function withOpenQuestions(
  criteria: ScorecardCriterionDto[],
  scores: ScorecardScoreDto[],
  openQuestions: OpenQuestionRef[],
  openScores: ScorecardScoreDto[],
): { criteria: ScorecardCriterionDto[]; scores: ScorecardScoreDto[] } {
  return {
    criteria: [...criteria, ...openQuestions.map((q) => ({ name: `Open question: ${q.title}`, description: '' }))],
    scores: [...scores, ...openQuestions.map((_, i) => openScores[i] ?? { score: null, comment: '' })],
  };
}

function ScorecardForm({
  sessionId,
  data,
  openQuestions,
  onSaved,
}: {
  sessionId: string;
  data: InterviewScorecardsDto;
  openQuestions: OpenQuestionRef[];
  onSaved: (d: InterviewScorecardsDto) => void;
}) {
  const formCriteria = data.form!.criteria;
  const criteria = withOpenQuestions(formCriteria, [], openQuestions, []).criteria;
  const [scores, setScores] = useState(
    () =>
      withOpenQuestions(
        formCriteria,
        formCriteria.map((_, i) => data.mine?.scores[i] ?? { score: null as number | null, comment: '' }),
        openQuestions,
        data.mine?.openScores ?? [],
      ).scores,
  );
  const [recommendation, setRecommendation] = useState<ScorecardRecommendation | null>(
    data.mine?.recommendation ?? null,
  );
  const [state, setState] = useState('');
  const body = (): SaveScorecardRequest => ({
    scores: scores.slice(0, formCriteria.length),
    recommendation,
    ...(openQuestions.length ? { openScores: scores.slice(formCriteria.length) } : {}),
  });
  const save = useMutation({
    mutationFn: (submit: boolean) =>
      submit ? scorecardsApi.submit(sessionId, body()) : scorecardsApi.save(sessionId, body()),
    onSuccess: (d, submit) => {
      setState(submit ? '' : 'Draft saved');
      onSaved(d);
    },
  });
  const update = (i: number, patch: Partial<(typeof scores)[number]>) =>
    setScores((prev) => prev.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const complete = scores.every((x) => x.score !== null) && recommendation !== null;
  return (
    <Stack gap="sm" data-testid="scorecard-form">
      <Text size="sm" c="dimmed">
        {data.form!.name}: score each criterion{openQuestions.length ? ' and open question' : ''} 1–4, then give your
        recommendation. Submitted scorecards are final.
      </Text>
      {criteria.map((c, i) => (
        <Stack key={c.name} gap={4} data-testid="scorecard-criterion">
          <Text fw={600} size="sm">
            {c.name}
          </Text>
          {c.description && (
            <Text size="xs" c="dimmed">
              {c.description}
            </Text>
          )}
          <SegmentedControl
            aria-label={`${c.name} score`}
            data={SCORES}
            value={scores[i].score === null ? '' : String(scores[i].score)}
            onChange={(v) => update(i, { score: Number(v) })}
          />
          <Textarea
            aria-label={`${c.name} comment`}
            placeholder="Evidence (optional)"
            autosize
            minRows={1}
            maxLength={SCORECARD_LIMITS.commentMaxLength}
            value={scores[i].comment}
            onChange={(e) => update(i, { comment: e.currentTarget.value })}
          />
        </Stack>
      ))}
      <Stack gap={4}>
        <Text fw={600} size="sm">
          Recommendation
        </Text>
        <SegmentedControl
          aria-label="Recommendation"
          data={SCORECARD_RECOMMENDATIONS.map((r) => ({ value: r, label: SCORECARD_RECOMMENDATION_LABELS[r] }))}
          value={recommendation ?? ''}
          onChange={(v) => setRecommendation(v as ScorecardRecommendation)}
        />
      </Stack>
      {save.error && <Alert color="red">{errorMessage(save.error)}</Alert>}
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {state}
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            loading={save.isPending && !save.variables}
            onClick={() => save.mutate(false)}
          >
            Save draft
          </Button>
          <Button
            size="xs"
            disabled={!complete}
            loading={save.isPending && !!save.variables}
            onClick={() => save.mutate(true)}
          >
            Submit scorecard
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
