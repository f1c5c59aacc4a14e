import { Badge, EmptyState, Paper } from '@mantine/core';
import type { AreaKey } from '@usta/core/access';
import { useTranslation } from 'react-i18next';
import { AREA_ICONS } from '../shell/areas.ts';
import { PageHeader } from './PageHeader.tsx';
import { usePageTitle } from './use-page-title.ts';

/** A module not built yet: say what it will hold, and offer nothing that does not work. */
export function AreaPlaceholderPage({ area }: { area: AreaKey }) {
  const { t } = useTranslation();
  const Icon = AREA_ICONS[area];
  usePageTitle(t(`areas.${area}.label`));
  return (
    <>
      <PageHeader
        title={t(`areas.${area}.label`)}
        meta={
          <Badge variant="light" color="gray">
            {t('common.comingSoon')}
          </Badge>
        }
      />
      <Paper withBorder py={64} px="lg" data-testid={`area-placeholder-${area}`}>
        <EmptyState
          variant="light"
          size="lg"
          icon={<Icon size={32} stroke={1.5} />}
          title={t('placeholder.notBuilt')}
          description={t(`areas.${area}.description`)}
          maw={520}
          mx="auto"
        />
      </Paper>
    </>
  );
}
