import { Card, Group, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/session-hooks.ts';
import { AREA_ICONS, areasOf } from '../shell/areas.ts';
import { PageHeader } from './PageHeader.tsx';
import { usePageTitle } from './use-page-title.ts';

function greetingKey(hour: number) {
  if (hour < 12) return 'home.morning' as const;
  if (hour < 18) return 'home.day' as const;
  return 'home.evening' as const;
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const firstName = me.name.trim().split(/\s+/)[0] ?? me.name;
  const areas = areasOf(me.areas);
  usePageTitle(t('shell.home'));

  return (
    <>
      <PageHeader
        title={
          <span data-testid="home-greeting">
            {t(greetingKey(new Date().getHours()), { name: firstName })}
          </span>
        }
        description={t('home.subtitle', { organization: me.organization.name })}
      />
      <Title order={3} fz="md" fw={600} c="dimmed" mb="sm">
        {t('home.yourAreas')}
      </Title>
      {areas.length === 0 && <Text c="dimmed">{t('home.noAreas')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {areas.map((area) => {
          const Icon = AREA_ICONS[area.key];
          return (
            <Card
              key={area.key}
              component={Link}
              to={area.path}
              withBorder
              padding="lg"
              data-testid={`home-area-${area.key}`}
              style={{ transition: 'border-color 120ms ease, box-shadow 120ms ease' }}
              className="usta-area-card"
            >
              <Group justify="space-between" mb="sm" wrap="nowrap">
                <ThemeIcon variant="light" size={42} radius="md">
                  <Icon size={24} stroke={1.6} />
                </ThemeIcon>
                <IconArrowRight size={18} stroke={1.6} color="var(--mantine-color-dimmed)" />
              </Group>
              <Text fw={600} mb={4}>
                {t(`areas.${area.key}.label`)}
              </Text>
              <Text fz="sm" c="dimmed" lh={1.5}>
                {t(`areas.${area.key}.description`)}
              </Text>
            </Card>
          );
        })}
      </SimpleGrid>
    </>
  );
}
