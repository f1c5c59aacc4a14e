import { ActionIcon, Button, Center, Loader, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconStack2 } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteMapViewProps } from './RouteMapView.tsx';
import { isTileTemplate, saveTileOverride, tileSource } from './tile-source.ts';

// Leaflet (≈150 kB) is fetched only when a page shows a map.
const RouteMapView = lazy(() => import('./RouteMapView.tsx'));

/** The technicians' routes on a map, with the tile setting one click away. */
export function RouteMap(props: Omit<RouteMapViewProps, 'tileVersion' | 'onTilesFailed'>) {
  const { t } = useTranslation();
  const [tileVersion, setTileVersion] = useState(0);
  const [failed, setFailed] = useState(false);
  return (
    <div style={{ position: 'relative', height: '100%' }}>
      <Suspense
        fallback={
          <Center h="100%">
            <Loader size="sm" aria-label={t('planning.map.loading')} />
          </Center>
        }
      >
        <RouteMapView {...props} tileVersion={tileVersion} onTilesFailed={() => setFailed(true)} />
      </Suspense>
      <div style={{ position: 'absolute', top: 8, right: 8, zIndex: 500 }}>
        <TileMenu
          onChange={() => {
            setFailed(false);
            setTileVersion((v) => v + 1);
          }}
        />
      </div>
      {failed && (
        <Text
          fz="xs"
          c="dimmed"
          bg="white"
          px={6}
          style={{ position: 'absolute', left: 8, bottom: 8, zIndex: 500, borderRadius: 4 }}
          data-testid="map-tiles-failed"
        >
          {t('planning.map.tilesFailed')}
        </Text>
      )}
    </div>
  );
}

function TileMenu({ onChange }: { onChange: () => void }) {
  const { t } = useTranslation();
  const current = tileSource();
  const [value, setValue] = useState(current.origin === 'browser' ? (current.url ?? '') : '');
  const [opened, setOpened] = useState(false);
  const invalid = value.trim() !== '' && !isTileTemplate(value);
  const apply = (next: string | null) => {
    saveTileOverride(next);
    setOpened(false);
    onChange();
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={320} withinPortal>
      <Popover.Target>
        <ActionIcon
          variant="default"
          aria-label={t('planning.map.tiles')}
          onClick={() => setOpened((o) => !o)}
          data-testid="map-tiles-menu"
        >
          <IconStack2 size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text fz="sm" fw={600}>
            {t('planning.map.tiles')}
          </Text>
          <Text fz="xs" c="dimmed">
            {current.url ? t('planning.map.tilesFrom', { url: current.url }) : t('planning.map.noTiles')}
          </Text>
          <TextInput
            size="xs"
            label={t('planning.map.tileUrl')}
            placeholder="https://tiles.example.com/{z}/{x}/{y}.png"
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            error={invalid ? t('planning.map.tileUrlInvalid') : undefined}
          />
          <Button.Group>
            <Button size="xs" disabled={invalid || value.trim() === ''} onClick={() => apply(value)}>
              {t('planning.map.useUrl')}
            </Button>
            <Button size="xs" variant="default" onClick={() => apply('none')}>
              {t('planning.map.tilesOff')}
            </Button>
            <Button size="xs" variant="default" onClick={() => apply(null)}>
              {t('planning.map.tilesDefault')}
            </Button>
          </Button.Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
