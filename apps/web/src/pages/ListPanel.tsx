import { Button, Center, Loader, type MantineSpacing, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/notify.tsx';

/** What a list panel needs of a TanStack query (plain or infinite). */
interface ListQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface ListPanelProps {
  query: ListQuery;
  /** The rows loaded so far (undefined while nothing is). */
  items: readonly unknown[] | undefined;
  /** Shown instead of the list when there are no rows; without it the list shows its own. */
  empty?: ReactNode;
  /** Shown when the error carries no message of its own. */
  loadFailed?: string;
  children: ReactNode;
}

/**
 * A list page's framed body: a loader while the first rows load, the error with a retry when
 * nothing could be loaded (rows already shown stay when a later page fails), the empty text,
 * else the list itself.
 */
export function ListPanel({ query, items, empty, loadFailed, children }: ListPanelProps) {
  const { t } = useTranslation();
  const none = !items?.length;
  return (
    <Paper withBorder>
      {query.isPending ? (
        <Center py={48}>
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : query.isError && none ? (
        <Center py={48} style={{ flexDirection: 'column', gap: 12 }}>
          <Text c="red">{errorMessage(query.error) || loadFailed}</Text>
          <Button variant="light" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        </Center>
      ) : empty !== undefined && none ? (
        <Center py={48}>
          <Text c="dimmed">{empty}</Text>
        </Center>
      ) : (
        children
      )}
    </Paper>
  );
}

/** "Load more" under an infinite list while the server has more pages. */
export function LoadMoreButton({
  list,
  mt = 'md',
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  mt?: MantineSpacing | 0;
}) {
  const { t } = useTranslation();
  if (!list.hasNextPage) return null;
  return (
    <Center mt={mt}>
      <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
        {t('common.loadMore')}
      </Button>
    </Center>
  );
}
