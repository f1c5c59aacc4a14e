import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { DEFAULT_CENTRE, type MapRoute, type MapStop } from './map-types.ts';
import classes from './route-map.module.css';
import { tileSource } from './tile-source.ts';

export interface RouteMapViewProps {
  routes: MapRoute[];
  /** Orders waiting for a visit: grey markers. */
  waiting?: MapStop[];
  /** The route drawn on top and thicker (the hovered technician). */
  highlightKey?: string | null;
  onTilesFailed?: () => void;
  /** Bump to re-read the tile setting. */
  tileVersion?: number;
}

function stopIcon(label: string, colour: string, late: boolean): L.DivIcon {
  const html = `<span class="${classes.stop}${late ? ` ${classes.late}` : ''}" style="background:${colour}">${label}</span>`;
  return L.divIcon({ html, className: classes.stopWrap ?? '', iconSize: [24, 24], iconAnchor: [12, 12] });
}

const baseIcon = (colour: string) =>
  L.divIcon({
    html: `<span class="${classes.base}" style="border-color:${colour}"></span>`,
    className: classes.stopWrap ?? '',
    iconSize: [14, 14],
    iconAnchor: [7, 7],
  });

/** Plain Leaflet (no wrapper library): one map, one layer group redrawn when the routes change. */
export default function RouteMapView({
  routes,
  waiting = [],
  highlightKey,
  onTilesFailed,
  tileVersion = 0,
}: RouteMapViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const fitted = useRef('');
  const [tilesFailed, setTilesFailed] = useState(false);
  const failedCallback = useRef(onTilesFailed);
  failedCallback.current = onTilesFailed;

  useEffect(() => {
    if (!host.current) return;
    const instance = L.map(host.current, {
      zoomControl: true,
      attributionControl: true,
      preferCanvas: false,
    });
    instance.setView([DEFAULT_CENTRE.lat, DEFAULT_CENTRE.lng], 10);
    instance.attributionControl.setPrefix('Leaflet');
    layer.current = L.layerGroup().addTo(instance);
    map.current = instance;
    // The board's panels resize the map's box; Leaflet has to be told.
    const observer = new ResizeObserver(() => instance.invalidateSize());
    observer.observe(host.current);
    return () => {
      observer.disconnect();
      instance.remove();
      map.current = null;
      layer.current = null;
      fitted.current = '';
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new tileVersion re-reads the setting
  useEffect(() => {
    const instance = map.current;
    if (!instance) return;
    const source = tileSource();
    setTilesFailed(false);
    if (!source.url) return;
    let errors = 0;
    const tiles = L.tileLayer(source.url, { attribution: source.attribution, maxZoom: 19 });
    // Offline or a wrong URL: the routes stay readable on the plain background.
    tiles.on('tileerror', () => {
      errors += 1;
      if (errors === 1) {
        setTilesFailed(true);
        failedCallback.current?.();
      }
    });
    tiles.addTo(instance);
    return () => {
      tiles.remove();
    };
  }, [tileVersion]);

  useEffect(() => {
    const instance = map.current;
    const group = layer.current;
    if (!instance || !group) return;
    group.clearLayers();
    const bounds = L.latLngBounds([]);
    const ordered = [...routes].sort(
      (a, b) => Number(a.key === highlightKey) - Number(b.key === highlightKey),
    );
    for (const route of ordered) {
      const strong = !highlightKey || route.key === highlightKey;
      const path: L.LatLngExpression[] = [];
      if (route.start) path.push([route.start.lat, route.start.lng]);
      for (const stop of route.stops) path.push([stop.point.lat, stop.point.lng]);
      const end = route.end ?? route.start;
      if (end && route.stops.length > 0) path.push([end.lat, end.lng]);
      if (path.length > 1) {
        L.polyline(path, {
          color: route.colour,
          weight: route.key === highlightKey ? 5 : 3,
          opacity: strong ? 0.85 : 0.25,
        })
          .bindTooltip(route.name, { sticky: true })
          .addTo(group);
      }
      if (route.start) {
        L.marker([route.start.lat, route.start.lng], { icon: baseIcon(route.colour), keyboard: false })
          .bindTooltip(route.name)
          .addTo(group);
        bounds.extend([route.start.lat, route.start.lng]);
      }
      for (const stop of route.stops) {
        L.marker([stop.point.lat, stop.point.lng], {
          icon: stopIcon(stop.label, route.colour, stop.late === true),
          opacity: strong ? 1 : 0.45,
          title: stop.title,
        })
          .bindTooltip(`${route.name} · ${stop.title}`)
          .addTo(group);
        bounds.extend([stop.point.lat, stop.point.lng]);
      }
    }
    for (const stop of waiting) {
      L.circleMarker([stop.point.lat, stop.point.lng], {
        radius: 5,
        color: '#868e96',
        weight: 1,
        fillColor: '#ced4da',
        fillOpacity: 0.9,
      })
        .bindTooltip(stop.title)
        .addTo(group);
      bounds.extend([stop.point.lat, stop.point.lng]);
    }
    // Fit once per set of routes, not on every hover: the planner's own zoom is kept.
    const signature = routes.map((route) => `${route.key}:${route.stops.length}`).join('|');
    if (bounds.isValid() && signature !== fitted.current) {
      fitted.current = signature;
      instance.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    }
  }, [routes, waiting, highlightKey]);

  return (
    <div className={classes.frame}>
      <div ref={host} className={classes.map} data-testid="route-map" data-tiles-failed={tilesFailed} />
    </div>
  );
}
