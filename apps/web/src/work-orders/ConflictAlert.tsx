import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { conflictChanges, type EditValues, rebaseDraft } from './edit-conflict.ts';

interface ConflictAlertProps {
  base: EditValues;
  theirs: EditValues;
  draft: EditValues;
  onRedo: (values: EditValues) => void;
}

/**
 * A stale save: someone saved the order after we opened it. Show what they changed, then let
 * the user redo their edit on top of it (keeping their text) or take theirs as it is.
 */
export function ConflictAlert({ base, theirs, draft, onRedo }: ConflictAlertProps) {
  const { t } = useTranslation();
  const changes = conflictChanges(base, theirs, draft);
  return (
    <Alert
      color="yellow"
      icon={<IconGitMerge size={18} />}
      title={t('workOrders.conflict.title')}
      data-testid="wo-conflict"
    >
      <Text fz="sm" mb="xs">
        {changes.length > 0 ? t('workOrders.conflict.changed') : t('workOrders.conflict.otherChanges')}
      </Text>
      {changes.length > 0 && (
        <List size="sm" spacing={4} mb="sm">
          {changes.map((change) => (
            <List.Item key={change.field}>
              <Text span fw={600} fz="sm">
                {t(`workOrders.fields.${change.field}`)}:
              </Text>{' '}
              <Text span fz="sm">
                {change.theirs || t('workOrders.conflict.emptied')}
              </Text>
              {change.collides && (
                <Text span fz="xs" c="orange.8" ml={6}>
                  ({t('workOrders.conflict.collides')})
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
      <Group gap="sm">
        <Button
          size="xs"
          onClick={() => onRedo(rebaseDraft(base, theirs, draft))}
          data-testid="wo-conflict-redo"
        >
          {t('workOrders.conflict.redo')}
        </Button>
        <Button size="xs" variant="default" onClick={() => onRedo(theirs)} data-testid="wo-conflict-theirs">
          {t('workOrders.conflict.takeTheirs')}
        </Button>
      </Group>
    </Alert>
  );
}
