import { ActionIcon, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../api/endpoints';

/** A star toggle for a signed-in caller; the catalog and lists refetch afterwards. */
export function FavouriteButton({ slug, title, favourite }: { slug: string; title: string; favourite: boolean }) {
  const queryClient = useQueryClient();
  // Shown at once; the server's answer arrives with the refetch.
  const [optimistic, setOptimistic] = useState<boolean | null>(null);
  const on = optimistic ?? favourite;
  const mutation = useMutation({
    mutationFn: (next: boolean) => api.setFavourite(slug, next),
    onMutate: (next) => setOptimistic(next),
    onError: () => setOptimistic(null),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['problems'] });
      await queryClient.invalidateQueries({ queryKey: ['list'] });
      setOptimistic(null);
    },
  });
  const label = on ? `Remove ${title} from favourites` : `Add ${title} to favourites`;
  return (
    <Tooltip label={on ? 'Favourite' : 'Add to favourites'}>
      <ActionIcon
        variant="subtle"
        color={on ? 'yellow' : 'gray'}
        aria-label={label}
        aria-pressed={on}
        onClick={() => mutation.mutate(!on)}
        data-testid="favourite-toggle"
      >
        {on ? <IconStarFilled size={18} aria-hidden /> : <IconStar size={18} aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
}
