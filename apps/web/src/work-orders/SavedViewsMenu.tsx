import { ActionIcon, Button, Group, Menu, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconBookmark, IconBookmarkPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../app/notify.tsx';
import { useMe } from '../auth/session-hooks.ts';
import type { ListQuery } from './list-filters.ts';
import { useSavedViews } from './use-saved-views.ts';

interface SavedViewsMenuProps {
  current: ListQuery;
  onApply: (query: ListQuery) => void;
}

export function SavedViewsMenu({ current, onApply }: SavedViewsMenuProps) {
  const { t } = useTranslation();
  const me = useMe();
  const { views, save, remove } = useSavedViews(me.id);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');

  async function submit() {
    if (!name.trim()) return;
    try {
      await save.mutateAsync({ name: name.trim(), query: current });
      notifySuccess(t('workOrders.views.saved', { name: name.trim() }));
      setNaming(false);
      setName('');
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Group gap={4} wrap="nowrap">
      <Menu position="bottom-end" width={260} withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} />} data-testid="wo-views">
            {t('workOrders.views.title')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {views.length === 0 && (
            <Text fz="sm" c="dimmed" p="xs">
              {t('workOrders.views.none')}
            </Text>
          )}
          {views.map((view) => (
            <Menu.Item
              key={view.id}
              onClick={() => onApply(view.query)}
              data-testid={`wo-view-${view.name}`}
              rightSection={
                <ActionIcon
                  component="span"
                  size="sm"
                  variant="subtle"
                  color="red"
                  aria-label={t('workOrders.views.delete')}
                  onClick={(event) => {
                    event.stopPropagation();
                    remove.mutate(view.id);
                  }}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              }
            >
              {view.name}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Popover opened={naming} onChange={setNaming} position="bottom-end" withArrow trapFocus>
        <Popover.Target>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={() => setNaming((open) => !open)}
            aria-label={t('workOrders.views.save')}
            title={t('workOrders.views.save')}
            data-testid="wo-view-save"
          >
            <IconBookmarkPlus size={18} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <Stack gap="xs" w={240}>
              <TextInput
                label={t('workOrders.views.name')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                data-testid="wo-view-name"
                data-autofocus
              />
              <Button type="submit" size="xs" loading={save.isPending} disabled={!name.trim()}>
                {t('workOrders.views.save')}
              </Button>
            </Stack>
          </form>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
